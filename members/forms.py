"""Member-facing forms: Dutch labels, help texts and error messages. Django 5.2 links help
texts and errors to their inputs (aria-describedby, aria-invalid); our templates keep that."""

from __future__ import annotations

import os
import re
from html import unescape

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from knowledge.models import ArticlePage
from knowledge.taxonomy import Region, Theme

from .photos import MAX_UPLOAD_BYTES, process_photo

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024


def ordered_themes() -> list[Theme]:
    """Main themes in alphabetical order, each followed by its sub-themes."""
    themes = list(Theme.objects.select_related("parent").order_by("name"))
    children: dict[int, list[Theme]] = {}
    for theme in themes:
        if theme.parent_id:
            children.setdefault(theme.parent_id, []).append(theme)
    ordered = []
    for theme in themes:
        if not theme.parent_id:
            ordered.append(theme)
            ordered.extend(children.get(theme.pk, []))
    return ordered


# Profile fields the form edits besides themes and photo (also the form's initial values).
PROFILE_FIELDS = (
    "organisation",
    "job_title",
    "region",
    "bio",
    "in_directory",
    "show_organisation",
    "show_job_title",
    "show_region",
    "show_themes",
    "show_bio",
    "show_photo",
)


class _OrderedThemeIterator(ModelChoiceIterator):
    """Lazy, like Django's own iterator: the themes are read when the form renders."""

    def __iter__(self):
        for theme in ordered_themes():
            yield self.choice(theme)

    def __len__(self) -> int:
        return self.queryset.count()


class ThemeChoiceField(forms.ModelMultipleChoiceField):
    """Themes as checkboxes, each main theme followed by its sub-themes."""

    widget = forms.CheckboxSelectMultiple
    iterator = _OrderedThemeIterator

    def __init__(self, **kwargs) -> None:
        super().__init__(queryset=Theme.objects.all(), **kwargs)

    def label_from_instance(self, obj: Theme) -> str:
        return f"{obj.name} ({obj.parent.name})" if obj.parent_id else obj.name


class SignupForm(forms.Form):
    """Extra signup fields (ACCOUNT_SIGNUP_FORM_CLASS): allauth adds e-mail and password.
    Name and organisation help moderators judge an application."""

    first_name = forms.CharField(
        label=_("Voornaam"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Achternaam"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    organisation = forms.CharField(
        label=_("Organisatie"),
        max_length=160,
        help_text=_("Bijvoorbeeld: gemeente Tilburg, RIEC Zeeland-West-Brabant, Belastingdienst."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    motivation = forms.CharField(
        label=_("Toelichting (optioneel)"),
        required=False,
        max_length=1000,
        help_text=_(
            "Met een e-mailadres van een aangesloten organisatie bent u direct lid. Anders "
            "beoordeelt een moderator uw aanvraag: vertel kort wat uw rol is in de aanpak van "
            "ondermijning."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    field_order = [
        "first_name",
        "last_name",
        "organisation",
        "email",
        "password1",
        "password2",
        "motivation",
    ]

    def signup(self, request, user) -> None:
        """Names are stored by allauth, organisation and motivation by our adapter."""


class ProfileForm(forms.Form):
    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150)
    organisation = forms.CharField(label=_("Organisatie"), max_length=160, required=False)
    show_organisation = forms.BooleanField(label=_("Toon mijn organisatie"), required=False)
    job_title = forms.CharField(label=_("Functie"), max_length=160, required=False)
    show_job_title = forms.BooleanField(label=_("Toon mijn functie"), required=False)
    region = forms.ModelChoiceField(
        label=_("Regio"),
        queryset=Region.objects.all(),
        required=False,
        empty_label=_("Geen regio"),
    )
    show_region = forms.BooleanField(label=_("Toon mijn regio"), required=False)
    themes = ThemeChoiceField(
        label=_("Expertise"),
        required=False,
        help_text=_("Thema's waar u veel van weet en waarover collega's u mogen benaderen."),
    )
    show_themes = forms.BooleanField(label=_("Toon mijn expertise"), required=False)
    bio = forms.CharField(
        label=_("Korte introductie"),
        max_length=600,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Maximaal 600 tekens. Vermeld geen gegevens die u niet wilt delen."),
    )
    show_bio = forms.BooleanField(label=_("Toon mijn introductie"), required=False)
    photo = forms.FileField(
        label=_("Foto"),
        required=False,
        help_text=_(
            "JPEG, PNG of WebP, maximaal %(mb)s MB. We verwijderen locatie- en cameragegevens."
        )
        % {"mb": MAX_UPLOAD_BYTES // 2**20},
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_photo = forms.BooleanField(label=_("Verwijder mijn foto"), required=False)
    show_photo = forms.BooleanField(label=_("Toon mijn foto"), required=False)
    in_directory = forms.BooleanField(
        label=_("Neem mij op in de ledengids 'Wie weet wat'"),
        required=False,
        help_text=_(
            "Andere leden zien dan uw naam en alleen de gegevens die u hierboven zichtbaar "
            "maakt. Uw e-mailadres ziet niemand: leden kunnen u alleen via een formulier een "
            "bericht sturen."
        ),
    )

    # Pairs shown together in the template: the field and who may see it.
    PAIRS = [
        ("organisation", "show_organisation"),
        ("job_title", "show_job_title"),
        ("region", "show_region"),
        ("themes", "show_themes"),
        ("bio", "show_bio"),
    ]

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        return process_photo(upload)

    def profile_fields(self) -> dict:
        data = self.cleaned_data
        return {name: data[name] for name in PROFILE_FIELDS}

    @property
    def paired_fields(self):
        return [(self[field], self[flag]) for field, flag in self.PAIRS]


class DirectorySearchForm(forms.Form):
    q = forms.CharField(label=_("Naam of trefwoord"), required=False, max_length=100)
    organisatie = forms.CharField(label=_("Organisatie"), required=False, max_length=100)
    thema = forms.ModelChoiceField(
        label=_("Expertise"),
        queryset=Theme.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle thema's"),
    )
    regio = forms.ModelChoiceField(
        label=_("Regio"),
        queryset=Region.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Alle regio's"),
    )


class ContactForm(forms.Form):
    subject = forms.CharField(label=_("Onderwerp"), max_length=150)
    message = forms.CharField(
        label=_("Bericht"),
        min_length=20,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Uw bericht wordt doorgestuurd met uw naam en organisatie. Uw e-mailadres staat "
            "alleen als antwoordadres in de e-mail, zodat een antwoord bij u aankomt. Het "
            "adres van de ontvanger ziet u pas als die u antwoordt."
        ),
    )


class ThemeSubscriptionForm(forms.Form):
    themes = ThemeChoiceField(
        label=_("Thema's"),
        required=False,
        help_text=_(
            "U ontvangt eens per week een e-mail met nieuwe kennis, toolkits en evenementen in "
            "deze thema's. Kiest u een hoofdthema, dan krijgt u ook de subthema's."
        ),
    )


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Uw wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Ter bevestiging dat u het echt bent."),
    )
    confirm = forms.BooleanField(
        label=_("Ik begrijp dat mijn account definitief wordt verwijderd."),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        self.user = user
        super().__init__(*args, **kwargs)
        if not user.has_usable_password():
            # Accounts that only log in by code confirm with their e-mail address.
            self.fields["password"] = forms.EmailField(
                label=_("Uw e-mailadres"),
                help_text=_("Typ uw e-mailadres ter bevestiging."),
            )

    def clean_password(self) -> str:
        value = self.cleaned_data["password"]
        if self.user.has_usable_password():
            if not self.user.check_password(value):
                raise ValidationError(_("Dit wachtwoord klopt niet."), code="wrong_password")
        elif value.strip().lower() != self.user.email.lower():
            raise ValidationError(_("Dit is niet uw e-mailadres."), code="wrong_email")
        return value


def _practice_label(name: str) -> str:
    return str(ArticlePage._meta.get_field(name).verbose_name).capitalize()


PRACTICE_HELP = {
    "practice_goal": _("Welk probleem speelde er en wat wilde u bereiken?"),
    "practice_audience": _("Voor wie is de aanpak bedoeld en wie deden er mee?"),
    "practice_approach": _("Wat hebt u gedaan, in welke stappen, met welke partners?"),
    "practice_results": _("Wat heeft het opgeleverd? Noem cijfers of voorbeelden als dat kan."),
    "practice_lessons": _("Wat zou u een collega meegeven die hetzelfde wil doen?"),
    "practice_contact": _("Bij wie kunnen collega's terecht? Bijvoorbeeld een team of functie."),
}


def practice_fields(*, required: bool = True) -> dict[str, forms.CharField]:
    """The six parts of a praktijkvoorbeeld as form fields, each with its guiding question (a
    member's contribution; a table's draft article, spaces.forms.PublishForm)."""
    return {
        name: forms.CharField(
            label=_practice_label(name),
            max_length=5000,
            required=required,
            widget=forms.Textarea(attrs={"rows": 4}),
            help_text=PRACTICE_HELP[name],
        )
        for name in ArticlePage.PRACTICE_FIELDS
    }


class ContributionForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200)
    summary = forms.CharField(
        label=_("Samenvatting"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Twee of drie zinnen: waar gaat het over en wat werkte? Maximaal 600 tekens."),
    )
    extra_text = forms.CharField(
        label=_("Aanvullende toelichting (optioneel)"),
        required=False,
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    themes = ThemeChoiceField(label=_("Thema's"))
    region = forms.ModelChoiceField(
        label=_("Regio (optioneel)"),
        queryset=Region.objects.all(),
        required=False,
        empty_label=_("Geen specifieke regio"),
    )
    attachment = forms.FileField(
        label=_("Bijlage (optioneel)"),
        required=False,
        help_text=_("Bijvoorbeeld een draaiboek of factsheet. PDF, Word of ODT, maximaal 10 MB."),
    )
    no_confidential = forms.BooleanField(
        label=_(
            "Ik bevestig dat deze bijdrage geen vertrouwelijke informatie of herleidbare "
            "persoonsgegevens bevat."
        ),
    )

    ATTACHMENT_EXTENSIONS = ("pdf", "docx", "odt", "rtf", "pptx", "xlsx", "txt")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        practice = practice_fields()
        ordered = {}
        for name, field in self.fields.items():
            ordered[name] = field
            if name == "summary":
                ordered.update(practice)
        self.fields = ordered
        self.fields["attachment"].widget.attrs["accept"] = ",".join(
            f".{ext}" for ext in self.ATTACHMENT_EXTENSIONS
        )

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
        allowed = set(self.ATTACHMENT_EXTENSIONS) & set(
            getattr(settings, "WAGTAILDOCS_EXTENSIONS", self.ATTACHMENT_EXTENSIONS)
        )
        if extension not in allowed:
            raise ValidationError(
                _("Dit bestandstype kan niet worden ingestuurd. Kies PDF, Word of ODT."),
                code="invalid_type",
            )
        if upload.size > ATTACHMENT_MAX_BYTES:
            raise ValidationError(_("De bijlage is te groot (maximaal 10 MB)."), code="too_large")
        return upload

    @property
    def practice_fields(self):
        return [self[name] for name in ArticlePage.PRACTICE_FIELDS]

    def practice_data(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in ArticlePage.PRACTICE_FIELDS}

    def submission(self) -> dict:
        """Keyword arguments for contribution_submit / contribution_resubmit."""
        data = self.cleaned_data
        return {
            "title": data["title"],
            "summary": data["summary"],
            "practice": self.practice_data(),
            "extra_text": data["extra_text"],
            "themes": data["themes"],
            "region": data["region"],
            "attachment": data["attachment"],
        }


class MembershipRejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden (wordt naar de aanvrager gemaild)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def _plain_text(html: str) -> str:
    """Our rich text (paragraphs and line breaks) back to the plain text the form edits."""
    text = re.sub(r"<br\s*/?>", "\n", html or "")
    text = re.sub(r"</p>\s*<p[^>]*>", "\n\n", text)
    return unescape(strip_tags(text)).strip()


def contribution_initial(page) -> dict:
    """Form values from the latest draft of a contribution (for revising it)."""
    text_blocks = [b.value.source for b in page.body if b.block_type == "text"]
    region = page.regions.first()
    return {
        "title": page.title,
        "summary": page.summary,
        **{name: _plain_text(getattr(page, name)) for name in ArticlePage.PRACTICE_FIELDS},
        "extra_text": _plain_text("".join(text_blocks)),
        "themes": [t.pk for t in page.themes.all()],
        "region": region.pk if region else None,
    }
