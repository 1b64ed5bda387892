"""Forms for visitors and organisers. Labels and errors in Dutch."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Registration


class VisitorRegistrationForm(forms.Form):
    """Registration for a public event without an account (double opt-in by e-mail)."""

    name = forms.CharField(
        label=_("Naam"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Vul uw naam in.")},
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("U ontvangt een e-mail om uw aanmelding te bevestigen."),
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl."),
        },
    )
    organisation = forms.CharField(
        label=_("Organisatie"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )


class RegistrationSearchForm(forms.Form):
    q = forms.CharField(label=_("Zoeken"), required=False, max_length=200)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Alle statussen")), *Registration.Status.choices],
    )


class MailRegistrantsForm(forms.Form):
    RECIPIENTS = [
        ("confirmed", _("Bevestigde deelnemers (en aanwezigen)")),
        ("waitlisted", _("Wachtlijst")),
    ]
    # Unconfirmed (double opt-in) addresses are never mailed by organisers: nobody has shown
    # yet that the address belongs to the person who typed it.
    recipients = forms.MultipleChoiceField(
        label=_("Ontvangers"),
        choices=RECIPIENTS,
        initial=["confirmed"],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Kies ten minste één groep ontvangers.")},
    )
    subject = forms.CharField(label=_("Onderwerp"), max_length=150)
    message = forms.CharField(
        label=_("Bericht"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=10_000,
        help_text=_(
            "Platte tekst. Iedere ontvanger krijgt een eigen e-mail met een aanhef en de "
            "gegevens van het evenement; niemand ziet de andere adressen."
        ),
    )

    def statuses(self) -> list[str]:
        chosen = set(self.cleaned_data["recipients"])
        statuses = []
        if "confirmed" in chosen:
            statuses += [Registration.Status.CONFIRMED, Registration.Status.ATTENDED]
        if "waitlisted" in chosen:
            statuses.append(Registration.Status.WAITLISTED)
        return [str(s) for s in statuses]
