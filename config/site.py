"""The page tree every installation has: home and the index pages of the URL contract."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format

from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from events.models import EventIndexPage
from knowledge.models import (
    HomePage,
    InfoPage,
    KnowledgeIndexPage,
    ThemeIndexPage,
    ToolkitIndexPage,
)
from knowledge.workflow import ensure_editorial_workflow
from members.roles import grant_page_permissions, sync_roles

INDEX_PAGES: list[tuple[type[Page], str, str, str]] = [
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
    for slug, (title, intro, body) in info_pages().items():
        page = InfoPage.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            now = timezone.now()
            page = home.add_child(
                instance=InfoPage(
                    title=title,
                    slug=slug,
                    intro=intro,
                    body=body,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        pages[slug] = page
    grant_page_permissions(pages=pages)
    ensure_editorial_workflow(pages=[pages["kennisbank"], pages["toolkits"]])
    return pages


def info_pages() -> dict[str, tuple[str, str, list]]:
    """The pages a Dutch public platform must have, linked from the footer at fixed paths:
    contact, the privacy statement and the accessibility statement (after the model statement
    of digitoegankelijk.nl). First versions only: editors keep them current in the admin.
    The privacy statement's retention terms are a block that reads the settings."""
    contact = settings.CONTACT_EMAIL
    security = settings.SECURITY_CONTACT_EMAIL
    with translation.override("nl"):
        today = date_format(timezone.localdate(), "j F Y")

    def text(html: str) -> tuple[str, RichText]:
        return ("text", RichText(html))

    return {
        "contact": (
            "Contact",
            "Een vraag over het kennisplatform, een praktijkvoorbeeld of een evenement? "
            "De redactie helpt u graag.",
            [
                text(
                    f'<h2>De redactie</h2><p>Mail naar <a href="mailto:{contact}">{contact}</a>. '
                    "Wij antwoorden binnen vijf werkdagen.</p>"
                    "<h2>Over uw account of uw gegevens</h2><p>Uw gegevens inzien, meenemen of "
                    'verwijderen doet u zelf, zie de <a href="/privacy/">privacyverklaring</a>. '
                    "Lukt dat niet, mail dan de redactie.</p>"
                    "<h2>Iets werkt niet voor u</h2><p>Kunt u een pagina of formulier niet "
                    "gebruiken, bijvoorbeeld met een schermlezer of alleen met het toetsenbord? "
                    "Laat het ons weten; zie ook de "
                    '<a href="/toegankelijkheid/">toegankelijkheidsverklaring</a>.</p>'
                    "<h2>Een beveiligingsprobleem melden</h2><p>Vond u een kwetsbaarheid? Meld "
                    f'die aan <a href="mailto:{security}">{security}</a> '
                    '(zie ook <a href="/.well-known/security.txt">security.txt</a>). Wij '
                    "reageren binnen drie werkdagen en maken niets openbaar voordat het is "
                    "opgelost.</p>"
                ),
            ],
        ),
        "privacy": (
            "Privacyverklaring",
            "Welke gegevens het Kennisplatform Ondermijning over u bewaart, waarom en hoe lang, "
            "en hoe u ze inziet, meeneemt of laat verwijderen.",
            [
                text(
                    "<h2>Wat wij bewaren en waarom</h2><ul>"
                    "<li><b>Uw account</b>: e-mailadres, naam, organisatie en een versleuteld "
                    "wachtwoord, om u te laten inloggen en uw lidmaatschap te beoordelen. Een "
                    "moderator ziet uw aanvraag.</li>"
                    "<li><b>Uw profiel</b>: alleen wat u zelf invult. Andere leden zien alleen "
                    "wat u zichtbaar maakt en alleen als u in de ledengids staat; uw "
                    "e-mailadres ziet niemand.</li>"
                    "<li><b>Berichten tussen leden</b> sturen wij door per e-mail; de inhoud "
                    "slaan wij niet op.</li>"
                    "<li><b>Aanmeldingen voor evenementen</b>: naam, e-mailadres en organisatie, "
                    "voor de deelnamelink, herinneringen en de organisator van het "
                    "evenement.</li>"
                    "<li><b>Praktijkvoorbeelden</b> die u instuurt, om ze te publiceren met uw "
                    "naam als auteur.</li>"
                    "<li><b>Thema-abonnementen</b>, voor de wekelijkse e-mail met nieuwe "
                    "kennis.</li>"
                    "<li><b>Sessies</b>: wanneer, vanaf welk IP-adres en met welke browser u "
                    "bent ingelogd, zodat u onder Sessies ziet waar u bent ingelogd en daar kunt "
                    "uitloggen.</li>"
                    "<li><b>Zoekopdrachten</b>, zonder naam, IP-adres of tijdstip, zodat de "
                    "redactie ziet wat men zoekt en niet vindt.</li></ul>"
                    "<p>Wij gebruiken alleen de cookies die nodig zijn om in te loggen en "
                    "formulieren te beveiligen; geen cookies voor statistiek of advertenties. "
                    "Op een pagina met een video laadt uw browser de speler van YouTube of "
                    "Vimeo; die ziet dan uw IP-adres.</p>"
                    "<h2>Hoe lang wij gegevens bewaren</h2>"
                ),
                ("retention", None),
                text(
                    "<h2>Uw rechten, en hoe u ze gebruikt</h2><ul>"
                    "<li><b>Inzien en meenemen</b>: onder Mijn kennisplatform downloadt u "
                    '<a href="/mijn/gegevens/">al uw gegevens</a> in één bestand.</li>'
                    '<li><b>Verbeteren</b>: pas uw <a href="/mijn/profiel/">profiel</a> of '
                    '<a href="/accounts/email/">e-mailadres</a> aan.</li>'
                    '<li><b>Verwijderen</b>: <a href="/mijn/account-verwijderen/">verwijder '
                    "uw account</a>. Uw aanmeldingen worden geanonimiseerd en uw "
                    "praktijkvoorbeelden blijven staan zonder uw naam.</li>"
                    "<li><b>Geen e-mail meer</b>: zeg uw "
                    '<a href="/mijn/themas/">thema-abonnementen</a> op, of gebruik de '
                    "afmeldlink onder elke e-mail.</li>"
                    "<li><b>Bezwaar, of een vraag</b>: mail "
                    f'<a href="mailto:{contact}">{contact}</a>. Wij antwoorden binnen een '
                    "maand. Bent u het niet met ons eens, dan kunt u een klacht indienen bij de "
                    '<a href="https://autoriteitpersoonsgegevens.nl">Autoriteit '
                    "Persoonsgegevens</a>.</li></ul>"
                ),
            ],
        ),
        "toegankelijkheid": (
            "Toegankelijkheidsverklaring",
            "Het Kennisplatform Ondermijning wil voor iedereen bruikbaar zijn, ook met een "
            "schermlezer, alleen het toetsenbord of een vergrote weergave.",
            [
                text(
                    "<h2>Status</h2><p>Voor deze website zijn <b>eerste maatregelen "
                    "genomen</b> (status C) om te voldoen aan de Web Content Accessibility "
                    "Guidelines (WCAG) 2.1 op niveau AA, zoals het Besluit digitale "
                    "toegankelijkheid overheid vraagt (EN 301 549). Een onderzoek door een "
                    "onafhankelijke partij is nog niet gedaan. Tot dan testen wij zelf, bij "
                    "elke wijziging: automatisch met axe-core, en in de browser met het "
                    "toetsenbord, op een scherm van 320 pixels breed en met foutmeldingen in "
                    "formulieren.</p>"
                    f"<p>Deze verklaring is opgesteld op {today}.</p>"
                    "<h2>Wat nog niet voldoet</h2><ul>"
                    "<li>Documenten van partners (pdf, Word) zijn niet altijd toegankelijk. Hebt "
                    "u er een nodig in een andere vorm, mail ons.</li>"
                    "<li>Opnamen van evenementen hebben niet altijd ondertiteling of een "
                    "uitgeschreven tekst.</li>"
                    "<li>De video's komen van YouTube of Vimeo; de bediening van die spelers "
                    "ligt buiten onze invloed.</li>"
                    "<li>Het beheer van de website (voor redacteuren) valt buiten deze "
                    "verklaring.</li></ul>"
                    "<h2>Feedback en contact</h2><p>Loopt u tegen iets aan? Mail "
                    f'<a href="mailto:{contact}">{contact}</a>. Wij bevestigen uw bericht '
                    "binnen vijf werkdagen en laten binnen drie weken weten wat wij doen.</p>"
                    "<p>Bent u niet tevreden over hoe wij uw melding afhandelen, dan kunt u "
                    'terecht bij de <a href="https://www.nationaleombudsman.nl">Nationale '
                    "ombudsman</a>.</p>"
                ),
            ],
        ),
    }
