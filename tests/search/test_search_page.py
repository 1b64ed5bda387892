"""/zoeken/ and /zoeken/suggesties/ on the real engine: relevance, Dutch, thesaurus, facets,
result cards, did-you-mean, sorting, paging, permissions, promotions, analytics, bad input,
degradation and bounded SQL."""

from __future__ import annotations

import datetime as dt
import re
import socket
import time

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

import pytest

from members import roles
from search.models import QueryLog, Synonym

from ..factories import (
    ArticlePageFactory,
    AudienceFactory,
    EventPageFactory,
    RegionFactory,
    ThemeFactory,
    ToolkitPageFactory,
    UserFactory,
)
from ..helpers import login_with_mfa, restrict_to_members

pytestmark = pytest.mark.search_engine


def result_titles(response) -> list[str]:
    html = response.content.decode()
    titles = re.findall(
        r'<li class="card search-result">.*?<h3><a href="[^"]*">(.*?)</a></h3>', html, re.S
    )
    return [re.sub(r"</?mark>", "", t) for t in titles]


def summary_line(response) -> str:
    match = re.search(r'class="search-summary">\s*(.*?)\s*</h2>', response.content.decode(), re.S)
    return match.group(1) if match else ""


def facet_counts(response, param: str) -> dict[str, int]:
    html = response.content.decode()
    pairs = re.findall(
        rf'name="{param}" value="([^"]+)"[^>]*> <span>[^<]*</span> <span class="count">\((\d+)',
        html,
    )
    return {value: int(count) for value, count in pairs}


@pytest.fixture
def article(knowledge_index, publish):
    def make(**kwargs):
        kwargs.setdefault("summary", "Een samenvatting.")
        kwargs.setdefault("body", [("text", "<p>Algemene tekst.</p>")])
        return publish(ArticlePageFactory(parent=knowledge_index, **kwargs))

    return make


# -- relevance ---------------------------------------------------------------------------
def test_title_beats_summary_beats_body_beats_attachment(
    search_index, article, toolkit_index, publish, client
):
    from config.demo.documents import make_pdf

    in_body = article(title="Derde", body=[("text", "<p>Over hennepteelt in schuren.</p>")])
    in_title = article(title="Hennepteelt in het buitengebied")
    in_summary = article(title="Tweede", summary="Signalen van hennepteelt herkennen.")
    document = get_document_model()(title="Bijlage")
    document.file.save("b.pdf", ContentFile(make_pdf("B", ["Een rapport over hennepteelt."])))
    in_attachment = ToolkitPageFactory(parent=toolkit_index, title="Vierde")
    in_attachment.materials.create(document=document, title="Rapport")
    in_attachment.save()
    publish(in_attachment)

    response = client.get("/zoeken/?q=hennepteelt")
    assert result_titles(response) == [
        in_title.title,
        in_summary.title,
        in_body.title,
        in_attachment.title,
    ]
    assert "Gevonden in een bijlage" in response.content.decode()


def test_upcoming_events_rank_above_past_ones(search_index, agenda, publish, client):
    now = timezone.now()
    past = publish(
        EventPageFactory(
            parent=agenda,
            title="Symposium drugscriminaliteit 2024",
            start=now - dt.timedelta(days=60),
        )
    )
    upcoming = publish(
        EventPageFactory(
            parent=agenda,
            title="Symposium drugscriminaliteit 2027",
            start=now + dt.timedelta(days=30),
        )
    )
    response = client.get("/zoeken/?q=symposium drugscriminaliteit")
    assert result_titles(response) == [upcoming.title, past.title]
    assert "afgelopen" in response.content.decode()


def test_recency_breaks_ties_but_does_not_beat_a_title_match(
    search_index, article, client, apply_on_commit
):
    old_title = article(title="Vastgoedfraude ontmaskerd")
    old_body = article(title="Oud", body=[("text", "<p>Over vastgoedfraude.</p>")])
    new_body = article(title="Nieuw", body=[("text", "<p>Over vastgoedfraude.</p>")])
    five_years_ago = timezone.now() - dt.timedelta(days=5 * 365)
    type(old_title).objects.filter(pk__in=[old_title.pk, old_body.pk]).update(
        first_published_at=five_years_ago
    )
    from search.indexing import enqueue

    with apply_on_commit():  # re-index after the direct update, as a commit would
        enqueue([old_title.pk, old_body.pk], "test")
    assert result_titles(client.get("/zoeken/?q=vastgoedfraude")) == [
        old_title.title,
        new_body.title,
        old_body.title,
    ]


def test_typos_in_longer_words_are_forgiven(search_index, article, client):
    article(title="Mensenhandel in de horeca")
    article(title="Handel in wiet")
    assert result_titles(client.get("/zoeken/?q=mensenhandl")) == ["Mensenhandel in de horeca"]
    assert result_titles(client.get("/zoeken/?q=horeka")) == ["Mensenhandel in de horeca"]
    assert result_titles(client.get("/zoeken/?q=wiel")) == []  # up to 4 letters: exact only


def test_quoted_phrase_must_match_as_a_phrase(search_index, article, client):
    article(title="Integrale aanpak van drugs")
    article(title="Drugs en een integrale blik")
    assert result_titles(client.get('/zoeken/?q="integrale aanpak"')) == [
        "Integrale aanpak van drugs"
    ]


# -- Dutch and domain language ------------------------------------------------------------
def test_stemming_and_compound_splitting(search_index, article, client):
    both = article(
        title="Afval in het buitengebied",
        body=[("text", "<p>Drugsafval wordt gedumpt; de dumping kost veel.</p>")],
    )
    assert result_titles(client.get("/zoeken/?q=drugsafvaldumping")) == [both.title]
    assert result_titles(client.get("/zoeken/?q=buitengebieden")) == [both.title]


def test_editor_thesaurus_change_rebuilds_with_the_new_synonyms(
    search_index, article, client, apply_on_commit
):
    from search.indexing import rebuild

    Synonym.objects.all().delete()  # start without the starter thesaurus of the migration
    xtc = article(title="XTC-productie in Brabant")
    riec = article(title="Samenwerken met het RIEC")
    bibob = article(title="De Wet Bibob toepassen")
    rebuild()
    assert result_titles(client.get("/zoeken/?q=mdma")) == []

    with apply_on_commit():  # saving a synonym enqueues a rebuild after commit
        for terms in (
            "xtc, mdma",
            "RIEC, Regionaal Informatie- en Expertisecentrum",
            "Bibob, Wet Bibob",
        ):
            synonym = Synonym(terms=terms)
            synonym.full_clean()
            synonym.save()
    assert result_titles(client.get("/zoeken/?q=mdma")) == [xtc.title]
    assert result_titles(client.get("/zoeken/?q=regionaal informatie- en expertisecentrum")) == [
        riec.title
    ]
    assert bibob.title in result_titles(client.get("/zoeken/?q=bibob"))


def test_snippets_mark_synonyms_as_whole_terms_and_forgiven_typos(search_index, article, client):
    from search.indexing import rebuild

    Synonym.objects.all().delete()
    for terms in ("Bibob, Wet Bibob", "xtc, mdma"):
        Synonym.objects.create(terms=terms)
    article(title="Bibob-toets", summary="Gemeenten weten veel. De Wet Bibob helpt, een wet ook.")
    article(title="Productie", summary="Over de productie van mdma.")
    article(title="Mensenhandel in de horeca", summary="Signalen van mensenhandel herkennen.")
    rebuild()

    html = client.get("/zoeken/?q=bibob").content.decode()
    assert "De <mark>Wet</mark> <mark>Bibob</mark> helpt, een wet ook." in html
    assert "<mark>weten</mark>" not in html
    assert "van <mark>mdma</mark>" in client.get("/zoeken/?q=xtc").content.decode()
    html = client.get("/zoeken/?q=mensenhandle").content.decode()
    assert "Signalen van <mark>mensenhandel</mark> herkennen." in html


# -- facets ---------------------------------------------------------------------------------
def test_facets_count_multiselect_and_combine(
    search_index, article, toolkit_index, publish, client
):
    drugs = ThemeFactory(name="Drugs", slug="drugs")
    region = RegionFactory(name="RIEC Zeeland-West-Brabant", slug="zwb")
    audience = AudienceFactory(name="Gemeenten", slug="gemeenten")
    article(title="Signalen 1", article_type="nieuws", themes=[drugs], regions=[region])
    article(title="Signalen 2", article_type="onderzoek", themes=[drugs])
    article(title="Signalen 3", article_type="onderzoek")
    publish(
        ToolkitPageFactory(
            parent=toolkit_index, title="Signalen toolkit", audiences=[audience], themes=[drugs]
        )
    )

    response = client.get("/zoeken/?q=signalen")
    assert facet_counts(response, "soort") == {"onderzoek": 2, "nieuws": 1, "toolkit": 1}
    assert facet_counts(response, "thema") == {"drugs": 3}
    assert facet_counts(response, "regio") == {"zwb": 1}
    assert facet_counts(response, "doelgroep") == {"gemeenten": 1}
    assert str(timezone.now().year) in facet_counts(response, "jaar")

    # Choosing one kind keeps the other kinds' counts visible (post_filter) ...
    response = client.get("/zoeken/?q=signalen&soort=onderzoek")
    assert summary_line(response).startswith("2 resultaten")
    assert facet_counts(response, "soort") == {"onderzoek": 2, "nieuws": 1, "toolkit": 1}
    assert facet_counts(response, "thema") == {"drugs": 1}
    # ... a second kind widens (OR within a facet) ...
    response = client.get("/zoeken/?q=signalen&soort=onderzoek&soort=toolkit")
    assert summary_line(response).startswith("3 resultaten")
    # ... another facet narrows (AND between facets), and the state is in the URL.
    response = client.get("/zoeken/?q=signalen&soort=onderzoek&soort=toolkit&thema=drugs")
    assert sorted(result_titles(response)) == ["Signalen 2", "Signalen toolkit"]
    html = response.content.decode()
    assert 'value="onderzoek" checked' in html and 'value="drugs" checked' in html
    assert 'href="?q=signalen">Wis filters' in html


# -- result cards ---------------------------------------------------------------------------
def test_card_shows_type_highlight_themes_date_and_escapes_html(search_index, article, client):
    theme = ThemeFactory(name="Witwassen", slug="witwassen")
    article(
        title="Witwassen <script>alert(1)</script>",
        article_type="onderzoek",
        summary="Hoe <b>criminelen</b> geld witwassen.",
        themes=[theme],
    )
    html = client.get("/zoeken/?q=witwassen").content.decode()
    card = html[html.index('<li class="card search-result">') :]
    assert '<span class="label">Onderzoek</span>' in card
    assert "<mark>Witwassen</mark> &lt;script&gt;" in card
    assert "<script>alert" not in html
    assert "Hoe &lt;b&gt;criminelen&lt;&#x2F;b&gt; geld <mark>witwassen</mark>." in card
    assert '<a class="tag" href="/themas/witwassen/">Witwassen</a>' in card
    assert "<time datetime=" in card


def test_event_card_shows_the_event_date(search_index, agenda, publish, client):
    from django.utils.dateformat import format as date_format

    start = timezone.now() + dt.timedelta(days=10)
    publish(EventPageFactory(parent=agenda, title="Webinar ondermijningsbeeld", start=start))
    html = client.get("/zoeken/?q=webinar").content.decode()
    assert '<span class="label">Evenement</span>' in html
    # A valid HTML date: whole seconds (the Nu HTML Checker refuses microseconds).
    machine = date_format(timezone.localtime(start), r"Y-m-d\TH:i:sO")
    assert f'<time datetime="{machine}">' in html


def test_did_you_mean_for_a_misspelled_query(search_index, article, client):
    article(title="Arbeidsuitbuiting van seizoenswerkers")
    html = client.get("/zoeken/?q=seizoenswerkrs").content.decode()
    assert 'Bedoelde u: <a href="?q=seizoenswerkers">seizoenswerkers</a>' in html
    assert "Bedoelde u" not in client.get("/zoeken/?q=seizoenswerkers").content.decode()


# -- sorting and paging ---------------------------------------------------------------------
def test_sort_newest_and_upcoming_events(
    search_index, article, agenda, publish, client, apply_on_commit
):
    older = article(title="Ondermijning oud")
    newer = article(title="Ondermijning nieuw")
    type(older).objects.filter(pk=older.pk).update(
        first_published_at=timezone.now() - dt.timedelta(days=400)
    )
    from search.indexing import enqueue

    with apply_on_commit():
        enqueue([older.pk], "test")
    now = timezone.now()
    later = publish(
        EventPageFactory(
            parent=agenda, title="Ondermijning later", start=now + dt.timedelta(days=40)
        )
    )
    sooner = publish(
        EventPageFactory(
            parent=agenda, title="Ondermijning binnenkort", start=now + dt.timedelta(days=3)
        )
    )
    publish(
        EventPageFactory(
            parent=agenda, title="Ondermijning voorbij", start=now - dt.timedelta(days=3)
        )
    )
    titles = result_titles(client.get("/zoeken/?q=ondermijning&sorteer=nieuwste"))
    assert titles.index(newer.title) < titles.index(older.title)
    assert result_titles(client.get("/zoeken/?q=ondermijning&sorteer=eerstvolgende")) == [
        sooner.title,
        later.title,
    ]


def test_paging_keeps_query_and_filters_and_clamps_out_of_range(
    search_index, knowledge_index, client
):
    for n in range(23):
        ArticlePageFactory(
            parent=knowledge_index, title=f"Weerbaarheid {n}"
        ).save_revision().publish()
    from search.indexing import rebuild

    rebuild()
    first = client.get("/zoeken/?q=weerbaarheid&soort=nieuws")
    assert len(result_titles(first)) == 10
    html = first.content.decode()
    assert 'href="?q=weerbaarheid&amp;soort=nieuws&amp;pagina=2"' in html
    third = client.get("/zoeken/?q=weerbaarheid&soort=nieuws&pagina=3")
    assert len(result_titles(third)) == 3
    beyond = client.get("/zoeken/?q=weerbaarheid&soort=nieuws&pagina=999")
    assert beyond.status_code == 200 and len(result_titles(beyond)) == 3
    assert 'value="weerbaarheid"' in beyond.content.decode()  # the query stays in the box


# -- permissions ------------------------------------------------------------------------------
@pytest.fixture
def pages_to_restrict(search_index, article):
    """A page for members and one for the Redacteur group, each with a unique word in the
    body, and a public page; all three public until `restrict` runs."""
    members = article(
        title="Vertrouwelijk: zwartgeldcarrousel in beeld",
        body=[("text", "<p>De zwartgeldcarrousel loopt via drie bv's.</p>")],
        themes=[ThemeFactory(name="Geheim thema", slug="geheim-thema")],
    )
    editors = article(title="Redactie-notitie", body=[("text", "<p>Het woord kwartelkoning.</p>")])
    public = article(title="Openbaar stuk over witwassen")
    return {"members": members, "editors": editors, "public": public}


def restrict(pages, apply_on_commit) -> None:
    """Restrict the pages as an editor does, the outbox applied after the commit."""
    with apply_on_commit():
        restrict_to_members(pages["members"])
        restrict_to_members(pages["editors"], group_names=[roles.REDACTEUR])


@pytest.fixture
def private_pages(pages_to_restrict, apply_on_commit):
    restrict(pages_to_restrict, apply_on_commit)
    return pages_to_restrict


def suggested_titles(client, query: str) -> list[str]:
    response = client.get("/zoeken/suggesties/", {"q": query})
    return [s["title"] for s in response.json()["suggestions"]]


def test_private_page_never_leaks_to_a_visitor(pages_to_restrict, apply_on_commit, client):
    """While public, a visitor finds both pages by their words, counts and facets (so the
    searches below could find them); once restricted, nothing of them is left."""
    pages = pages_to_restrict
    traces = {  # what would give each page away, beyond the words a visitor typed
        "members": (pages["members"].url, "loopt via drie bv", "zwartgeldcarrousel"),
        "editors": (pages["editors"].url, "Redactie-notitie", "kwartelkoning"),
    }
    before = client.get("/zoeken/?q=zwartgeldcarrousel")
    assert result_titles(before) == [pages["members"].title]
    assert all(trace in before.content.decode() for trace in traces["members"])
    assert summary_line(before).startswith("1 resultaat")
    assert facet_counts(before, "thema") == {"geheim-thema": 1}
    found_by_editors_word = client.get("/zoeken/?q=kwartelkoning")
    assert result_titles(found_by_editors_word) == [pages["editors"].title]
    assert all(trace in found_by_editors_word.content.decode() for trace in traces["editors"])
    assert result_titles(client.get("/zoeken/?q=vertrouwelijk")) == [pages["members"].title]
    everything = client.get("/zoeken/?q=samenvatting")  # the summary all three share
    assert summary_line(everything).startswith("3 resultaten")
    assert facet_counts(everything, "thema") == {"geheim-thema": 1}
    assert suggested_titles(client, "vertrouw") == [pages["members"].title]
    assert "Bedoelde u" in client.get("/zoeken/?q=zwartgeldcarousel").content.decode()

    restrict(pages, apply_on_commit)

    for query in ("zwartgeldcarrousel", "vertrouwelijk", "kwartelkoning"):
        response = client.get(f"/zoeken/?q={query}")
        assert result_titles(response) == []
        assert summary_line(response).startswith("0 resultaten")
        html = response.content.decode().replace(query, "")  # the page echoes the query
        for trace in (*traces["members"], *traces["editors"], "geheim-thema", "Geheim thema"):
            if trace != query:
                assert trace.replace(query, "") not in html, (query, trace)
    everything = client.get("/zoeken/?q=samenvatting")
    assert result_titles(everything) == [pages["public"].title]
    assert summary_line(everything).startswith("1 resultaat")
    assert facet_counts(everything, "thema") == {}
    # Misspelled: no did-you-mean towards the private word; autocomplete sees public only.
    assert "Bedoelde u" not in client.get("/zoeken/?q=zwartgeldcarousel").content.decode()
    assert suggested_titles(client, "vertrouw") == []


def test_member_finds_members_only_page_with_badge(private_pages, client):
    member = UserFactory(roles=[roles.LID])
    client.force_login(member)
    response = client.get("/zoeken/?q=zwartgeldcarrousel")
    assert result_titles(response) == [private_pages["members"].title]
    html = response.content.decode()
    assert "alleen voor leden" in html and "<mark>zwartgeldcarrousel</mark>" in html
    assert facet_counts(response, "thema") == {"geheim-thema": 1}
    suggestions = client.get("/zoeken/suggesties/?q=vertrouw").json()["suggestions"]
    assert [s["title"] for s in suggestions] == [private_pages["members"].title]
    # A page for the Redacteur group only stays hidden from a Lid ...
    assert result_titles(client.get("/zoeken/?q=kwartelkoning")) == []
    # ... and is found by an editor.
    editor = UserFactory(roles=[roles.REDACTEUR])
    client.force_login(editor)  # without the MFA step the editor counts as a member ...
    assert result_titles(client.get("/zoeken/?q=kwartelkoning")) == []
    login_with_mfa(client, editor)  # ... and after it as an editor
    assert result_titles(client.get("/zoeken/?q=kwartelkoning")) == ["Redactie-notitie"]


def test_logged_in_users_restriction_means_approved_members(
    search_index, article, client, apply_on_commit, member
):
    """Wagtail's "logged-in users" restriction admits approved members only (access/policy.py):
    an account awaiting approval finds neither page, a member finds both."""
    login_only = article(title="Voor ingelogde gebruikers: uilenbal")
    members_only = article(title="Voor leden: uilenbal")
    with apply_on_commit():
        PageViewRestriction.objects.create(
            page=login_only, restriction_type=PageViewRestriction.LOGIN
        )
        restrict_to_members(members_only)
    assert result_titles(client.get("/zoeken/?q=uilenbal")) == []
    client.force_login(UserFactory())  # no role (e.g. awaiting approval)
    assert result_titles(client.get("/zoeken/?q=uilenbal")) == []
    client.force_login(member)
    assert sorted(result_titles(client.get("/zoeken/?q=uilenbal"))) == sorted(
        [login_only.title, members_only.title]
    )


def test_password_protected_pages_never_appear(
    search_index, article, client, apply_on_commit, admin_user
):
    page = article(title="Wachtwoord: grutto")
    with apply_on_commit():
        PageViewRestriction.objects.create(
            page=page, password="geheim", restriction_type=PageViewRestriction.PASSWORD
        )
    login_with_mfa(client, admin_user)  # not even a superuser after the MFA step
    assert result_titles(client.get("/zoeken/?q=grutto")) == []


def test_privacy_change_not_yet_in_the_index_never_shows_in_hits_or_counts(
    search_index, article, client, apply_on_commit
):
    """Between a privacy change and the worker re-indexing the page, the index still says
    "public". The page is left out of the engine query itself, so not even a count, a facet
    or a suggestion gives it away; once the worker has applied the change, members find it."""
    theme = ThemeFactory(name="Vogels", slug="vogels")
    page = article(title="Net afgeschermd: roerdomp", themes=[theme])
    article(title="Openbaar: roerdomp en lepelaar")
    restrict_to_members(page)  # no on_commit yet: the index still says "public"

    response = client.get("/zoeken/?q=roerdomp")
    assert result_titles(response) == ["Openbaar: roerdomp en lepelaar"]
    assert summary_line(response).startswith("1 resultaat")
    assert facet_counts(response, "thema") == {}
    assert [
        s["title"] for s in client.get("/zoeken/suggesties/?q=net afg").json()["suggestions"]
    ] == []
    member = UserFactory(roles=[roles.LID])
    client.force_login(member)  # members wait for the worker too: it takes seconds
    assert result_titles(client.get("/zoeken/?q=afgeschermd")) == []

    from search.indexing import drain_all

    with apply_on_commit():
        drain_all()
    assert result_titles(client.get("/zoeken/?q=afgeschermd")) == [page.title]
    client.logout()
    assert result_titles(client.get("/zoeken/?q=afgeschermd")) == []


def test_a_privacy_change_is_searchable_before_its_outbox_row_counts_as_done(
    search_index, article, client, apply_on_commit, settings
):
    """Production does not refresh on every write: a visibility change is written with
    refresh=wait_for, so once its row is done (and the page no longer excluded) searches
    already see the new visibility."""
    from search.indexing import drain_all

    page = article(title="Snel afgeschermd: grauwe gors")
    settings.SEARCH_REFRESH_ON_WRITE = False
    from search.engines import index_alias

    [index] = search_index.alias_targets(index_alias())
    search_index.update_settings(index, {"refresh_interval": "5s"})  # no refresh meanwhile
    restrict_to_members(page)
    with apply_on_commit():
        drain_all()
    response = client.get("/zoeken/?q=gors")
    assert summary_line(response).startswith("0 resultaten")


def test_unpublished_page_not_yet_removed_from_the_index_is_not_counted(
    search_index, article, client
):
    article(title="Kwelder en slikken")
    gone = article(title="Kwelder verdwenen")
    gone.unpublish()  # the outbox row waits for the worker
    response = client.get("/zoeken/?q=kwelder")
    assert result_titles(response) == ["Kwelder en slikken"]
    assert summary_line(response).startswith("1 resultaat")


def test_a_huge_backlog_of_privacy_changes_uses_the_database(
    search_index, article, client, monkeypatch
):
    from search import queries

    page = article(title="Grote achterstand: wulp")
    monkeypatch.setattr(queries, "MAX_IN_FLUX", 0)
    restrict_to_members(page)
    response = client.get("/zoeken/?q=wulp")
    assert result_titles(response) == []
    assert "De zoekmachine wordt bijgewerkt" in response.content.decode()


# -- promotions and analytics -----------------------------------------------------------------
def test_promoted_results_for_a_query_respect_permissions(search_index, article, client):
    public = article(title="Bibob-handreiking")
    private = article(title="Interne Bibob-notitie")
    restrict_to_members(private)
    query = Query.get("bibob")
    SearchPromotion.objects.create(
        query=query, page=public, description="Begin hier.", sort_order=0
    )
    SearchPromotion.objects.create(query=query, page=private, sort_order=1)
    html = client.get("/zoeken/?q=Bibob").content.decode()
    promo = html[
        html.index("search-promotions") : html.index("</ul>", html.index("search-promotions"))
    ]
    assert "Bibob-handreiking" in promo and "Begin hier." in promo
    assert "Interne Bibob-notitie" not in promo


def test_a_new_promotion_shows_at_once_and_other_queries_do_not_ask_for_one(
    search_index, article, client
):
    """Which queries have editors' picks is cached (search.service.promoted_queries): a query
    without picks costs no promotion query, and a pick added in the admin clears the cache."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = article(title="Bibob-handreiking")
    client.get("/zoeken/?q=Bibob")  # caches "no query has picks"
    with CaptureQueriesContext(connection) as asked:
        client.get("/zoeken/?q=Bibob")
    assert not [q for q in asked.captured_queries if "searchpromotion" in q["sql"]]

    SearchPromotion.objects.create(query=Query.get("bibob"), page=page, description="Begin hier.")

    assert "Begin hier." in client.get("/zoeken/?q=Bibob").content.decode()


def test_every_query_is_logged_anonymised(search_index, article, client):
    article(title="Horecavergunning")
    member = UserFactory(roles=[roles.LID])
    client.force_login(member)
    client.get("/zoeken/?q=Horecavergunning")
    client.get("/zoeken/?q=jan.jansen@example.org 0612345678")
    client.get("/zoeken/?q=Horecavergunning&pagina=2")  # paging is not a new query
    rows = list(QueryLog.objects.order_by("pk").values("query", "hits", "backend", "day"))
    assert [(r["query"], r["hits"], r["backend"]) for r in rows] == [
        ("horecavergunning", 1, "engine"),
        ("[e-mail] [nummer]", 0, "engine"),
    ]
    field_names = {f.name for f in QueryLog._meta.get_fields()}
    # Nothing about the user; `relaxed` says only whether all words together found nothing.
    assert field_names == {"id", "day", "query", "hits", "relaxed", "backend"}


# -- bad input and degradation ------------------------------------------------------------------
@pytest.mark.parametrize(
    "querystring",
    [
        "q=",
        "q=" + "drugs " * 1700,
        "q=de het een",
        'q=" * : (',
        "q=ondermijning&thema=bestaat-niet&soort=%3Cx%3E&jaar=abcd&regio=",
        "q=ondermijning&pagina=99999",
        "q=ondermijning&pagina=-3",
        "q=ondermijning&pagina=x",
        "q=ondermijning&sorteer=willekeurig",
        "q=%ff%fe",
        "q=" + "(" * 300,
        "q=a~2 OR b^5 AND title:x [1 TO 5] \\",
    ],
)
def test_bad_input_gives_a_sensible_page(search_index, article, client, querystring):
    article(title="Ondermijning in de praktijk")
    response = client.get("/zoeken/?" + querystring)
    assert response.status_code == 200
    html = response.content.decode().lower()
    for leak in (
        "exception",
        "traceback",
        "search_phase_execution",
        "parsing_exception",
        "opensearch",
        "elasticsearch",
        "lucene",
    ):
        assert leak not in html


def test_nul_character_is_refused_with_a_clear_4xx(search_index, client):
    response = client.get("/zoeken/?q=drugs%00")
    assert response.status_code == 400  # the platform's middleware, with a Dutch message


def test_bad_input_messages(search_index, article, client):
    article(title="Ondermijning in de praktijk")
    html = client.get("/zoeken/?q=de het een").content.decode()
    assert "alleen uit veelvoorkomende woorden" in html
    html = client.get("/zoeken/?q=" + "ondermijning " * 900).content.decode()
    assert "ingekort" in html
    assert len(re.search(r'id="search-q"[^>]*value="([^"]*)"', html).group(1)) <= 200
    html = client.get("/zoeken/?q=ondermijning&thema=bestaat-niet").content.decode()
    assert "onbekende filters zijn genegeerd" in html
    assert result_titles(client.get('/zoeken/?q=" * : ( ondermijning')) == [
        "Ondermijning in de praktijk"
    ]


def test_unreachable_engine_falls_back_to_the_database_within_two_seconds(
    search_index, article, client, settings
):
    article(title="Drugslab in een schuur")
    hanging = socket.socket()
    hanging.bind(("127.0.0.1", 0))
    hanging.listen(8)  # accepts connections and never answers: the worst kind of outage
    settings.SEARCH_ENGINE_URL = f"http://127.0.0.1:{hanging.getsockname()[1]}"
    try:
        started = time.monotonic()
        response = client.get("/zoeken/?q=drugslab")
        first = time.monotonic() - started
        started = time.monotonic()
        again = client.get("/zoeken/?q=drugslab")
        second = time.monotonic() - started
    finally:
        hanging.close()
    assert response.status_code == 200 and first < 2.0
    assert second < 0.5  # the circuit breaker skips the engine for a while
    html = response.content.decode()
    assert "De zoekmachine is tijdelijk niet bereikbaar" in html
    assert result_titles(response) == ["Drugslab in een schuur"]
    assert result_titles(again) == ["Drugslab in een schuur"]
    assert QueryLog.objects.filter(backend="database").count() == 2


def test_engine_error_never_shows_and_falls_back(search_index, article, client, monkeypatch):
    article(title="Drugslab in een schuur")
    from search import service
    from search.engines import EngineError

    def broken(*args, **kwargs):
        raise EngineError("[parsing_exception] something the user must not see", status=400)

    monkeypatch.setattr(service, "engine_search", broken)
    response = client.get("/zoeken/?q=drugslab")
    assert response.status_code == 200
    assert "parsing_exception" not in response.content.decode()
    assert result_titles(response) == ["Drugslab in een schuur"]


# -- bounded SQL ----------------------------------------------------------------------------
@pytest.mark.parametrize("as_member", [False, True])
def test_search_request_runs_a_bounded_number_of_queries(
    search_index,
    knowledge_index,
    toolkit_index,
    agenda,
    client,
    django_assert_max_num_queries,
    as_member,
):
    theme = ThemeFactory(name="Ondermijning algemeen", slug="ondermijning-algemeen")
    for n in range(8):
        ArticlePageFactory(parent=knowledge_index, title=f"Netwerk {n}", themes=[theme])
        ToolkitPageFactory(parent=toolkit_index, title=f"Netwerk toolkit {n}", themes=[theme])
        EventPageFactory(parent=agenda, title=f"Netwerk webinar {n}", themes=[theme])
    restrict_to_members(ArticlePageFactory(parent=knowledge_index, title="Netwerk besloten"))
    from search.indexing import rebuild

    rebuild()
    if as_member:
        client.force_login(UserFactory(roles=[roles.LID]))
    client.get("/zoeken/?q=netwerk")  # warm the per-process caches (site root paths, labels)
    with django_assert_max_num_queries(12):
        response = client.get("/zoeken/?q=netwerk")
    assert len(result_titles(response)) == 10
    with django_assert_max_num_queries(6):
        assert client.get("/zoeken/suggesties/?q=netw").status_code == 200


# -- autocomplete -----------------------------------------------------------------------------
def test_autocomplete_returns_titles_as_json(search_index, article, agenda, publish, client):
    article(title="Arbeidsmigranten beschermen")
    article(title="Arbeidsuitbuiting herkennen")
    publish(EventPageFactory(parent=agenda, title="Arbeidsmarkt en ondermijning"))
    data = client.get("/zoeken/suggesties/?q=arbeidsm").json()
    assert data["backend"] == "engine"
    titles = [s["title"] for s in data["suggestions"]]
    assert set(titles) == {"Arbeidsmigranten beschermen", "Arbeidsmarkt en ondermijning"}
    assert all(s["url"].startswith("/") and s["type"] for s in data["suggestions"])
    assert client.get("/zoeken/suggesties/?q=a").json()["suggestions"] == []
    assert client.get("/zoeken/suggesties/?q=" + "x" * 5000).status_code == 200


def test_group_membership_is_read_per_request(private_pages, client):
    """Joining a group shows its pages at once: permissions are not baked into the index."""
    user = UserFactory()
    client.force_login(user)
    assert result_titles(client.get("/zoeken/?q=zwartgeldcarrousel")) == []
    user.groups.add(Group.objects.get(name=roles.LID))
    assert len(result_titles(client.get("/zoeken/?q=zwartgeldcarrousel"))) == 1
