"""Closed spaces for the Landelijke Fenomeentafels, and the organisations and circles a page
may be shared with (docs/spaces.md).

A space belongs to a theme (its phenomenon) and has coordinators and participants, each from
an organisation. Its group (`Space.group`) holds exactly the active participants: the policy
(access/) reads membership from it, and a page restricted to it is for the space only.
Updates and library files carry a sharing label (access/labels.py).

Outside the tables, a page can be shared with named organisations (TLP:AMBER+STRICT) or with a
circle of named people (TLP:RED) by restricting it to their groups in Wagtail's privacy dialog:
`Organisation.group` holds the members a Beheerder or Moderator confirmed as working there,
`Circle.group` the people an editor named.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from access.labels import Label
from access.policy import CIRCLE_GROUP_PREFIX, ORGANISATION_GROUP_PREFIX, SPACE_GROUP_PREFIX


class _GroupNamed(models.Model):
    """A model with a group of its own named after it (prefix + name), for the privacy dialog."""

    group_prefix: str
    name: models.CharField
    group = models.OneToOneField(
        Group, on_delete=models.PROTECT, editable=False, null=True, related_name="+"
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        name = self.group_name()
        if self.group_id is None:
            self.group = Group.objects.create(name=name)
        elif self.group.name != name:
            self.group.name = name
            self.group.save(update_fields=["name"])
        super().save(*args, **kwargs)

    def group_name(self) -> str:
        return f"{self.group_prefix}{self.name}"


class Organisation(_GroupNamed):
    """An organisation participants come from (a municipality, the police, the FIOD, …). Its
    group holds the members confirmed as working there: a page restricted to it is
    TLP:AMBER+STRICT, for them only."""

    group_prefix = ORGANISATION_GROUP_PREFIX
    name = models.CharField(_("naam"), max_length=130, unique=True)

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Circle(_GroupNamed):
    """A circle of named people (a kring): a page restricted to its group is TLP:RED, for them
    only."""

    group_prefix = CIRCLE_GROUP_PREFIX
    name = models.CharField(_("naam"), max_length=130, unique=True)
    purpose = models.TextField(
        _("waarvoor"),
        blank=True,
        help_text=_("Waarvoor deze kring is, voor redacteuren die een pagina met haar delen."),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("kring")
        verbose_name_plural = _("kringen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Space(_GroupNamed):
    group_prefix = SPACE_GROUP_PREFIX
    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    theme = models.ForeignKey(
        "knowledge.Theme",
        verbose_name=_("fenomeen"),
        on_delete=models.PROTECT,
        related_name="spaces",
    )
    description = models.TextField(
        _("beschrijving"),
        help_text=_("Wat de tafel doet. Iedereen ziet deze tekst, ook wie geen deelnemer is."),
    )
    how_to_join = models.TextField(
        _("deelnemen"),
        blank=True,
        help_text=_("Voor wie de tafel bedoeld is en wat u in uw verzoek vermeldt."),
    )
    group = models.OneToOneField(
        Group, on_delete=models.PROTECT, editable=False, related_name="space"
    )
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("fenomeentafel")
        verbose_name_plural = _("fenomeentafels")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("spaces:detail", args=[self.slug])

    def group_name(self) -> str:
        return f"{self.group_prefix}{self.slug}"

    @property
    def full_name(self) -> str:
        """The table's name as the knowledge base credits it: "Landelijke Fenomeentafel
        synthetische drugs", whether its name is "synthetische drugs", "Fenomeentafel
        synthetische drugs" or already the full name."""
        name = " ".join(self.name.split())
        lowered = name.lower()
        if lowered.startswith(FULL_NAME_PREFIX.lower()):
            return name
        if lowered.startswith(SHORT_NAME_PREFIX.lower()):
            return FULL_NAME_PREFIX + name[len(SHORT_NAME_PREFIX) :]
        return f"{FULL_NAME_PREFIX} {name}"


FULL_NAME_PREFIX = "Landelijke Fenomeentafel"
SHORT_NAME_PREFIX = "Fenomeentafel"


class ParticipationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Participation.Status.ACTIVE)


class Participation(models.Model):
    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("coördinator")
        PARTICIPANT = "participant", _("deelnemer")

    class Status(models.TextChoices):
        REQUESTED = "requested", _("aangevraagd")
        ACTIVE = "active", _("deelnemer")
        REJECTED = "rejected", _("afgewezen")
        REMOVED = "removed", _("verwijderd")
        LEFT = "left", _("vertrokken")

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="participations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="participations",
    )
    role = models.CharField(_("rol"), max_length=20, choices=Role, default=Role.PARTICIPANT)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.REQUESTED)

    class Notify(models.TextChoices):
        IMMEDIATE = "immediate", _("direct een e-mail per nieuw bericht of bestand")
        DAILY = "daily", _("één e-mail per dag met wat nieuw is")
        NEVER = "never", _("geen e-mail")

    notify = models.CharField(
        _("e-mail over nieuwe items"), max_length=20, choices=Notify, default=Notify.IMMEDIATE
    )
    digest_sent_at = models.DateTimeField(_("laatste samenvatting"), null=True, blank=True)
    motivation = models.TextField(_("motivatie"), max_length=2000, blank=True)
    reason = models.TextField(_("toelichting bij het besluit"), max_length=2000, blank=True)
    requested_at = models.DateTimeField(_("aangevraagd op"), default=timezone.now)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("besloten door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        verbose_name = _("deelname")
        verbose_name_plural = _("deelnames")
        ordering = ["space", "role", "user__last_name", "user__first_name"]
        constraints = [
            models.UniqueConstraint(fields=["space", "user"], name="one_participation_per_space")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.space}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def is_coordinator(self) -> bool:
        return self.is_active and self.role == self.Role.COORDINATOR


def _invitation_token() -> str:
    return secrets.token_urlsafe(24)


class Invitation(models.Model):
    """A coordinator invites someone by e-mail; the link works for the account with that
    address once it is an approved member."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mailadres"))
    token = models.CharField(max_length=64, unique=True, default=_invitation_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    def get_absolute_url(self) -> str:
        return reverse("spaces:invitation", args=[self.space.slug, self.token])


class LabelledItem(models.Model):
    """What a space holds: the label decides who may open it (access.labels)."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="+")
    label = models.CharField(_("deelbaarheid"), max_length=20, choices=Label, default=Label.AMBER)
    organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("organisaties (TLP:AMBER+STRICT)"),
        blank=True,
        related_name="+",
    )
    people = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personen (TLP:RED)"),
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("geplaatst op"), default=timezone.now)

    class Meta:
        abstract = True


class Update(LabelledItem):
    """A short post by a participant, with comments."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.CharField(_("titel"), max_length=200)
    body = models.TextField(_("bericht"), max_length=10_000)

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("spaces:update", args=[self.space.slug, self.pk])


class Comment(models.Model):
    update = models.ForeignKey(Update, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("reactie"), max_length=4000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        ordering = ["created_at"]


class Folder(models.Model):
    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="folders")
    name = models.CharField(_("naam"), max_length=120)

    class Meta:
        verbose_name = _("map")
        verbose_name_plural = _("mappen")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["space", "name"], name="one_folder_name_per_space")
        ]

    def __str__(self) -> str:
        return self.name


class LibraryFile(LabelledItem):
    """A document in the space's library; its content lives in versions."""

    folder = models.ForeignKey(
        Folder, verbose_name=_("map"), null=True, blank=True, on_delete=models.SET_NULL
    )
    title = models.CharField(_("titel"), max_length=200)

    class Meta:
        verbose_name = _("bestand")
        verbose_name_plural = _("bestanden")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("spaces:file", args=[self.space.slug, self.pk])

    def get_download_url(self) -> str:
        return reverse("spaces:download", args=[self.space.slug, self.pk])


def _version_path(instance: FileVersion, filename: str) -> str:
    # Under MEDIA_ROOT, which no web server location serves: /media/spaces/… answers 404
    # (access.files finds no document or image for it); downloads pass spaces.views.download.
    return f"spaces/{instance.file.space_id}/{secrets.token_hex(8)}/{filename}"


class FileVersion(models.Model):
    file = models.ForeignKey(LibraryFile, on_delete=models.CASCADE, related_name="versions")
    upload = models.FileField(_("bestand"), upload_to=_version_path, max_length=300)
    original_name = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField(default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)
    # The text inside the file, for the table's own search only (never the engine index):
    # extracted after the upload by a task (spaces.tasks.extract_version_text), with
    # knowledge's extraction for attachments; the status says why a file has none.
    text = models.TextField(_("tekst"), blank=True, editable=False)
    extraction_status = models.CharField(
        _("tekstextractie"), max_length=12, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("versie")
        verbose_name_plural = _("versies")
        ordering = ["-uploaded_at", "-pk"]


class Download(models.Model):
    """Who downloaded which version of an AMBER or RED file, and when (the coordinators see it)."""

    version = models.ForeignKey(FileVersion, on_delete=models.CASCADE, related_name="downloads")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("download")
        verbose_name_plural = _("downloads")
        ordering = ["-at"]


class LabelChange(models.Model):
    """The history of a file's or update's label: lowering one needs a reason."""

    item_type = models.CharField(max_length=20)  # "update" or "file"
    item_id = models.PositiveBigIntegerField()
    old = models.CharField(max_length=20, choices=Label)
    new = models.CharField(max_length=20, choices=Label)
    reason = models.TextField(blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at"]


class Publication(models.Model):
    """An update or library file that a coordinator turned into a draft article for the
    knowledge base; the article goes through the editorial workflow (members.services)."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="publications")
    update = models.ForeignKey(
        Update, null=True, blank=True, on_delete=models.SET_NULL, related_name="publications"
    )
    file = models.ForeignKey(
        LibraryFile, null=True, blank=True, on_delete=models.SET_NULL, related_name="publications"
    )
    page = models.ForeignKey(
        "knowledge.ArticlePage",
        verbose_name=_("artikel"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Why an item above TLP:GREEN may leave the table (the article reaches all members).
    reason = models.TextField(_("reden"), blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now)

    class Meta:
        verbose_name = _("publicatie in de kennisbank")
        verbose_name_plural = _("publicaties in de kennisbank")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.page.title if self.page else str(self.pk)
