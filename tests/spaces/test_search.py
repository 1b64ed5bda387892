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


def test_without_all_words_it_says_so_names_the_words_left_out_and_shows_items_with_some(
    client, table
):
    client.force_login(table.users["participant"])
    html = search(client, table, "amberberichtwoord onbestaandwoord").content.decode()
    assert "Geen resultaten met alle woorden. Resultaten met een deel van de woorden:" in html
    assert "Bericht TLP:AMBER</a>" in html
    assert (
        'Gezocht op: <span class="word">amberberichtwoord</span> '
        '<del class="word">onbestaandwoord</del>' in html
    )
    assert '<p class="left-out">Niet gevonden: onbestaandwoord</p>' in html


def test_a_word_only_an_item_the_searcher_may_not_open_has_counts_as_left_out(client, table):
    """Piet (Politie) may not open the RED update: its word is 'not found' for him, as if the
    item were not there."""
    client.force_login(table.users["participant"])
    html = search(client, table, "amberberichtwoord redberichtwoord").content.decode()
    assert "Bericht TLP:RED" not in html
    assert '<p class="left-out">Niet gevonden: redberichtwoord</p>' in html
    client.force_login(table.users["other_org"])  # Fenna is named on the RED update
    html = search(client, table, "clearberichtwoord redberichtwoord").content.decode()
    assert "Bericht TLP:RED</a>" in html and "Niet gevonden" not in html


def test_words_found_only_in_comments_and_file_names_are_not_left_out(client, table):
    piet = table.users["participant"]
    services.add_comment(update=table.updates[Label.AMBER], author=piet, body="Over Moerdijk.")
    client.force_login(piet)
    html = search(client, table, "moerdijk bestand-green onbestaandwoord").content.decode()
    assert '<p class="left-out">Niet gevonden: onbestaandwoord</p>' in html


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


# -- "Zoeken in": the scope on /zoeken/ ----------------------------------------------------
SCOPE = '<label for="search-tafel">Zoeken in</label>'


def test_a_participant_chooses_between_the_platform_and_their_tables(client, table):
    client.force_login(table.users["participant"])
    html = client.get("/zoeken/", {"q": "berichtwoord"}).content.decode()
    assert SCOPE in html
    assert '<select id="search-tafel" name="tafel" form="search-form">' in html
    assert '<option value="">het hele kennisplatform</option>' in html
    assert '<option value="synthetische-drugs">Fenomeentafel synthetische drugs</option>' in html
    assert 'value="logistiek"' not in html  # not their table
    # The line that links to the tables stays.
    assert "Zoek erin:" in html
    # Also before a search, on the empty search page.
    assert SCOPE in client.get("/zoeken/").content.decode()


def test_choosing_a_table_searches_inside_it_with_the_same_words(client, table):
    client.force_login(table.users["participant"])
    response = client.get("/zoeken/", {"q": "amberberichtwoord", "tafel": "synthetische-drugs"})
    assert response.status_code == 302
    assert response["Location"] == "/tafels/synthetische-drugs/zoeken/?q=amberberichtwoord"
    html = client.get(response["Location"]).content.decode()
    assert "Bericht TLP:AMBER</a>" in html


def test_choosing_the_whole_platform_stays_on_the_platform_search(client, table):
    client.force_login(table.users["participant"])
    response = client.get("/zoeken/", {"q": "berichtwoord", "tafel": ""})
    assert response.status_code == 200
    assert "Bericht TLP:AMBER" not in response.content.decode()


@pytest.mark.parametrize("role", ["other_table", "no_table"])
def test_an_outsider_sending_the_table_gets_the_404_of_a_table_that_does_not_exist(
    client, table, role
):
    client.force_login(table.users[role])
    html = client.get("/zoeken/", {"q": "berichtwoord"}).content.decode()
    assert 'value="synthetische-drugs"' not in html
    assert (SCOPE in html) is (role == "other_table")  # Lotte chooses among her own table
    real = client.get(
        "/zoeken/", {"q": "amberberichtwoord", "tafel": "synthetische-drugs"}, follow=True
    )
    made_up = client.get(
        "/zoeken/", {"q": "amberberichtwoord", "tafel": "bestaat-niet"}, follow=True
    )
    assert real.status_code == made_up.status_code == 404
    for response in (real, made_up):
        text = response.content.decode()
        assert "amberberichtwoord" not in text and "Bericht TLP" not in text
        assert "Fenomeentafel synthetische drugs" not in text


def test_a_visitor_sending_the_table_is_asked_to_log_in_and_sees_nothing_of_it(client, table):
    html = client.get("/zoeken/", {"q": "berichtwoord"}).content.decode()
    assert SCOPE not in html
    response = client.get("/zoeken/", {"q": "amberberichtwoord", "tafel": "synthetische-drugs"})
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    login = client.get(response["Location"]).content.decode()
    assert "Bericht TLP" not in login


def test_a_table_value_that_is_no_slug_is_ignored(client, table):
    client.force_login(table.users["participant"])
    response = client.get("/zoeken/", {"q": "berichtwoord", "tafel": "../beheer/"})
    assert response.status_code == 200
