"""Knowledge pages cost a bounded number of queries (docs/product.md: at most 12 per page
view), for a visitor, a signed-in member and an editor with Wagtail's user bar, whatever the
number of articles, toolkits, themes, restrictions and attachments on the page."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from config.demo.documents import make_pdf
from knowledge.models import ChangeNote, ToolkitMaterial

from ..factories import (
    ArticlePageFactory,
    AudienceFactory,
    EventPageFactory,
    RegionFactory,
    ThemeFactory,
    ToolkitPageFactory,
)
from ..helpers import login_with_mfa, restrict_to_members
from ..production_cache import (  # noqa: F401 - fixtures
    production_cache_kind,
    production_caches,
    production_redis_caches,
)

MAX_QUERIES = 12


def _document(title: str):
    document = get_document_model()(title=title)
    document.file.save(
        f"{title}.pdf", ContentFile(make_pdf(title, ["Tekst van de bijlage."])), save=False
    )
    document.save()
    return document


@pytest.fixture
def knowledge(site_pages):
    """Twenty-five of everything, tagged alike, some members-only; one article and one toolkit
    carry attachments and change notes."""
    main = ThemeFactory(name="Drugscriminaliteit", slug="drugscriminaliteit")
    themes = [
        main,
        ThemeFactory(name="Synthetische drugs", slug="synthetische-drugs", parent=main),
        ThemeFactory(name="Witwassen", slug="witwassen"),
    ]
    regions = [RegionFactory(), RegionFactory()]
    audiences = [AudienceFactory(), AudienceFactory()]
    tags = {"themes": themes, "regions": regions, "audiences": audiences}
    for n in range(25):
        article = ArticlePageFactory(parent=site_pages["kennisbank"], title=f"Artikel {n}", **tags)
        toolkit = ToolkitPageFactory(parent=site_pages["toolkits"], title=f"Toolkit {n}", **tags)
        EventPageFactory(parent=site_pages["agenda"], title=f"Webinar {n}", themes=themes)
        if n % 5 == 0:
            restrict_to_members(article)
            restrict_to_members(toolkit)
    documents = [_document(f"Bijlage {n}") for n in range(3)]
    article = ArticlePageFactory(
        parent=site_pages["kennisbank"],
        title="Artikel met bijlagen",
        body=[("text", "<p>Inleiding.</p>")]
        + [("document", {"document": d, "title": d.title}) for d in documents],
        **tags,
    )
    toolkit = ToolkitPageFactory(
        parent=site_pages["toolkits"], title="Toolkit met materiaal", **tags
    )
    for page in (article, toolkit):
        for n in range(3):
            ChangeNote.objects.create(page=page, note=f"Wijziging {n}")
    for document in documents:
        ToolkitMaterial.objects.create(page=toolkit, document=document, language="Pools")
    return {"article": article, "toolkit": toolkit}


PAGES = {
    "home": lambda k: "/",
    "article": lambda k: k["article"].url,
    "toolkit": lambda k: k["toolkit"].url,
    "kennisbank": lambda k: "/kennisbank/",
    "kennisbank_filtered": lambda k: "/kennisbank/?thema=drugscriminaliteit&pagina=2",
    "toolkits": lambda k: "/toolkits/",
    "themes": lambda k: "/themas/",
    "theme_hub": lambda k: "/themas/drugscriminaliteit/",
    "theme_hub_region": lambda k: "/themas/drugscriminaliteit/?regio=riec-regio-0",
}


@pytest.fixture(params=["visitor", "member", "editor"])
def reader(request, client):
    """A visitor, a member, or an editor (who gets Wagtail's user bar on every page; signed in
    with the authenticator step, as staff are for staff rights)."""
    if request.param == "editor":
        login_with_mfa(client, request.getfixturevalue("editor"))
    elif request.param != "visitor":
        client.force_login(request.getfixturevalue(request.param))
    return request.param


@pytest.mark.parametrize("page", list(PAGES))
def test_knowledge_page_views_run_at_most_twelve_queries(
    client, knowledge, reader, page, django_assert_max_num_queries
):
    url = PAGES[page](knowledge)
    client.get(url)  # warm the site and taxonomy caches, as any earlier visitor has
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert ("userbar" in response.content.decode()) == (reader == "editor")


def test_members_only_article_runs_at_most_twelve_queries(
    client, knowledge, member, django_assert_max_num_queries
):
    """The restriction check costs a query only on pages that are restricted: here, for the
    visitor's teaser and for the member who may read it."""
    url = ArticlePageFactory._meta.model.objects.get(title="Artikel 5").url
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(url).status_code == 403
    client.force_login(member)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(url).status_code == 200


def test_public_article_costs_no_restriction_query(client, knowledge, django_assert_num_queries):
    """Routing finds the page and its ancestors in one query that also says whether any of them
    is restricted: site lookup, breadcrumbs and view restrictions cost nothing more."""
    url = knowledge["article"].url
    client.get(url)
    with django_assert_num_queries(6) as queries:
        client.get(url)
    sql = [query["sql"] for query in queries.captured_queries]
    assert not [q for q in sql if q.startswith('SELECT "wagtailcore_site"')]
    assert not [q for q in sql if q.startswith('SELECT "wagtailcore_pageviewrestriction"')]


@pytest.mark.parametrize("page", list(PAGES))
def test_knowledge_page_views_run_at_most_twelve_queries_with_the_production_caches(
    client,
    knowledge,
    reader,
    page,
    production_cache_kind,  # noqa: F811 - the fixture imported above
    django_assert_max_num_queries,
):
    """The same bound with production's caches. With the database cache every cache read is a
    query: the sites, Wagtail's site root paths, the taxonomy and the restricted paths are read
    once per request, in one query whatever their cache versions (config.cache.RequestMemoMixin),
    and staff's user bar finds Wagtail's user profile loaded with the user
    (members.backends.UserWithProfileMixin). With Redis no cache read is a query."""
    url = PAGES[page](knowledge)
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES) as queries:
        response = client.get(url)
    assert response.status_code == 200
    cache_reads = [q["sql"] for q in queries.captured_queries if 'FROM "cache"' in q["sql"]]
    assert len(cache_reads) == (1 if production_cache_kind == "database" else 0), cache_reads


@pytest.mark.usefixtures("production_caches")
def test_a_listing_reads_the_taxonomy_once_per_request(
    client, knowledge, django_assert_max_num_queries
):
    """A filtered listing names the themes of twenty cards from the taxonomy: one read of
    its cache key per request (it was 21), and the next request reads it again."""
    url = "/kennisbank/?thema=drugscriminaliteit"
    client.get(url)
    for _ in range(2):
        with django_assert_max_num_queries(MAX_QUERIES) as queries:
            assert client.get(url).status_code == 200
        taxonomy_reads = [
            q["sql"] for q in queries.captured_queries if "knowledge:taxonomy" in q["sql"]
        ]
        assert len(taxonomy_reads) == 1, taxonomy_reads


@pytest.mark.usefixtures("production_redis_caches")
def test_on_redis_a_listing_reads_the_taxonomy_once_per_request(client, knowledge, monkeypatch):
    """The per-request memo of config.cache.MemoRedisCache on a real Redis: twenty cards name
    their themes from the taxonomy key, which costs one round trip per request."""
    from django.core.cache import caches

    redis_client = caches["default"]._cache  # Django's RedisCacheClient: every round trip
    reads: list[str] = []
    for method in ("get", "get_many"):
        original = getattr(redis_client, method)

        def counting(keys, *args, _original=original, **kwargs):
            reads.extend([keys] if isinstance(keys, str) else keys)
            return _original(keys, *args, **kwargs)

        monkeypatch.setattr(redis_client, method, counting)
    url = "/kennisbank/?thema=drugscriminaliteit"
    client.get(url)
    for _ in range(2):
        reads.clear()
        assert client.get(url).status_code == 200
        assert len([key for key in reads if "knowledge:taxonomy" in key]) == 1, reads


@pytest.mark.usefixtures("production_caches")
def test_a_taxonomy_change_shows_in_the_next_request(client, knowledge):
    from knowledge.taxonomy import Theme

    client.get("/kennisbank/")
    Theme.objects.filter(slug="witwassen").update(name="Witwassen en fraude")
    from knowledge.taxonomy import clear_taxonomy_cache

    clear_taxonomy_cache()  # as the theme's post_save does
    assert "Witwassen en fraude" in client.get("/kennisbank/").content.decode()
