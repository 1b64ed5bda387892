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


TAXONOMY_CACHE_KEY = "knowledge:taxonomy:2"


def _taxonomy() -> dict:
    """All terms, cached: taxonomies change rarely and nearly every page shows some. Saving or
    deleting a theme, region or audience clears the cache (see KnowledgeConfig.ready). Read
    once per request by production's cache backends (config.cache.RequestMemoMixin).

    "options" holds the listing filters, (slug, label) per facet with sub-themes under their
    main theme, plus "hoofdthema" (main themes only); "terms" maps each kind's ids to
    (position in the model's ordering, slug, name), so pages can name their terms from ids;
    "themes" holds (parent id, description) per theme id for the theme hubs.
    """
    taxonomy = cache.get(TAXONOMY_CACHE_KEY)
    if taxonomy is None:
        themes = list(Theme.objects.values_list("pk", "parent_id", "slug", "name", "description"))
        regions = list(Region.objects.values_list("pk", "slug", "name"))
        audiences = list(Audience.objects.values_list("pk", "slug", "name"))
        children: dict[int | None, list] = {}
        for theme in themes:
            children.setdefault(theme[1], []).append(theme)
        ordered, main = [], []
        for pk, _parent, slug, name, _text in sorted(children.get(None, []), key=lambda t: t[3]):
            ordered.append((slug, name))
            main.append((slug, name))
            ordered += [
                (c[2], f"– {c[3]}") for c in sorted(children.get(pk, []), key=lambda t: t[3])
            ]
        taxonomy = {
            "options": {
                "thema": ordered,
                "hoofdthema": main,
                "regio": [(slug, name) for _pk, slug, name in regions],
                "doelgroep": [(slug, name) for _pk, slug, name in audiences],
            },
            "themes": {t[0]: (t[1], t[4]) for t in themes},
            "terms": {
                "themes": {t[0]: (i, t[2], t[3]) for i, t in enumerate(themes)},
                "regions": {r[0]: (i, r[1], r[2]) for i, r in enumerate(regions)},
                "audiences": {a[0]: (i, a[1], a[2]) for i, a in enumerate(audiences)},
            },
        }
        cache.set(TAXONOMY_CACHE_KEY, taxonomy, 60 * 60)
    return taxonomy


def taxonomy_options() -> dict[str, list[tuple[str, str]]]:
    """Filter options for listings (see `_taxonomy`)."""
    return _taxonomy()["options"]


TERM_MODELS = {"themes": Theme, "regions": Region, "audiences": Audience}


def terms_by_id(kind: str, ids) -> list:
    """Unsaved instances (pk, slug, name) of the terms of one kind ("themes", "regions",
    "audiences") with these ids, in the model's ordering, named from the cache."""
    known = _taxonomy()["terms"][kind]
    if not known.keys() >= set(ids):  # a term newer than this process's view of the cache
        clear_taxonomy_cache()
        known = _taxonomy()["terms"][kind]
    model = TERM_MODELS[kind]
    found = sorted(known[pk] + (pk,) for pk in set(ids) if pk in known)
    return [model(pk=pk, slug=slug, name=name) for _position, slug, name, pk in found]


def term_by_slug(kind: str, slug: str):
    """An unsaved instance (pk, slug, name) of the term of one kind with this slug, or None;
    a theme comes with its description, its main theme and its sub-themes' ids
    (`family_ids`: itself and its sub-themes)."""
    taxonomy = _taxonomy()
    found = next(
        (pk for pk, (_position, s, _name) in taxonomy["terms"][kind].items() if s == slug), None
    )
    if found is None:
        return None
    term = terms_by_id(kind, [found])[0]
    if kind == "themes":
        parent_id, term.description = taxonomy["themes"][found]
        term.parent = terms_by_id(kind, [parent_id])[0] if parent_id else None
        term.family_ids = [found] + [
            pk for pk, (parent, _text) in taxonomy["themes"].items() if parent == found
        ]
    return term


def clear_taxonomy_cache(**kwargs) -> None:
    cache.delete(TAXONOMY_CACHE_KEY)
