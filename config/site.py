"""The page tree every installation has: home and the index pages of the URL contract."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Collection, Locale, Page, Site

from events.models import EventIndexPage
from knowledge.models import HomePage, KnowledgeIndexPage, ThemeIndexPage, ToolkitIndexPage
from knowledge.workflow import ensure_editorial_workflow
from members.roles import grant_page_permissions, sync_roles

INDEX_PAGES = [
    (
        KnowledgeIndexPage,
        "Kennisbank",
        "kennisbank",
        "Praktijkvoorbeelden, ondermijningsbeelden, onderzoek, handreikingen en nieuws uit het "
        "RIEC-LIEC-bestel en van partners.",
    ),
    (
        ToolkitIndexPage,
        "Toolkits",
        "toolkits",
        "Concrete tips, checklists en materialen om gemeenten, ondernemers en andere doelgroepen "
        "weerbaarder te maken tegen ondermijning.",
    ),
    (
        ThemeIndexPage,
        "Thema's",
        "themas",
        "Alles per fenomeen: kennis, toolkits en evenementen bij elkaar.",
    ),
    (
        EventIndexPage,
        "Agenda",
        "agenda",
        "Online symposia, webinars en conferenties voor professionals in de aanpak van "
        "ondermijning.",
    ),
]


def ensure_tree_roots() -> None:
    """The roots Wagtail's migrations create (locale, root page, root collection), recreated
    when a database was flushed, as transactional tests do."""
    if Page.get_first_root_node() and Collection.get_first_root_node():
        return
    ContentType.objects.clear_cache()  # a flush recreated content types with new ids
    locale, _created = Locale.objects.get_or_create(language_code="nl")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    sync_roles(apps)  # grants collection permissions now that the root collection exists


@transaction.atomic
def ensure_site_structure() -> dict[str, Page]:
    """Create home and index pages when missing; keep what exists. Safe to rerun."""
    ensure_tree_roots()
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        # Wagtail's placeholder "Welcome" page (a bare Page) makes way for our home page.
        for placeholder in root.get_children().filter(content_type__model="page"):
            placeholder.delete()
        home = root.add_child(
            instance=HomePage(
                title="Kennisplatform Ondermijning",
                slug="home",
                intro="Hét platform voor kennisdelen door professionals in de aanpak van "
                "ondermijnende criminaliteit: vind wat werkt, leer van andere regio's en "
                "ontmoet collega's online.",
            )
        )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": "Kennisplatform Ondermijning",
            },
        )
    pages: dict[str, Page] = {"root": home}
    for model, title, slug, intro in INDEX_PAGES:
        page = model.objects.child_of(home).first()
        if page is None:
            page = home.add_child(instance=model(title=title, slug=slug, intro=intro))
        pages[slug] = page
    grant_page_permissions(pages=pages)
    ensure_editorial_workflow(pages=[pages["kennisbank"], pages["toolkits"]])
    return pages
