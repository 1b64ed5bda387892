"""Every door of a table shows exactly what the labels allow: its page, items, downloads,
the raw file URL and the mails about new items."""

import io

from django.core import mail
from django.urls import reverse

import pytest
from pypdf import PdfReader

from access.labels import Label
from spaces import services
from spaces.models import Download, Participation

from .conftest import MAY_OPEN, PDF_WORDS, ROLES, pdf_upload


def sign_in(client, table, role):
    if role != "visitor":
        client.force_login(table.users[role])


@pytest.mark.parametrize("role", ROLES)
def test_the_table_page_shows_each_item_to_exactly_its_audience(client, table, role):
    sign_in(client, table, role)
    page = client.get(table.space.get_absolute_url()).content.decode()
    assert "Fenomeentafel synthetische drugs" in page
    assert "Partners delen beelden" in page  # the public face: anyone may know it exists
    assert "Politie" in page  # the coordinator's organisation
    inside = role in ("participant", "other_org", "coordinator")
    for label in Label:
        shown = inside and role in MAY_OPEN[label]
        assert (f"Bericht {label.label}" in page) is shown, (label, role)
        assert (f"Bestand {label.label}" in page) is shown, (label, role)
    assert ("Deelnemers" in page and "Piet Politie" in page) is inside


@pytest.mark.parametrize("role", ROLES)
def test_downloads_pass_the_label(client, table, role):
    sign_in(client, table, role)
    for label, file in table.files.items():
        response = client.get(file.get_download_url())
        if role in MAY_OPEN[label]:
            assert response.status_code == 200, (label, role)
            text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
            assert PDF_WORDS[label] in text  # the file itself, with the label stamped on it
            assert label.label in text
            # AMBER and RED copies say who downloaded them (the fixture's names).
            personal = label not in (Label.CLEAR, Label.GREEN)
            assert table.users[role].get_full_name() in text if personal else True, text
            tag = label.label.replace(":", "-").replace("+", "-")
            assert response["Content-Disposition"] == (
                f'attachment; filename="{tag}_bestand-{label.value}.pdf"'
            )
            cache = response["Cache-Control"]
            assert ("public" in cache) is (label == Label.CLEAR), (label, cache)
        elif role == "visitor":
            assert response.status_code == 302
            assert response["Location"].startswith("/accounts/login/?next=")
        else:
            assert response.status_code == 404, (label, role)


def test_the_stored_file_has_no_url_of_its_own(client, table):
    client.force_login(table.users["coordinator"])
    version = table.files[Label.AMBER].versions.get()
    assert version.upload.url.startswith("/media/spaces/")
    assert client.get(version.upload.url).status_code == 404


def test_amber_and_red_downloads_are_logged_and_shown_to_the_coordinator(client, table):
    client.force_login(table.users["other_org"])
    client.get(table.files[Label.CLEAR].get_download_url())
    client.get(table.files[Label.AMBER].get_download_url())
    client.get(table.files[Label.RED].get_download_url())
    logged = Download.objects.values_list("version__file__label", "user")
    assert sorted(logged) == sorted(
        [(Label.AMBER, table.users["other_org"].pk), (Label.RED, table.users["other_org"].pk)]
    )
    client.force_login(table.users["participant"])
    assert (
        "Fenna Fiod"
        not in client.get(reverse("spaces:manage", args=[table.space.slug])).content.decode()
    )
    client.force_login(table.users["coordinator"])
    manage = client.get(reverse("spaces:manage", args=[table.space.slug])).content.decode()
    assert "Bestand TLP:AMBER" in manage and "Fenna Fiod" in manage


def test_outsiders_cannot_post_or_read_items_by_address(client, table):
    client.force_login(table.users["other_table"])
    space = table.space
    assert client.get(reverse("spaces:update_new", args=[space.slug])).status_code == 404
    response = client.post(
        reverse("spaces:update_new", args=[space.slug]),
        {"title": "Ingeschoven", "body": "x", "label": "amber"},
    )
    assert response.status_code == 404
    assert not space.participations.filter(user=table.users["other_table"]).exists()
    for update in table.updates.values():
        assert client.get(update.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    ("label", "quoted"),
    [(Label.CLEAR, True), (Label.GREEN, True), (Label.AMBER, False), (Label.RED, False)],
)
def test_mails_about_new_items_quote_only_what_the_label_allows(
    table, label, quoted, django_capture_on_commit_callbacks
):
    coco, fenna = table.users["coordinator"], table.users["other_org"]
    audience = {"people": [coco, fenna]} if label == Label.RED else {}
    with django_capture_on_commit_callbacks(execute=True):
        services.post_update(
            space=table.space,
            author=coco,
            title="Nieuw productiebeeld Brabant",
            body="Drie nieuwe dumpingen van vaten bij Tilburg.",
            label=label,
            **audience,
        )
    recipients = sorted(address for message in mail.outbox for address in message.to)
    expected = ["fenna@fiod.nl"] if label == Label.RED else ["fenna@fiod.nl", "piet@politie.nl"]
    assert recipients == expected  # never the author; RED only the named people
    for message in mail.outbox:
        text = message.body + message.alternatives[0][0] + message.subject
        assert ("Drie nieuwe dumpingen" in text) is quoted
        assert ("Nieuw productiebeeld Brabant" in text) is quoted
        assert "Fenomeentafel synthetische drugs" in message.subject


def test_a_participant_who_chose_no_mail_gets_none(table, django_capture_on_commit_callbacks):
    Participation.objects.filter(user=table.users["participant"]).update(notify="never")
    with django_capture_on_commit_callbacks(execute=True):
        services.add_file(
            space=table.space,
            uploaded_by=table.users["coordinator"],
            title="Kaart",
            upload=pdf_upload("kaart.pdf", "kaartwoord"),
            label=Label.AMBER,
        )
    assert [m.to for m in mail.outbox] == [["fenna@fiod.nl"]]


def test_lowering_a_label_needs_a_coordinator_and_a_reason(client, table):
    file = table.files[Label.AMBER]
    url = reverse("spaces:file", args=[table.space.slug, file.pk])
    client.force_login(table.users["participant"])
    response = client.post(url, {"label": "green", "reason": "Mag breder."})
    assert response.status_code == 400
    assert "Alleen coördinatoren en redacteuren" in response.content.decode()
    client.force_login(table.users["coordinator"])
    response = client.post(url, {"label": "green"})
    assert response.status_code == 400
    assert "Geef een reden" in response.content.decode()
    client.post(url, {"label": "green", "reason": "Besproken in het overleg van 1 december."})
    file.refresh_from_db()
    assert file.label == Label.GREEN
    from spaces.models import LabelChange

    change = LabelChange.objects.get(item_id=file.pk)
    assert (change.old, change.new, change.by) == ("amber", "green", table.users["coordinator"])
    assert change.reason == "Besproken in het overleg van 1 december."


@pytest.fixture
def meeting(table, agenda):
    import datetime as dt

    from django.utils import timezone

    from ..factories import EventPageFactory

    event = EventPageFactory(
        parent=agenda,
        title="Tafeloverleg synthetische drugs",
        summary="Vertrouwelijke agenda van het tafeloverleg.",
        start=timezone.now() + dt.timedelta(days=3),
        end=timezone.now() + dt.timedelta(days=3, hours=2),
        join_link="https://vergadering.example/tafel",
        space=table.space,
    )
    event.save_revision().publish()
    return event


@pytest.mark.parametrize("role", ROLES)
def test_a_meeting_is_for_the_tables_participants_only(client, table, meeting, role):
    sign_in(client, table, role)
    inside = role in ("participant", "other_org", "coordinator")
    response = client.get(meeting.url)
    assert response.status_code == (200 if inside else 302 if role == "visitor" else 404)
    agenda_page = client.get("/agenda/").content.decode()
    assert ("Tafeloverleg synthetische drugs" in agenda_page) is inside
    space_page = client.get(table.space.get_absolute_url()).content.decode()
    assert ("Tafeloverleg synthetische drugs" in space_page) is inside
    feed = client.get("/agenda/feed.ics").content.decode()
    assert ("Tafeloverleg synthetische drugs" in feed) is inside
    assert "Vertrouwelijke agenda" not in feed and "vergadering.example" not in feed


def test_a_meetings_calendar_file_has_no_description_or_link(client, table, meeting):
    client.force_login(table.users["participant"])
    ics = client.get(reverse("events:event_ics", args=[meeting.slug])).content.decode()
    assert "Tafeloverleg synthetische drugs" in ics
    assert "Vertrouwelijke agenda" not in ics
    assert "vergadering.example" not in ics and meeting.url not in ics
    assert "CLASS:CONFIDENTIAL" in ics


def test_a_removed_participant_loses_the_meeting_at_once(client, table, meeting):
    piet = table.users["participant"]
    client.force_login(piet)
    assert client.get(meeting.url).status_code == 200
    services.remove(
        participation=Participation.objects.get(space=table.space, user=piet),
        by=table.users["coordinator"],
    )
    assert client.get(meeting.url).status_code == 404
    assert client.get(reverse("events:event_ics", args=[meeting.slug])).status_code == 404


def test_a_pdf_that_cannot_be_read_keeps_its_label_in_the_name(client, table):
    from django.core.files.uploadedfile import SimpleUploadedFile

    coco = table.users["coordinator"]
    broken = services.add_file(
        space=table.space,
        uploaded_by=coco,
        title="Kapot",
        upload=SimpleUploadedFile("kapot.pdf", b"geen pdf", "application/pdf"),
        label=Label.AMBER,
    )
    client.force_login(coco)
    response = client.get(broken.get_download_url())
    assert response.status_code == 200
    assert response.content == b"geen pdf"
    assert response["Content-Disposition"] == 'attachment; filename="TLP-AMBER_kapot.pdf"'
    assert "private" in response["Cache-Control"]
