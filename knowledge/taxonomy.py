"""Taxonomies editors manage as snippets: themes (fenomenen), regions and audiences."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.search import index


class Theme(index.Indexed, models.Model):
    """A phenomenon of undermining crime. Themes nest one level (Drugscriminaliteit > XTC)."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("hoofdthema"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
    )
    description = models.TextField(_("beschrijving"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"/themas/{self.slug}/"

    def clean(self) -> None:
        if self.parent_id and self.parent.parent_id:
            raise ValidationError({"parent": _("Thema's kunnen maar één niveau diep genest zijn.")})
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("Een thema kan niet zijn eigen hoofdthema zijn.")})


class Region(models.Model):
    class Kind(models.TextChoices):
        RIEC = "riec", _("RIEC-regio")
        LIEC = "liec", _("LIEC")
        NATIONAL = "landelijk", _("Landelijk")

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.RIEC)

    class Meta:
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name


class Audience(models.Model):
    """Doelgroep: who a toolkit or article is meant for."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
