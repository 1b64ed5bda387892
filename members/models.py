import re
import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

DOMAIN_PATTERN = re.compile(r"(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")


class EmailUserManager(UserManager):
    """Users log in with their e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mailadres"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @cached_property
    def role_names(self) -> frozenset[str]:
        return frozenset(self.groups.values_list("name", flat=True))

    @property
    def is_member(self) -> bool:
        """An approved member or staff: may open members-only content and the directory."""
        from .roles import ALL_ROLES

        return self.is_active and (self.is_superuser or bool(self.role_names & set(ALL_ROLES)))

    @property
    def has_staff_role(self) -> bool:
        """Editors, organisers, moderators and admins: they must use MFA in the admin."""
        from .roles import STAFF_ROLES

        return self.is_superuser or self.is_staff or bool(self.role_names & set(STAFF_ROLES))


def _private_storage():
    """Member photos are personal data: they live in the "private" storage (never served as
    public media; see members.views.profile_photo) when configured, else the default storage."""
    from django.conf import settings
    from django.core.files.storage import storages

    return storages["private"] if "private" in settings.STORAGES else storages["default"]


def _photo_path(instance: "Profile", filename: str) -> str:
    # A random name: the file name must not reveal who is on the photo.
    return f"leden/foto/{uuid.uuid4().hex}.jpg"


class AllowedDomainQuerySet(models.QuerySet):
    def matching(self, email: str) -> "AllowedDomainQuerySet":
        """Entries that admit this address: the exact domain, or a `*.parent` wildcard of it."""
        domain = email.rpartition("@")[2].strip().lower().rstrip(".")
        if not domain:
            return self.none()
        labels = domain.split(".")
        wildcards = ["*." + ".".join(labels[i:]) for i in range(1, len(labels) - 1)]
        return self.filter(domain__in=[domain, *wildcards])


class AllowedDomain(models.Model):
    """A professional e-mail domain whose verified addresses become members at once."""

    domain = models.CharField(
        _("domein"),
        max_length=253,
        unique=True,
        help_text=_(
            "Een exact domein (politie.nl) of alle subdomeinen van een domein (*.riec.nl: "
            "noord.riec.nl wel, riec.nl zelf niet; voeg dat zo nodig apart toe)."
        ),
    )
    organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    created_at = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)

    objects = AllowedDomainQuerySet.as_manager()

    class Meta:
        verbose_name = _("toegestaan domein")
        verbose_name_plural = _("toegestane domeinen")
        ordering = ["domain"]

    def __str__(self) -> str:
        return self.domain

    def clean(self) -> None:
        value = (self.domain or "").strip().lower().lstrip("@").rstrip(".")
        if not DOMAIN_PATTERN.fullmatch(value):
            raise ValidationError(
                {"domain": _("Vul een domein in zoals politie.nl of *.gemeente.nl.")}
            )
        if value.startswith("*.") and value.count(".") < 2:
            raise ValidationError(
                {"domain": _("Een jokerteken voor een heel topleveldomein is niet toegestaan.")}
            )
        self.domain = value

    @property
    def is_wildcard(self) -> bool:
        return self.domain.startswith("*.")


class Membership(models.Model):
    """The application of an account to become a member (group Lid)."""

    class Status(models.TextChoices):
        UNVERIFIED = "nieuw", _("E-mailadres nog niet bevestigd")
        PENDING = "aangevraagd", _("Aangevraagd")
        APPROVED = "goedgekeurd", _("Goedgekeurd")
        REJECTED = "afgewezen", _("Afgewezen")

    class Route(models.TextChoices):
        ALLOWLIST = "domein", _("Toegestaan domein")
        MODERATOR = "moderator", _("Beoordeeld door moderator")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.UNVERIFIED
    )
    motivation = models.TextField(
        _("toelichting van de aanvrager"),
        blank=True,
        max_length=1000,
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    requested_at = models.DateTimeField(_("aangevraagd op"), null=True, blank=True)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("besloten door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    route = models.CharField(_("route"), max_length=10, choices=Route.choices, blank=True)
    rejection_reason = models.TextField(_("reden van afwijzing"), blank=True, max_length=1000)

    class Meta:
        verbose_name = _("lidmaatschapsaanvraag")
        verbose_name_plural = _("lidmaatschapsaanvragen")
        ordering = ["-requested_at", "-created_at"]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_status_display()})"


class Profile(models.Model):
    """What a member tells colleagues about themselves. Every field is hidden until the
    member chooses to show it: people in this field can be threatened."""

    VISIBLE_FIELDS = ("organisation", "job_title", "region", "themes", "bio", "photo")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    organisation = models.CharField(_("organisatie"), max_length=160, blank=True)
    job_title = models.CharField(_("functie"), max_length=160, blank=True)
    region = models.ForeignKey(
        "knowledge.Region",
        verbose_name=_("regio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = models.ManyToManyField(
        "knowledge.Theme", verbose_name=_("expertise"), blank=True, related_name="+"
    )
    bio = models.TextField(_("korte introductie"), max_length=600, blank=True)
    photo = models.ImageField(
        _("foto"), upload_to=_photo_path, storage=_private_storage, blank=True
    )
    in_directory = models.BooleanField(_("opnemen in ledengids"), default=False)
    show_organisation = models.BooleanField(_("organisatie tonen"), default=False)
    show_job_title = models.BooleanField(_("functie tonen"), default=False)
    show_region = models.BooleanField(_("regio tonen"), default=False)
    show_themes = models.BooleanField(_("expertise tonen"), default=False)
    show_bio = models.BooleanField(_("introductie tonen"), default=False)
    show_photo = models.BooleanField(_("foto tonen"), default=False)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("profiel")
        verbose_name_plural = _("profielen")

    def __str__(self) -> str:
        return str(self.user)

    def is_visible(self, field: str) -> bool:
        return bool(getattr(self, f"show_{field}"))


class ThemeSubscription(models.Model):
    """A member follows a theme and receives the weekly digest of what is new in it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="theme_subscriptions"
    )
    theme = models.ForeignKey(
        "knowledge.Theme", verbose_name=_("thema"), on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)

    class Meta:
        verbose_name = _("thema-abonnement")
        verbose_name_plural = _("thema-abonnementen")
        constraints = [
            models.UniqueConstraint(fields=["user", "theme"], name="unique_theme_subscription")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.theme}"


class DigestItem(models.Model):
    """A page that went out in someone's digest; the unique constraint means never twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_items"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(_("verstuurd op"), default=timezone.now)

    class Meta:
        verbose_name = _("verstuurd digestitem")
        verbose_name_plural = _("verstuurde digestitems")
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="unique_digest_item")]


class Contribution(models.Model):
    """A praktijkvoorbeeld a member submitted; the page itself goes through the workflow."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ingediend door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,  # kept, without name, when the account is deleted
        related_name="contributions",
    )
    page = models.ForeignKey(
        "knowledge.ArticlePage",
        verbose_name=_("artikel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("titel"), max_length=255)
    submitted_at = models.DateTimeField(_("ingediend op"), default=timezone.now)
    # The member hears once that the article is online, not on every later edit.
    published_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("bijdrage")
        verbose_name_plural = _("bijdragen")
        ordering = ["-submitted_at"]

    def __str__(self) -> str:
        return self.title
