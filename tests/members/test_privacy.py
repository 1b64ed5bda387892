"""/mijn/: my registrations with join links, my data as JSON (mine and nobody else's), and
deleting my account (sessions ended, registrations released and anonymised, contributions kept
without my name)."""

import datetime as dt
import json

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from events.models import Registration
from members.models import Contribution, Membership, Profile, ThemeSubscription
from members.services import ANONYMOUS_CREDIT, account_delete

from ..factories import (
    ArticlePageFactory,
    EventPageFactory,
    ProfileFactory,
    RegistrationFactory,
    ThemeFactory,
    UserFactory,
)
from .conftest import PASSWORD, verified

User = get_user_model()


@pytest.fixture
def person(db):
    user = verified(
        UserFactory(
            email="sanne@gemeente-voorbeeld.nl",
            first_name="Sanne",
            last_name="de Wit",
            roles=["Lid"],
        )
    )
    user.set_password(PASSWORD)
    user.save()
    ProfileFactory(user=user, organisation="Gemeente Deventer", bio="Mijn eigen bio.")
    return user


@pytest.fixture
def someone_else(db):
    other = UserFactory(
        email="ander@politie.nl", first_name="Ander", last_name="Persoon", roles=["Lid"]
    )
    ProfileFactory(user=other, organisation="Politie Geheim", bio="Bio van een ander.")
    return other


@pytest.mark.django_db
def test_mijn_shows_registrations_with_join_link_only_when_confirmed(client, person, agenda):
    confirmed_event = EventPageFactory(
        parent=agenda, title="Webinar cocaïne", join_link="https://meet.example/abc"
    )
    waitlist_event = EventPageFactory(
        parent=agenda, title="Symposium drugs", join_link="https://meet.example/geheim"
    )
    RegistrationFactory(event=confirmed_event, user=person, email=person.email, status="confirmed")
    RegistrationFactory(event=waitlist_event, user=person, email=person.email, status="waitlisted")
    client.force_login(person)
    html = client.get(reverse("members:dashboard")).content.decode()
    assert "Webinar cocaïne" in html and "Symposium drugs" in html
    assert "https://meet.example/abc" in html
    assert "https://meet.example/geheim" not in html
    assert "Wachtlijst" in html


@pytest.mark.django_db
def test_mijn_query_count_does_not_grow_with_registrations_and_contributions(
    client, person, agenda, knowledge_index, django_assert_max_num_queries
):
    for n in range(8):
        RegistrationFactory(
            event=EventPageFactory(parent=agenda, title=f"Webinar {n}"),
            user=person,
            email=person.email,
        )
        page = ArticlePageFactory(parent=knowledge_index, title=f"Bijdrage {n}")
        Contribution.objects.create(user=person, page=page, title=page.title)
    ThemeSubscription.objects.create(user=person, theme=ThemeFactory())
    client.force_login(person)
    client.get(reverse("members:dashboard"))  # warm the site-root cache, as in production
    with django_assert_max_num_queries(12):
        response = client.get(reverse("members:dashboard"))
    assert response.status_code == 200


@pytest.mark.django_db
def test_pending_applicant_sees_the_status_of_the_application(client, user):
    Membership.objects.create(user=user, status=Membership.Status.PENDING)
    client.force_login(user)
    html = client.get(reverse("members:dashboard")).content.decode()
    assert "Uw aanvraag wordt beoordeeld" in html


@pytest.mark.django_db
def test_data_export_contains_my_data_and_nobody_elses(
    client, person, someone_else, agenda, knowledge_index
):
    theme = ThemeFactory(name="Witwassen", slug="witwassen")
    ThemeSubscription.objects.create(user=person, theme=theme)
    event = EventPageFactory(parent=agenda, title="Webinar witwassen")
    RegistrationFactory(event=event, user=person, email=person.email, name="Sanne de Wit")
    RegistrationFactory(
        event=event, user=someone_else, email=someone_else.email, name="Ander Persoon"
    )
    earlier = EventPageFactory(parent=agenda, title="Symposium voor ik lid was")
    RegistrationFactory(event=earlier, user=None, email="Sanne@Gemeente-Voorbeeld.nl")
    page = ArticlePageFactory(parent=knowledge_index, title="Mijn praktijkvoorbeeld")
    Contribution.objects.create(user=person, page=page, title=page.title)
    other_page = ArticlePageFactory(parent=knowledge_index, title="Bijdrage van een ander")
    Contribution.objects.create(user=someone_else, page=other_page, title=other_page.title)

    client.force_login(person)
    response = client.get(reverse("members:export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["e-mailadres"] == "sanne@gemeente-voorbeeld.nl"
    assert data["account"]["rollen"] == ["Lid"]
    assert data["e-mailadressen"][0]["bevestigd"] is True
    assert data["profiel"]["organisatie"] == "Gemeente Deventer"
    assert data["profiel"]["korte_introductie"] == "Mijn eigen bio."
    assert [s["thema"] for s in data["thema-abonnementen"]] == ["Witwassen"]
    assert sorted(r["evenement"] for r in data["aanmeldingen_evenementen"]) == [
        "Symposium voor ik lid was",
        "Webinar witwassen",
    ]
    assert [c["titel"] for c in data["bijdragen"]] == ["Mijn praktijkvoorbeeld"]
    text = response.content.decode()
    for foreign in (
        "ander@politie.nl",
        "Ander Persoon",
        "Politie Geheim",
        "Bio van een ander",
        "Bijdrage van een ander",
    ):
        assert foreign not in text
    assert "password" not in text and "pbkdf2" not in text and "md5$" not in text


@pytest.mark.django_db
def test_export_needs_login(client):
    assert client.get(reverse("members:export"))["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_delete_account_needs_the_password(client, person):
    client.force_login(person)
    response = client.post(
        reverse("members:account_delete"), {"password": "Fout-wachtwoord-1", "confirm": "on"}
    )
    assert response.status_code == 400
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert User.objects.filter(pk=person.pk).exists()


@pytest.mark.django_db
def test_guessing_the_password_on_the_delete_form_is_throttled(client, person):
    """A stolen session must not try passwords here forever: allauth's reauthentication limit
    (10 a minute per person) covers this form too, and the right password is refused after."""
    client.force_login(person)
    url = reverse("members:account_delete")
    statuses = [
        client.post(url, {"password": f"Fout-{n}", "confirm": "on"}).status_code for n in range(10)
    ]
    assert statuses == [400] * 10
    response = client.post(url, {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "<h1>Te veel pogingen</h1>" in html and '<html lang="nl">' in html
    assert "Too Many Requests" not in html
    assert User.objects.filter(pk=person.pk).exists()


@pytest.mark.django_db(
    transaction=True, serialized_rollback=True
)  # registrations_release mails the waitlist on commit
def test_delete_account_releases_registrations_ends_sessions_keeps_contributions_anonymous(
    person, someone_else, agenda, knowledge_index
):
    from config.site import ensure_site_structure

    pages = ensure_site_structure()
    agenda, knowledge_index = pages["agenda"], pages["kennisbank"]
    full = EventPageFactory(parent=agenda, title="Vol webinar", capacity=1, waitlist_enabled=True)
    mine = RegistrationFactory(event=full, user=person, email=person.email, name="Sanne de Wit")
    waiting = RegistrationFactory(
        event=full,
        user=someone_else,
        email=someone_else.email,
        status="waitlisted",
        waitlisted_at=timezone.now() - dt.timedelta(hours=1),
    )
    page = ArticlePageFactory(
        parent=knowledge_index, title="Praktijk", author_credit="Sanne de Wit (Gemeente Deventer)"
    )
    page.save_revision(user=person)
    contribution = Contribution.objects.create(user=person, page=page, title=page.title)

    # Two sessions on two devices, both through the real login.
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        response = device.post(
            reverse("account_login"), {"login": person.email, "password": PASSWORD}
        )
        assert response.status_code == 302
    assert phone.get(reverse("members:dashboard")).status_code == 200

    mail.outbox.clear()
    response = laptop.post(
        reverse("members:account_delete"), {"password": PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()
    assert not Profile.objects.filter(user_id=person.pk).exists()

    # Both sessions are over.
    assert laptop.get(reverse("members:dashboard"))["Location"].startswith("/accounts/login/")
    assert phone.get(reverse("members:dashboard"))["Location"].startswith("/accounts/login/")

    # My registration: cancelled and without personal data; the waitlist moved up.
    mine.refresh_from_db()
    assert mine.status == Registration.Status.CANCELLED
    assert (mine.user, mine.name, mine.email, mine.organisation) == (None, "", "", "")
    assert mine.anonymised_at is not None
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED

    # My contribution stays, without my name (page and its revisions).
    contribution.refresh_from_db()
    assert contribution.user is None
    page.refresh_from_db()
    assert page.author_credit == ANONYMOUS_CREDIT
    assert page.owner is None
    revision = page.get_latest_revision()
    assert revision.content["author_credit"] == ANONYMOUS_CREDIT
    assert "Sanne" not in json.dumps(revision.content)


@pytest.mark.django_db
def test_delete_account_republishes_the_live_contribution_and_keeps_the_editors_draft(
    person, knowledge_index, django_capture_on_commit_callbacks
):
    """The published article gets a new published revision without the name (what the search
    index and the page cache follow); changes an editor had not yet published stay the draft,
    also without the name. The leaving member is not mailed about the publication."""
    page = ArticlePageFactory(
        parent=knowledge_index,
        title="Praktijk",
        summary="Zoals het online staat.",
        author_credit="Sanne de Wit (Gemeente Deventer)",
        source_organisation="Gemeente Deventer",
        owner=person,
    )
    page.save_revision(user=person).publish()
    draft = page.get_latest_revision_as_object()
    draft.summary = "Bijgewerkt door de redactie, nog niet gepubliceerd."
    draft.save_revision()
    Contribution.objects.create(user=person, page=page, title=page.title)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=person)

    page.refresh_from_db()
    assert page.live and page.summary == "Zoals het online staat."
    assert page.author_credit == ANONYMOUS_CREDIT
    assert (page.source_organisation, page.owner) == ("", None)
    assert page.live_revision.content["author_credit"] == ANONYMOUS_CREDIT
    assert page.has_unpublished_changes
    latest = page.get_latest_revision_as_object()
    assert latest.summary == "Bijgewerkt door de redactie, nog niet gepubliceerd."
    assert latest.author_credit == ANONYMOUS_CREDIT
    for revision in page.revisions.all():
        assert "Sanne" not in json.dumps(revision.content)
    assert mail.outbox == []


OLD_ADDRESS = "sanne.oud@gemeente-voorbeeld.nl"


def _jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (120, 90), (200, 30, 30)).save(out, format="JPEG")
    return out.getvalue()


@pytest.fixture
def full_person(person, agenda, knowledge_index, django_capture_on_commit_callbacks):
    """A member with something of everything: photo, membership, subscription, a
    contribution with an attachment, registrations under the current and an earlier address,
    Wagtail preferences and a login."""
    from django.core.files.base import ContentFile
    from django.core.files.uploadedfile import SimpleUploadedFile

    from allauth.account.models import EmailAddress

    from members.services import contribution_submit

    now = timezone.now()
    person.last_login = now - dt.timedelta(hours=2)
    person.save(update_fields=["last_login"])
    profile = Profile.objects.get(user=person)
    profile.photo.save("foto.jpg", ContentFile(_jpeg()))
    Membership.objects.create(
        user=person,
        status=Membership.Status.APPROVED,
        route=Membership.Route.ALLOWLIST,
        requested_at=now - dt.timedelta(days=400),
        decided_at=now - dt.timedelta(days=400),
    )
    theme = ThemeFactory(name="Drugsafval", slug="drugsafval")
    ThemeSubscription.objects.create(user=person, theme=theme)
    with django_capture_on_commit_callbacks(execute=True):
        contribution_submit(
            user=person,
            title="Samen tegen drugsafval",
            summary="Hoe vier gemeenten dumpingen terugdrongen.",
            practice={
                "practice_goal": "Minder dumpingen.",
                "practice_audience": "Boeren en handhavers.",
                "practice_approach": "Camera's neerleggen.\n\nDaarna een meldpunt.",
                "practice_results": "Dertig procent minder.",
                "practice_lessons": "Begin klein.",
                "practice_contact": "Team Ondermijning.",
            },
            extra_text="Met dank aan de boeren.",
            themes=[theme],
            attachment=SimpleUploadedFile(
                "draaiboek-salland.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"
            ),
        )
    events = {
        name: EventPageFactory(parent=agenda, title=title)
        for name, title in [
            ("old_account", "Webinar met mijn oude adres"),
            ("old_before", "Symposium onder mijn oude adres"),
            ("old_after", "Webinar van de nieuwe eigenaar van mijn oude adres"),
            ("current", "Congres onder mijn huidige adres"),
            ("unverified", "Webinar onder een onbevestigd adres"),
        ]
    }
    RegistrationFactory(
        event=events["old_account"],
        user=person,
        email=OLD_ADDRESS,
        created_at=now - dt.timedelta(days=60),
    )
    RegistrationFactory(
        event=events["old_before"], email=OLD_ADDRESS, created_at=now - dt.timedelta(days=90)
    )
    RegistrationFactory(
        event=events["old_after"], email=OLD_ADDRESS, created_at=now - dt.timedelta(days=10)
    )
    RegistrationFactory(event=events["current"], email=person.email)
    EmailAddress.objects.create(user=person, email="niet-van-mij@politie.nl", verified=False)
    RegistrationFactory(event=events["unverified"], email="niet-van-mij@politie.nl")
    return person


@pytest.mark.django_db
def test_data_export_holds_everything_the_platform_keeps_about_the_person(client, full_person):
    import base64

    client.force_login(full_person)
    data = json.loads(client.get(reverse("members:export")).content)

    account = data["account"]
    assert {"e-mailadres", "voornaam", "achternaam", "aangemaakt_op", "laatst_ingelogd"} <= set(
        account
    )
    assert account["aangemaakt_op"] and account["laatst_ingelogd"]
    assert {a["e-mailadres"] for a in data["e-mailadressen"]} == {
        "sanne@gemeente-voorbeeld.nl",
        "niet-van-mij@politie.nl",
    }
    assert [a["e-mailadres"] for a in data["eerdere_e-mailadressen"]] == [OLD_ADDRESS]

    profile = data["profiel"]
    assert profile["organisatie"] == "Gemeente Deventer" and profile["bijgewerkt_op"]
    photo = profile["foto"]
    assert photo["bestandstype"] == "image/jpeg"
    stored = Profile.objects.get(user=full_person).photo
    assert base64.b64decode(photo["inhoud_base64"]) == stored.open("rb").read()
    assert photo["grootte_bytes"] == stored.size

    membership = data["lidmaatschap"]
    assert membership["status"] == "Goedgekeurd" and membership["route"] == "Toegestaan domein"
    assert membership["aangemaakt_op"] and membership["aangevraagd_op"]
    assert membership["besloten_op"]
    assert [s["thema"] for s in data["thema-abonnementen"]] == ["Drugsafval"]
    assert data["thema-abonnementen"][0]["sinds"]

    (contribution,) = data["bijdragen"]
    assert contribution["titel"] == "Samen tegen drugsafval" and contribution["ingediend_op"]
    text = contribution["tekst"]
    assert text["samenvatting"] == "Hoe vier gemeenten dumpingen terugdrongen."
    assert "Camera's neerleggen.\n\nDaarna een meldpunt." in text.values()
    assert text["aanvullende_tekst"] == "Met dank aan de boeren."
    (attachment,) = contribution["bijlagen"]
    assert attachment["titel"] == "Samen tegen drugsafval – bijlage"
    assert attachment["bestandsnaam"].startswith("draaiboek-salland")
    assert attachment["bestandsnaam"].endswith(".pdf") and attachment["grootte_bytes"] == 15

    registrations = {r["evenement"]: r for r in data["aanmeldingen_evenementen"]}
    assert set(registrations) == {
        "Webinar met mijn oude adres",
        "Symposium onder mijn oude adres",
        "Congres onder mijn huidige adres",
    }
    assert registrations["Symposium onder mijn oude adres"]["e-mailadres"] == OLD_ADDRESS
    assert registrations["Webinar met mijn oude adres"]["met_account"] is True
    for registration in registrations.values():
        assert registration["aangemeld_op"] and registration["gewijzigd_op"]
        assert registration["bevestigd_op"]

    assert data["beheeromgeving"] is not None and "taal" in data["beheeromgeving"]
    assert {"tweestapsverificatie", "sessies", "persoonlijke_agenda_link"} <= set(data)


@pytest.mark.django_db
def test_delete_account_anonymises_registrations_under_earlier_addresses_too(full_person):
    """What the export shows as mine is what deletion removes; a later owner's registration
    under my old address and one under an address I never verified stay theirs."""
    account_delete(user=full_person)

    kept = dict(Registration.objects.exclude(email="").values_list("event__title", "email"))
    assert kept == {
        "Webinar van de nieuwe eigenaar van mijn oude adres": OLD_ADDRESS,
        "Webinar onder een onbevestigd adres": "niet-van-mij@politie.nl",
    }
    assert Registration.objects.filter(anonymised_at__isnull=False).count() == 3
