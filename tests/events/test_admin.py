"""The organiser admin: access by Wagtail page permissions, lists, exports, mail, attendance."""

import csv
import io

from django.core import mail
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from events.models import EventState, Registration
from members import roles

from ..factories import RegistrationFactory, UserFactory
from ..helpers import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def registrations(small_event):
    return {
        "anna": RegistrationFactory(
            event=small_event, name="Anna Jansen", email="anna@gemeente.nl", organisation="RIEC"
        ),
        "bram": RegistrationFactory(
            event=small_event,
            name='=HYPERLINK("http://kwaad")',
            email="bram@politie.nl",
            organisation="Politie",
        ),
        "cor": RegistrationFactory(
            event=small_event, name="Cor de Wit", email="cor@fiod.nl", status="waitlisted"
        ),
        "dirk": RegistrationFactory(
            event=small_event, name="Dirk Dekker", email="dirk@om.nl", status="cancelled"
        ),
    }


def url(name, event, *args):
    return reverse(f"events_admin:{name}", args=[event.pk, *args])


def test_organiser_sees_counts_capacity_and_the_list(organiser_client, small_event, registrations):
    response = organiser_client.get(url("event", small_event))

    assert response.status_code == 200
    body = response.content.decode()
    assert "2 van 2 plaatsen bezet (100%)" in body
    assert 'role="img"' in body
    for name in ("Anna Jansen", "Cor de Wit", "Dirk Dekker"):
        assert name in body
    assert "Aanmelding sluiten" in body


def test_list_search_and_status_filter(organiser_client, small_event, registrations):
    found = organiser_client.get(url("event", small_event), {"q": "fiod"}).content.decode()
    assert "Cor de Wit" in found and "Anna Jansen" not in found

    waiting = organiser_client.get(url("event", small_event), {"status": "waitlisted"})
    assert "Cor de Wit" in waiting.content.decode()
    assert "Anna Jansen" not in waiting.content.decode()


def refused(response) -> bool:
    """Wagtail turns PermissionDenied in admin views into a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_editor_without_publish_rights_on_the_agenda_is_refused(
    client, editor, small_event, registrations
):
    login_with_mfa(client, editor)
    assert small_event.permissions_for_user(editor).can_edit()  # may edit the page itself

    assert refused(client.get(url("event", small_event)))
    assert refused(client.get(url("export_csv", small_event)))
    assert refused(client.get(url("export_xlsx", small_event)))
    assert refused(client.get(url("mail", small_event)))
    assert refused(client.get(reverse("events_admin:index")))
    assert refused(client.post(url("toggle", small_event)))
    assert not EventState.objects.filter(registration_closed_at__isnull=False).exists()


def test_member_is_kept_out_of_the_admin(client, member, small_event):
    client.force_login(member)
    response = client.get(url("event", small_event))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_admin_menu_item_and_explorer_button_only_for_organisers(
    client, organiser_client, editor, small_event
):
    dashboard = organiser_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("events_admin:index") in dashboard
    explorer = organiser_client.get(
        reverse("wagtailadmin_explore", args=[small_event.get_parent().pk])
    )
    assert url("event", small_event) in explorer.content.decode()

    login_with_mfa(client, editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("events_admin:index") not in dashboard


def test_csv_export_contains_all_rows_and_neutralises_formulas(
    organiser_client, small_event, registrations
):
    response = organiser_client.get(url("export_csv", small_event))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f"aanmeldingen-{small_event.slug}-" in response["Content-Disposition"]
    content = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == [
        "Naam",
        "E-mailadres",
        "Organisatie",
        "Status",
        "Aangemeld op",
        "Bevestigd op",
        "Lid (account)",
    ]
    by_email = {row[1]: row for row in rows[1:]}
    assert set(by_email) == {"anna@gemeente.nl", "bram@politie.nl", "cor@fiod.nl", "dirk@om.nl"}
    assert by_email["anna@gemeente.nl"][:4] == [
        "Anna Jansen",
        "anna@gemeente.nl",
        "RIEC",
        "Bevestigd",
    ]
    assert by_email["cor@fiod.nl"][3] == "Wachtlijst"
    assert by_email["bram@politie.nl"][0] == '\'=HYPERLINK("http://kwaad")'


def test_xlsx_export_honours_the_filter(organiser_client, small_event, registrations):
    response = organiser_client.get(url("export_xlsx", small_event), {"status": "confirmed"})

    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "Naam"
    assert sorted(row[1] for row in rows[1:]) == ["anna@gemeente.nl", "bram@politie.nl"]
    formula_row = next(row for row in rows[1:] if row[1] == "bram@politie.nl")
    assert formula_row[0].startswith("'=")


FORMULA = '=HYPERLINK("http://x","y")'


def test_exports_never_contain_a_live_formula(organiser_client, small_event):
    """Text a visitor typed that would start a formula gets a leading apostrophe in both
    downloads (OWASP CSV injection); ordinary text is left as it is."""
    RegistrationFactory(
        event=small_event, name=FORMULA, email="eva@gemeente.nl", organisation="@SUM(1+1)"
    )
    RegistrationFactory(
        event=small_event, name="Frits Vos", email="frits@om.nl", organisation="+31 Team"
    )

    csv_bytes = organiser_client.get(url("export_csv", small_event)).content
    assert b'"\'=HYPERLINK(""http://x"",""y"")"' in csv_bytes
    assert b",'@SUM(1+1)," in csv_bytes and b",'+31 Team," in csv_bytes
    assert b',"=' not in csv_bytes and b",=" not in csv_bytes and b",@" not in csv_bytes
    assert b"\nFrits Vos," in csv_bytes.replace(b"\r\n", b"\n")

    xlsx = organiser_client.get(url("export_xlsx", small_event)).content
    sheet = load_workbook(io.BytesIO(xlsx)).active
    cells = {cell.value: cell for row in sheet.iter_rows(min_row=2) for cell in row}
    assert cells["'" + FORMULA].data_type == "s" and FORMULA not in cells
    assert "'@SUM(1+1)" in cells and "'+31 Team" in cells and "Frits Vos" in cells
    assert all(cell.data_type != "f" for cell in cells.values())


def test_mail_all_registrants_form(organiser_client, small_event, registrations, mails):
    form = organiser_client.get(url("mail", small_event))
    assert form.status_code == 200

    invalid = organiser_client.post(url("mail", small_event), {"subject": "", "message": ""})
    assert invalid.status_code == 400

    with mails():
        response = organiser_client.post(
            url("mail", small_event),
            {
                "recipients": ["confirmed", "waitlisted"],
                "subject": "Praktische informatie",
                "message": "Log tien minuten van tevoren in.",
            },
        )
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == [
        "anna@gemeente.nl",
        "bram@politie.nl",
        "cor@fiod.nl",
    ]


def test_close_and_reopen_registration(organiser_client, small_event):
    organiser_client.post(url("toggle", small_event), {"action": "close"})
    assert EventState.objects.get(event=small_event).registration_closed_at is not None
    page = organiser_client.get(small_event.url).content.decode()
    assert "De organisator heeft de aanmelding voor dit evenement gesloten." in page

    organiser_client.post(url("toggle", small_event), {"action": "open"})
    assert EventState.objects.get(event=small_event).registration_closed_at is None


def test_mark_attendance_after_the_event(organiser_client, past_event):
    present = RegistrationFactory(event=past_event)
    absent = RegistrationFactory(event=past_event)
    waiting = RegistrationFactory(event=past_event, status="waitlisted")

    response = organiser_client.post(
        url("attendance", past_event),
        {"action": "present", "registration": [present.pk, waiting.pk]},
    )

    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert statuses == {present.pk: "attended", absent.pk: "confirmed", waiting.pk: "waitlisted"}


def test_attendance_before_the_event_is_refused_with_a_message(
    organiser_client, small_event, registrations
):
    response = organiser_client.post(
        url("attendance", small_event),
        {"action": "present", "registration": [registrations["anna"].pk]},
        follow=True,
    )
    assert "Aanwezigheid kunt u registreren vanaf een uur voor het begin." in (
        response.content.decode()
    )
    registrations["anna"].refresh_from_db()
    assert registrations["anna"].status == "confirmed"


def test_organiser_cancels_a_registration_and_the_waitlist_moves_up(
    organiser_client, small_event, registrations, mails
):
    with mails():
        organiser_client.post(url("cancel", small_event, registrations["anna"].pk))

    registrations["anna"].refresh_from_db()
    registrations["cor"].refresh_from_db()
    assert registrations["anna"].status == "cancelled"
    assert registrations["cor"].status == "confirmed"
    assert {m.to[0] for m in mail.outbox} == {"anna@gemeente.nl", "cor@fiod.nl"}


def test_organiser_of_events_only_cannot_open_other_admin_areas(organiser_client):
    assert refused(organiser_client.get(reverse("wagtailusers_users:index")))


def test_index_lists_manageable_events(organiser_client, small_event, past_event):
    body = organiser_client.get(reverse("events_admin:index")).content.decode()
    assert small_event.title in body and past_event.title in body


def test_staff_without_any_agenda_rights_sees_no_index(client):
    moderator = UserFactory(roles=[roles.MODERATOR])
    login_with_mfa(client, moderator)
    assert refused(client.get(reverse("events_admin:index")))


def test_preview_of_a_new_event_renders(organiser_client, agenda):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    data = nested_form_data(
        {
            "title": "Nieuw webinar",
            "slug": "nieuw-webinar",
            "summary": "Samenvatting",
            "description": rich_text("<p>Beschrijving</p>"),
            "start": "2030-03-14 14:00",
            "end": "2030-03-14 16:00",
            "event_format": "webinar",
            "online_platform": "Zoom",
            "join_link": "https://meet.example.org/nieuw",
            "programme": streamfield([]),
            "speakers": streamfield([]),
            "waitlist_enabled": "on",
            "comments": inline_formset([]),
        }
    )
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["events", "eventpage", agenda.pk]
    )
    response = organiser_client.post(preview_url, data)
    assert response.json() == {"is_valid": True, "is_available": True}
    page = organiser_client.get(preview_url)
    assert page.status_code == 200
    assert "Nieuw webinar" in page.content.decode()
    assert "https://meet.example.org/nieuw" not in page.content.decode()
