from __future__ import annotations

import re
from typing import cast

from django import forms
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from access.labels import QUOTABLE, Label
from knowledge.models import ArticlePage
from members.forms import practice_fields

from .models import Folder, Organisation, Participation
from .services import PUBLISHABLE_TYPES, members_eligible

MAX_UPLOAD_BYTES = 50 * 1024 * 1024


class JoinForm(forms.Form):
    organisation = forms.CharField(label=_("Uw organisatie"), max_length=130)
    motivation = forms.CharField(
        label=_("Waarom wilt u deelnemen?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("De coördinatoren lezen dit bij uw verzoek."),
    )


class InvitationForm(forms.Form):
    organisation = forms.CharField(label=_("Uw organisatie"), max_length=130)


class DecisionForm(forms.Form):
    reason = forms.CharField(
        label=_("Toelichting (de persoon krijgt die per e-mail)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mailadres van wie u uitnodigt"))


class NotifyForm(forms.Form):
    notify = forms.ChoiceField(
        label=_("E-mail over nieuwe berichten en bestanden"),
        choices=Participation.Notify.choices,
        widget=forms.RadioSelect,
    )


class LabelledForm(forms.Form):
    """The label and, for AMBER+STRICT and RED, who it is for (participants of this space)."""

    label = forms.ChoiceField(
        label=_("Deelbaarheid (TLP)"),
        choices=Label.choices,
        initial=Label.AMBER,
        help_text=_(
            "TLP:AMBER: alleen deelnemers van deze tafel. TLP:AMBER+STRICT: alleen de "
            "organisaties die u kiest. TLP:RED: alleen de personen die u kiest. TLP:GREEN: alle "
            "leden. TLP:CLEAR: openbaar."
        ),
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisaties (bij TLP:AMBER+STRICT)"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    people = forms.ModelMultipleChoiceField(
        label=_("Personen (bij TLP:RED)"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, space, **kwargs) -> None:
        from django.contrib.auth import get_user_model

        super().__init__(*args, **kwargs)
        active = Participation.objects.active().filter(space=space)
        organisations = cast(forms.ModelMultipleChoiceField, self.fields["organisations"])
        organisations.queryset = Organisation.objects.filter(participations__in=active).distinct()
        people = cast(forms.ModelMultipleChoiceField, self.fields["people"])
        people.queryset = get_user_model().objects.filter(participations__in=active)
        people.label_from_instance = lambda user: user.get_full_name() or user.email

    def clean(self):
        cleaned = super().clean()
        label = cleaned.get("label")
        if label == Label.AMBER_STRICT and not cleaned.get("organisations"):
            self.add_error(
                "organisations", _("Kies bij TLP:AMBER+STRICT minstens één organisatie.")
            )
        if label == Label.RED and not cleaned.get("people"):
            self.add_error("people", _("Kies bij TLP:RED minstens één persoon."))
        return cleaned


class UpdateForm(LabelledForm):
    title = forms.CharField(label=_("Titel"), max_length=200)
    body = forms.CharField(
        label=_("Bericht"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 8})
    )
    field_order = ["title", "body", "label", "organisations", "people"]


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Uw reactie"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )


def _check_size(upload):
    if upload.size > MAX_UPLOAD_BYTES:
        raise forms.ValidationError(
            _("Dit bestand is groter dan %(mb)s MB.") % {"mb": MAX_UPLOAD_BYTES // (1024 * 1024)}
        )
    return upload


class FileForm(LabelledForm):
    title = forms.CharField(label=_("Titel"), max_length=200)
    folder = forms.ModelChoiceField(
        label=_("Map"), queryset=Folder.objects.none(), required=False, empty_label=_("(geen)")
    )
    upload = forms.FileField(label=_("Bestand"), validators=[_check_size])
    field_order = ["title", "folder", "upload", "label", "organisations", "people"]

    def __init__(self, *args, space, **kwargs) -> None:
        super().__init__(*args, space=space, **kwargs)
        cast(forms.ModelChoiceField, self.fields["folder"]).queryset = space.folders.all()


class VersionForm(forms.Form):
    upload = forms.FileField(label=_("Nieuwe versie"), validators=[_check_size])


class LabelChangeForm(LabelledForm):
    reason = forms.CharField(
        label=_("Reden (verplicht bij een lager label)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PublishForm(forms.Form):
    """A coordinator's draft article from an update or a file (spaces.services)."""

    article_type = forms.ChoiceField(
        label=_("Soort artikel"),
        choices=[(value, ArticlePage.Type(value).label) for value in PUBLISHABLE_TYPES],
        widget=forms.RadioSelect,
    )
    title = forms.CharField(label=_("Titel"), max_length=200)
    summary = forms.CharField(
        label=_("Samenvatting"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Twee of drie zinnen voor de kennisbank en de zoekresultaten."),
    )
    reason = forms.CharField(
        label=_("Waarom mag dit buiten de tafel gedeeld worden?"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Verplicht voor items met TLP:AMBER, TLP:AMBER+STRICT of TLP:RED."),
    )

    def __init__(self, *args, item, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.item = item
        if item.label in QUOTABLE:
            del self.fields["reason"]
        # Required only for a praktijkvoorbeeld (clean()).
        self.fields.update(practice_fields(required=False))

    def clean(self):
        data = super().clean()
        if data.get("article_type") == ArticlePage.Type.PRACTICE:
            for name in ArticlePage.PRACTICE_FIELDS:
                if not data.get(name, "").strip():
                    self.add_error(name, _("Verplicht voor een praktijkvoorbeeld."))
        if "reason" in self.fields and not data.get("reason", "").strip():
            self.add_error(
                "reason",
                _("Geef aan waarom dit %(label)s-item buiten de tafel gedeeld mag worden.")
                % {"label": self.item.get_label_display()},
            )
        return data


class _PeopleField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.get_full_name() or obj.email} ({obj.email})"


class AudienceForm(forms.ModelForm):
    """An organisation's or a circle's own fields, and its people: the group the admin's views
    set through spaces.services.set_people. Who is in it shows as a list to untick; new people
    are added by e-mail address, so the form stays the same size with thousands of members."""

    people = _PeopleField(
        label=_("Personen"),
        queryset=members_eligible().none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Haal het vinkje weg om iemand eraf te halen: die kan de pagina's die met deze "
            "groep gedeeld zijn direct niet meer openen."
        ),
    )
    add_people = forms.CharField(
        label=_("Personen toevoegen"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off", "spellcheck": "false"}),
        help_text=_(
            "E-mailadressen van goedgekeurde leden, één per regel of gescheiden door komma's."
        ),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        group = getattr(self.instance, "group", None)
        if group is not None:
            current = members_eligible().filter(groups=group)
            cast(_PeopleField, self.fields["people"]).queryset = current
            self.fields["people"].initial = list(current.values_list("pk", flat=True))

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        addresses = {
            address.strip().lower()
            for address in re.split(r"[\s,;]+", cleaned.get("add_people", ""))
            if address.strip()
        }
        found = (
            list(members_eligible().alias(address=Lower("email")).filter(address__in=addresses))
            if addresses
            else []
        )
        unknown = addresses - {person.email.lower() for person in found}
        if unknown:
            self.add_error(
                "add_people",
                forms.ValidationError(
                    _("Geen goedgekeurd lid met dit e-mailadres: %(addresses)s."),
                    code="unknown_member",
                    params={"addresses": ", ".join(sorted(unknown))},
                ),
            )
        cleaned["people"] = [*(cleaned.get("people") or []), *found]
        return cleaned
