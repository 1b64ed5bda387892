"""`seed_bulk` builds a valid page tree fast, for benchmarks."""

from django.core.management import call_command
from django.utils.html import escape

from wagtail.models import Page

from knowledge.models import ArticlePage


def test_bulk_pages_form_a_valid_routable_tree(client, site_pages):
    call_command("seed_bulk", pages=60, verbosity=0)
    assert Page.find_problems() == ([], [], [], [], [])
    assert ArticlePage.objects.live().count() == 42
    article = ArticlePage.objects.live().exclude(title="").last()
    response = client.get(article.url)
    assert response.status_code in (200, 403)  # 403: a members-only teaser
    assert f"<h1>{escape(article.title)}</h1>" in response.content.decode()
    assert client.get("/kennisbank/?pagina=2").status_code == 200
