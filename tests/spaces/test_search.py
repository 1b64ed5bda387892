"""Participants search inside their table (spaces.selectors.search_items, /tafels/<slug>/
zoeken/): updates with their comments, library files and meetings, each hit with its label,
and only what the label lets the searcher open; outsiders get nothing, not even the page."""

from __future__ import annotations

from django.urls import reverse

import pytest

from access.labels import Label
from spaces import services

from .conftest import MAY_OPEN

INSIDE = ("participant", "other_org", "coordinator")


def search(client, table, query: str):
    return client.get(reverse("spaces:search", args=[table.space.slug]), {"q": query})


@pytest.mark.parametrize("role", INSIDE)
def test_a_participant_finds_exactly_the_items_their_labels_allow(client, table, role):
    client.force_login(table.users[role])
    html = search(client, table, "berichtwoord").content.decode()
    for label in Label:
        assert (f"Bericht {label.label}</a>" in html) is (role in MAY_OPEN[label]), label
        assert (f"{label.value}berichtwoord" in html) is (role in MAY_OPEN[label]), label
    assert "<mark>" in html  # the matched word is marked in the snippet


def test_each_hit_shows_its_sharing_label_and_files_are_found_by_title(client, table):
    client.force_login(table.users["coordinator"])
    html = search(client, table, "bestand").content.decode()
    assert html.count('<span class="label">Bestand</span>') == len(Label)
    for label in Label:
        assert f'<span class="tlp tlp-{label.value}">{label.label}</span>' in html


def test_comments_are_searched_with_their_update(client, table):
    piet = table.users["participant"]
    services.add_comment(
        update=table.updates[Label.AMBER], author=piet, body="Zie ook de loodsen bij Moerdijk."
    )
    client.force_login(piet)
    html = search(client, table, "moerdijk").content.decode()
    assert "Bericht TLP:AMBER</a>" in html


def test_without_all_words_it_says_so_and_shows_items_with_some(client, table):
    client.force_login(table.users["participant"])
    html = search(client, table, "amberberichtwoord onbestaandwoord").content.decode()
    assert "Geen resultaten met alle woorden" in html
    assert "Bericht TLP:AMBER</a>" in html


def test_nothing_found_offers_the_whole_platform(client, table):
    client.force_login(table.users["participant"])
    html = search(client, table, "onbestaandwoord").content.decode()
    assert "0 resultaten" in html
    assert 'href="/zoeken/?q=onbestaandwoord"' in html


def test_a_too_long_query_gets_a_dutch_400(client, table):
    client.force_login(table.users["participant"])
    response = search(client, table, "drugs " * 50)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Uw zoekvraag is te lang" in html and "<title>Fout:" in html


@pytest.mark.parametrize("role", ["no_table", "other_table"])
def test_outsiders_get_a_404_and_visitors_the_login(client, table, role):
    assert search(client, table, "berichtwoord").status_code == 302
    client.force_login(table.users[role])
    response = search(client, table, "berichtwoord")
    assert response.status_code == 404
    assert "berichtwoord" not in response.content.decode()


def test_a_search_costs_the_same_queries_however_many_items_match(client, table):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    coordinator = table.users["coordinator"]
    client.force_login(coordinator)
    search(client, table, "bestand")  # warm the session and the user's groups

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert search(client, table, "bestand berichtwoord").status_code == 200
        return len(captured)

    before = queries()
    for n in range(5):
        update = services.post_update(
            space=table.space,
            author=coordinator,
            title=f"Nog een bericht {n}",
            body="Weer een berichtwoord.",
            label=Label.AMBER,
        )
        services.add_comment(update=update, author=coordinator, body="Een reactie.")
    assert queries() == before <= 25


def test_the_table_page_has_the_search_box(client, table):
    client.force_login(table.users["participant"])
    html = client.get(table.space.get_absolute_url()).content.decode()
    assert f'action="{reverse("spaces:search", args=[table.space.slug])}"' in html


def test_the_platform_search_points_participants_to_their_tables(client, table):
    client.force_login(table.users["participant"])
    html = client.get("/zoeken/", {"q": "berichtwoord"}).content.decode()
    link = reverse("spaces:search", args=[table.space.slug]) + "?q=berichtwoord"
    assert f'<a href="{link}">Fenomeentafel synthetische drugs</a>' in html
    assert "Fenomeentafel logistieke knooppunten" not in html
    assert "amberberichtwoord" not in html  # the items themselves stay in the table
    client.force_login(table.users["no_table"])
    assert "Zoek erin" not in client.get("/zoeken/", {"q": "berichtwoord"}).content.decode()
