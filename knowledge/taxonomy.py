"""Taxonomies editors manage as snippets: themes (fenomenen), regions and audiences."""

from django.core.cache import cache
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


TAXONOMY_CACHE_KEY = "knowledge:taxonomy-options"


def taxonomy_options() -> dict[str, list[tuple[str, str]]]:
    """Filter options for listings: (slug, label) per facet, sub-themes under their main theme.

    Taxonomies change rarely and every listing shows them, so they are cached; saving or
    deleting a theme, region or audience clears the cache (see KnowledgeConfig.ready).
    """
    options = cache.get(TAXONOMY_CACHE_KEY)
    if options is None:
        themes = list(Theme.objects.values_list("pk", "parent_id", "slug", "name"))
        children: dict[int, list] = {}
        for theme in themes:
            children.setdefault(theme[1], []).append(theme)
        ordered = []
        for pk, _parent, slug, name in sorted(children.get(None, []), key=lambda t: t[3]):
            ordered.append((slug, name))
            ordered += [
                (c[2], f"– {c[3]}") for c in sorted(children.get(pk, []), key=lambda t: t[3])
            ]
        options = {
            "thema": ordered,
            "regio": list(Region.objects.values_list("slug", "name")),
            "doelgroep": list(Audience.objects.values_list("slug", "name")),
        }
        cache.set(TAXONOMY_CACHE_KEY, options, 60 * 60)
    return options


def clear_taxonomy_cache(**kwargs) -> None:
    cache.delete(TAXONOMY_CACHE_KEY)
