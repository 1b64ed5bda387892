"""Every management command of ours runs on a seeded database and does what it promises.

The commands are found in the apps of this repository (`<app>/management/commands/`), so the
list cannot fall behind: COMMANDS says, for each, what the README promises and which tests
below run it (`test_<command>_…`). A command without a row, or a row without a test, fails by
name. The README's scheduled commands run with the arguments cron gives them; each test asserts
what the command did (mails in `mail.outbox`, rows changed, its output), and that a rerun does
not do it again where the README says "safe to rerun".

The database is the demo site (`seed_demo`): articles, toolkits, events with registrations,
members with theme subscriptions. Search commands run against the real engine (`make test`
starts it; marker `search_engine`), with an index built from that site.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

from django.apps import apps
from django.core import mail
from django.core.management import CommandError, call_command, find_commands, get_commands
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, Site, WorkflowPage

import pytest

from config.demo.loader import read_folder
from events.models import EventPage, Registration
from knowledge import selectors as knowledge_selectors
from knowledge.models import ArticlePage, ToolkitPage
from members.models import ThemeSubscription
from search.models import OutboxEntry, QueryLog
from spaces.models import Space

from ..factories import (
    ArticlePageFactory,
    EventPageFactory,
    RegistrationFactory,
    UserFactory,
)
from ..search.conftest import (  # noqa: F401 - fixtures
    _require_engine,
    engine_settings,
    search_ids,
)

REPO = Path(__file__).resolve().parents[2]

# command -> what it is for (README, "Scheduled commands" and search/README.md)
COMMANDS = {
    "send_event_reminders": "every minute: reminders 24 h and 1 h before, materials afterwards",
    "anonymise_registrations": "daily: registrants' personal data removed after the event",
    "send_theme_digests": "daily: weekly digest of new content in a member's themes",
    "send_review_reminders": "daily: owners of pages past their review date are mailed",
    "send_space_digests": "daily: participants who chose it get what is new in their tables",
    "send_search_alerts": "daily: saved searches mailed their new items, as the recipient sees",
    "search_check": "daily: exit 1 on drift between database and index",
    "purge_expired": "daily: old search logs and finished task results deleted",
    "clearsessions": "daily: Django's, then the 'Sessies' rows whose session is gone",
    "search_status": "engine, alias, documents, outbox, last rebuild",
    "search_rebuild": "new index from the database, alias swapped, old index removed",
    "search_drain": "the outbox applied now",
    "setup_site": "first install: the page tree without demo content",
    "seed_demo": "`make demo`: the page tree and Dutch demo content",
    "seed_bulk": "`make bench`: many varied pages fast",
    "task_worker": "db_worker that first takes back the task its killed predecessor left running",
}


def our_commands() -> dict[str, str]:
    """Command name -> app label, for the apps that live in this repository."""
    found = {}
    for app_config in apps.get_app_configs():
        path = Path(app_config.path)
        if path.parent != REPO:
            continue  # Django's, Wagtail's, allauth's, …
        for name in find_commands(str(path / "management")):
            found[name] = app_config.label
    return found


def test_every_command_of_ours_has_a_row_and_a_test():
    found = our_commands()
    assert {"config", "events", "knowledge", "members", "search", "spaces"} <= set(found.values())
    without_row = sorted(set(found) - set(COMMANDS))
    assert without_row == [], f"commands without a row in COMMANDS: {without_row}"
    gone = sorted(set(COMMANDS) - set(found))
    assert gone == [], f"rows for commands that no longer exist: {gone}"
    tests = [name for name in globals() if name.startswith("test_")]
    untested = [c for c in COMMANDS if not any(t.startswith(f"test_{c}_") for t in tests)]
    assert untested == [], f"commands without a test_<command>_… here: {untested}"


def readme_scheduled_commands() -> list[str]:
    readme = (REPO / "README.md").read_text()
    table = readme.split("Scheduled commands", 1)[1].split("\n\n", 2)[1]
    return re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)


def test_every_scheduled_command_of_the_readme_is_one_of_ours():
    scheduled = readme_scheduled_commands()
    assert scheduled == [
        "send_event_reminders",
        "anonymise_registrations",
        "send_theme_digests",
        "send_review_reminders",
        "send_space_digests",
        "send_search_alerts",
        "search_check",
        "purge_expired",
        "clearsessions",
    ]
    assert set(scheduled) <= set(our_commands())
    # Ours replaces Django's clearsessions (config is the first app in INSTALLED_APPS).
    assert get_commands()["clearsessions"] == "config"


def test_the_scheduler_and_the_timers_run_every_scheduled_command_of_the_readme():
    """The loop of `make prod-local` and the systemd timers' enable line name the same commands
    as the README, so an expired session is purged wherever the platform runs."""
    scheduled = readme_scheduled_commands()
    scheduler = (REPO / "platform/deploy/scheduler.sh").read_text()
    every_minute = re.search(r"^EVERY_MINUTE=\(([^)]*)\)", scheduler, re.MULTILINE)
    daily = re.search(r"^DAILY=\(([^)]*)\)", scheduler, re.MULTILINE)
    assert every_minute and daily
    assert every_minute.group(1).split() + daily.group(1).split() == scheduled
    timer = (REPO / "platform/deploy/systemd/kennisplatform-daily@.timer").read_text()
    loop = re.search(r"for c in ([^;]*);", timer.replace("\\\n#", ""))
    assert loop
    assert loop.group(1).split() == daily.group(1).split()


# -- clearsessions (Django's, and allauth's session rows) ----------------------------------------


def test_clearsessions_deletes_expired_sessions_and_keeps_the_others(db):
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    expired, current = SessionStore(), SessionStore()
    for store in (expired, current):
        store["_auth_user_id"] = "1"
        store.create()
    Session.objects.filter(session_key=expired.session_key).update(expire_date=days_ago(1))

    status, _ = run("clearsessions")
    assert status == 0
    assert list(Session.objects.values_list("session_key", flat=True)) == [current.session_key]


def test_clearsessions_removes_the_sessies_row_of_an_expired_session_and_keeps_a_live_one(db):
    """allauth lists a member's logins on "Sessies" (/accounts/sessions/) from its own table,
    with IP address and browser, and used to drop a row only when that page was opened. After
    the daily run the row of an expired session is gone; the row of a live login stays, and
    that login still works."""
    from django.contrib.sessions.models import Session
    from django.test import Client

    from allauth.usersessions.models import UserSession

    from ..members.conftest import PASSWORD, verified

    people = {}
    for name in ("verlopen", "actief"):
        person = verified(UserFactory(email=f"{name}@gemeente-voorbeeld.nl", roles=["Lid"]))
        person.set_password(PASSWORD)
        person.save()
        client = Client(HTTP_USER_AGENT=f"Browser van {name}")
        response = client.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
        assert response.status_code == 302
        people[name] = (person, client)

    def rows() -> list[tuple[str, str]]:
        return sorted(UserSession.objects.values_list("user__email", "user_agent"))

    assert rows() == [
        ("actief@gemeente-voorbeeld.nl", "Browser van actief"),
        ("verlopen@gemeente-voorbeeld.nl", "Browser van verlopen"),
    ]
    Session.objects.filter(
        session_key__in=UserSession.objects.filter(user=people["verlopen"][0]).values("session_key")
    ).update(expire_date=days_ago(1))

    status, out = run("clearsessions")

    assert status == 0
    assert rows() == [("actief@gemeente-voorbeeld.nl", "Browser van actief")]
    assert "1 regel(s) van 'Sessies' verwijderd" in out
    assert not Session.objects.filter(expire_date__lt=timezone.now()).exists()
    assert people["actief"][1].get("/mijn/").status_code == 200  # still logged in
    status, out = run("clearsessions")  # safe to rerun
    assert status == 0 and "0 regel(s)" in out
    assert rows() == [("actief@gemeente-voorbeeld.nl", "Browser van actief")]


def run(name: str, *args: str, **options) -> tuple[int, str]:
    """Run a command as cron does: its exit status and what it printed (stdout; stderr too
    when it exits non-zero)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(name, *args, stdout=out, stderr=err, **options)
    except SystemExit as exc:
        return int(exc.code or 0), out.getvalue() + err.getvalue()
    return 0, out.getvalue()


@pytest.fixture(autouse=True)
def no_engine(settings):
    """Search on the database unless a test asks for the engine (`indexed`): the demo stack."""
    settings.SEARCH_ENGINE_URL = ""


@pytest.fixture
def seeded(db, no_engine):
    call_command("seed_demo", verbosity=0)


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit (the mail tasks; the immediate task backend then sends at
    once into mail.outbox), as a real commit would."""

    def capture():
        return django_capture_on_commit_callbacks(execute=True)

    return capture


@pytest.fixture
def indexed(seeded, request):
    """The seeded site in this test's own index on the real engine, removed afterwards."""
    request.getfixturevalue("engine_settings")  # this test's alias, after the seed
    from search.engines import get_engine, index_alias
    from search.indexing import rebuild

    rebuild()
    engine = get_engine()
    yield engine
    for name in engine.list_indices(f"{index_alias()}*"):
        engine.delete_index(name)


def days_ago(days: int) -> dt.datetime:
    return timezone.now() - dt.timedelta(days=days)


# -- setup_site, seed_demo, seed_bulk -------------------------------------------------------


@pytest.mark.django_db
def test_setup_site_builds_the_page_tree_of_a_new_installation_without_demo_content(client):
    status, out = run("setup_site", "--hostname", "kennisplatform.example")
    assert status == 0
    assert out.startswith("Paginastructuur klaar: 8 pagina's aangemaakt, 8 aanwezig; ")
    assert out.rstrip().endswith("site kennisplatform.example:443.")
    assert sorted(Page.objects.filter(depth=3).values_list("url_path", flat=True)) == [
        f"/home/{slug}/"
        for slug in (
            "agenda",
            "contact",
            "kennisbank",
            "privacy",
            "themas",
            "toegankelijkheid",
            "toolkits",
        )
    ]
    assert not ArticlePage.objects.exists() and not ToolkitPage.objects.exists()
    assert WorkflowPage.objects.filter(page__slug__in=["kennisbank", "toolkits"]).count() == 2
    response = client.get("/kennisbank/", HTTP_HOST="kennisplatform.example")
    assert response.status_code == 200 and "Kennisbank" in response.content.decode()

    status, out = run("setup_site")
    assert (status, out.split(";")[0]) == (
        0,
        "Paginastructuur klaar: 0 pagina's aangemaakt, 8 aanwezig",
    )
    assert Site.objects.get(is_default_site=True).hostname == "kennisplatform.example"


@pytest.mark.django_db
def test_setup_site_refuses_a_url_for_a_host_name():
    with pytest.raises(CommandError, match="Ongeldige hostnaam"):
        run("setup_site", "--hostname", "https://kennisplatform.example")


@pytest.mark.django_db
def test_seed_demo_fills_the_site_and_a_rerun_adds_nothing():
    demo = {name: len(items) for name, items in read_folder().items()}
    status, out = run("seed_demo")
    assert status == 0
    assert out == (
        f"Demo-inhoud klaar: {demo['article']} artikelen, {demo['toolkit']} toolkits, "
        f"{demo['event']} evenementen en {demo['space']} fenomeentafels toegevoegd (bestaande "
        "inhoud is behouden).\n"
    )
    counts = (ArticlePage.objects.live().count(), ToolkitPage.objects.count())
    assert counts == (demo["article"], demo["toolkit"])
    assert EventPage.objects.filter(space=None).count() == demo["event"]
    assert Space.objects.count() == demo["space"] == 3
    assert Registration.objects.exists() and ThemeSubscription.objects.exists()

    status, out = run("seed_demo")
    assert status == 0
    assert out.startswith("Demo-inhoud klaar: 0 artikelen, 0 toolkits, 0 evenementen en 0 fen")
    assert (ArticlePage.objects.live().count(), ToolkitPage.objects.count()) == counts


def test_seed_bulk_adds_the_pages_asked_for(seeded):
    """70 % articles, 10 % toolkits, the rest events; about the share asked for members-only."""
    models = (ArticlePage, ToolkitPage, EventPage)
    before = [model.objects.live().count() for model in models]
    restrictions = PageViewRestriction.objects.count()
    status, out = run("seed_bulk", "--pages", "30", "--members-only", "0.5", "--seed", "7")
    assert status == 0
    match = re.fullmatch(
        r"30 pagina's aangemaakt in \d+\.\d s: 21 artikelen, 3 toolkits, 6 evenementen "
        r"\((\d+) alleen voor leden\)\.\n",
        out,
    )
    assert match, out
    after = [model.objects.live().count() for model in models]
    assert [a - b for a, b in zip(after, before, strict=True)] == [21, 3, 6]
    members_only = int(match[1])
    assert 0 < members_only < 24
    assert PageViewRestriction.objects.count() - restrictions == members_only


# -- events ------------------------------------------------------------------------------------


def test_send_event_reminders_mails_once_what_is_due(seeded, commit):
    """The seed's recent past events with materials get their materials mail; a new event
    tomorrow gets its 24-hour reminder; a second run sends nothing."""
    tomorrow = EventPageFactory(
        parent=EventPage.objects.first().get_parent(),
        title="Morgen: netwerkbijeenkomst",
        start=timezone.now() + dt.timedelta(hours=23),
    )
    registration = RegistrationFactory(event=tomorrow, confirmed_at=days_ago(3))
    with_materials = [
        event
        for event in EventPage.objects.live().filter(end__lte=timezone.now(), end__gte=days_ago(60))
        if event.recording_link or event.materials
    ]
    seated = Registration.objects.filter(
        event__in=with_materials, status__in=["confirmed", "attended"]
    ).exclude(email="")

    with commit():
        status, out = run("send_event_reminders")
    assert status == 0
    assert out == (
        f"1 herinnering(en) en materialen van {len(with_materials)} evenement(en) in de "
        "wachtrij gezet.\n"
    )
    reminders = [m for m in mail.outbox if "Herinnering" in m.subject]
    assert [m.to for m in reminders] == [[registration.email]]
    materials = [m for m in mail.outbox if "Opname en materialen" in m.subject]
    assert with_materials and sorted(m.to[0] for m in materials) == sorted(
        seated.values_list("email", flat=True)
    )

    mail.outbox.clear()
    with commit():
        status, out = run("send_event_reminders")
    assert out == "0 herinnering(en) en materialen van 0 evenement(en) in de wachtrij gezet.\n"
    assert mail.outbox == []


def test_anonymise_registrations_strips_registrants_of_events_long_past(seeded):
    """The seed's events of 230 and 320 days ago are anonymised already, as the daily run
    leaves them; a registration added to one of them is now, and an expired double opt-in
    request is deleted. Registrations of recent events keep their data."""
    long_past = EventPage.objects.filter(end__lt=days_ago(90)).first()
    late = RegistrationFactory(event=long_past, status="attended")
    recent = Registration.objects.filter(event__end__gte=days_ago(90)).exclude(email="")
    recent_count = recent.count()
    upcoming = EventPage.objects.filter(start__gt=timezone.now()).first()
    unconfirmed = RegistrationFactory(event=upcoming, status="pending")
    Registration.objects.filter(pk=unconfirmed.pk).update(updated_at=days_ago(4))

    status, out = run("anonymise_registrations")
    assert status == 0
    assert out == "1 aanmelding(en) geanonimiseerd (ouder dan 90 dagen).\n"
    late.refresh_from_db()
    assert (late.name, late.email, late.organisation, late.user) == ("", "", "", None)
    assert late.anonymised_at is not None
    assert not Registration.objects.filter(event__end__lt=days_ago(90)).exclude(email="").exists()
    assert recent.count() == recent_count
    assert not Registration.objects.filter(pk=unconfirmed.pk).exists()

    assert run("anonymise_registrations") == (
        0,
        "0 aanmelding(en) geanonimiseerd (ouder dan 90 dagen).\n",
    )


# -- members, knowledge ------------------------------------------------------------------------


def test_send_space_digests_mails_a_daily_participant_once(seeded, commit):
    from members import roles
    from spaces import services as spaces_services
    from spaces.models import Participation

    from ..factories import ThemeFactory, UserFactory

    beheerder = UserFactory(email="beheer@kennisplatform.example", roles=[roles.BEHEERDER])
    space = spaces_services.create_space(
        name="Proeftafel", slug="proef", theme=ThemeFactory(), description="Een tafel."
    )
    coordinator, reader = (
        UserFactory(email=f"{name}@politie.nl", roles=[roles.LID]) for name in ("co", "lezer")
    )
    for user, role in ((coordinator, "coordinator"), (reader, "participant")):
        spaces_services.appoint(
            space=space, user=user, organisation="Politie", role=role, by=beheerder
        )
    Participation.objects.filter(user=reader).update(notify=Participation.Notify.DAILY)
    spaces_services.post_update(
        space=space, author=coordinator, title="Openbaar beeld", body="Tekst.", label="clear"
    )

    status, out = run("send_space_digests")
    assert (status, out) == (0, "1 samenvatting(en) verstuurd.\n")
    assert [(m.to, m.subject.endswith("Nieuw in Proeftafel")) for m in mail.outbox] == [
        ([reader.email], True)
    ]
    assert "Openbaar beeld" in mail.outbox[0].body
    mail.outbox.clear()
    assert run("send_space_digests") == (0, "0 samenvatting(en) verstuurd.\n")
    assert mail.outbox == []


def test_send_theme_digests_mails_subscribers_new_pages_in_their_themes(seeded, commit):
    subscription = ThemeSubscription.objects.select_related("theme", "user").first()
    theme = subscription.theme
    kennisbank = ArticlePage.objects.first().get_parent()
    article = ArticlePageFactory(parent=kennisbank, title="Nieuw: loodsen in beeld", themes=[])
    article.themes.set([theme])
    article.save_revision().publish()
    subscribers = set(
        ThemeSubscription.objects.filter(theme=theme).values_list("user__email", flat=True)
    )

    with commit():
        status, out = run("send_theme_digests")
    assert status == 0
    new_mails = [m for m in mail.outbox if article.title in m.body]
    assert {m.to[0] for m in new_mails} == subscribers
    assert out.startswith(f"{len(mail.outbox)} digest(s) sent with ")
    assert out.endswith("; 0 failed.\n")

    mail.outbox.clear()
    with commit():
        status, out = run("send_theme_digests")
    assert (status, mail.outbox) == (0, [])
    assert out.startswith("0 digest(s) sent with 0 item(s) to ")


def test_send_search_alerts_mails_new_items_once(seeded):
    from members.models import User
    from search.models import SavedSearch

    member = User.objects.get(email="lid@demo.kennisplatform.example")
    alert = SavedSearch.objects.create(
        user=member,
        query="loodsen",
        key="loodsen",
        frequency=SavedSearch.Frequency.DAILY,
        confirmed_at=timezone.now(),
        checked_until=timezone.now() - dt.timedelta(days=1),
    )
    kennisbank = ArticlePage.objects.first().get_parent()
    article = ArticlePageFactory(parent=kennisbank, title="Nieuw: loodsen in beeld")
    article.save_revision().publish()
    ArticlePage.objects.filter(pk=article.pk).update(
        first_published_at=timezone.now() - dt.timedelta(hours=1)
    )

    status, out = run("send_search_alerts")
    assert status == 0
    assert out.startswith("1 alert mail(s) sent with 1 item(s) for 1 due alert(s)")
    assert [m.to for m in mail.outbox] == [[member.email]]
    assert "Nieuw: loodsen in beeld" in mail.outbox[0].body
    alert.refresh_from_db()
    assert alert.last_sent_at is not None
    status, out = run("send_search_alerts")  # safe to rerun
    assert (status, len(mail.outbox)) == (0, 1)
    assert out.startswith("0 alert mail(s)")


def test_send_review_reminders_mails_the_owner_of_the_seeds_overdue_pages(seeded):
    due = list(knowledge_selectors.pages_due_for_review())
    owned = [page for page in due if page.owner_email]
    assert owned, "the seed has articles reviewed more than a year ago"
    without_owner = len(due) - len(owned)

    status, out = run("send_review_reminders")
    assert status == 0
    expected = "1 herinnering(en) verstuurd.\n"
    if without_owner:
        expected += (
            f"{without_owner} verlopen pagina('s) zonder e-mailadres van de eigenaar "
            "(zie het rapport Beoordeling verlopen).\n"
        )
    assert out == expected
    [message] = mail.outbox
    assert message.to == ["redactie@kennisplatform.example"]
    for page in owned:
        assert f"/admin/pages/{page.pk}/edit/" in message.body

    mail.outbox.clear()
    assert run("send_review_reminders")[1].startswith("0 herinnering(en) verstuurd.\n")
    assert mail.outbox == []


# -- purge_expired -----------------------------------------------------------------------------


def test_purge_expired_deletes_old_query_logs_and_task_results(seeded, settings):
    from django_tasks_db.models import DBTaskResult

    from members.tasks import send_membership_mail

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    today = timezone.localdate()
    for days in (181, 180, 3):
        QueryLog.objects.create(
            day=today - dt.timedelta(days=days), query="drugs", hits=2, backend="engine"
        )
    old, recent, waiting = (send_membership_mail.enqueue(1, "welcome") for _ in range(3))
    DBTaskResult.objects.filter(pk=old.id).update(status="SUCCESSFUL", finished_at=days_ago(15))
    DBTaskResult.objects.filter(pk=recent.id).update(status="FAILED", finished_at=days_ago(13))

    status, out = run("purge_expired")
    assert status == 0
    assert out == (
        "1 zoekopdracht(en) verwijderd (ouder dan 180 dagen), "
        "1 taakresultaat(en) verwijderd (ouder dan 14 dagen).\n"
    )
    assert QueryLog.objects.count() == 2
    assert set(map(str, DBTaskResult.objects.values_list("pk", flat=True))) == {
        str(recent.id),
        str(waiting.id),
    }
    assert run("purge_expired")[1].startswith("0 zoekopdracht(en) verwijderd")


# -- task_worker -------------------------------------------------------------------------------


# The worker closes connections between tasks. serialized_rollback: the flush after this test
# must restore the data migrations' rows itself; a plain flush re-creates the roles through
# post_migrate, and the next serialized test of the same process then fails to load its own.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_task_worker_runs_again_the_task_its_killed_predecessor_left_running(settings):
    """A worker killed mid-task leaves it RUNNING under its id; the next worker with that id
    makes it READY and runs it. A task another live worker runs, or took over, is left alone."""
    from django_tasks_db.models import DBTaskResult

    from members.tasks import send_membership_mail

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    interrupted, elsewhere, taken_over = (send_membership_mail.enqueue(0, "welcome") for _ in "abc")
    for result, worker_ids in (
        (interrupted, ["prodlocal-1"]),
        (elsewhere, ["prodlocal-2"]),
        (taken_over, ["prodlocal-1", "prodlocal-2"]),
    ):
        DBTaskResult.objects.filter(pk=result.id).update(status="RUNNING", worker_ids=worker_ids)

    status, _out = run("task_worker", "--worker-id=prodlocal-1", "--batch", "--no-startup-delay")

    assert status == 0
    statuses = {str(pk): status for pk, status in DBTaskResult.objects.values_list("pk", "status")}
    assert statuses[interrupted.id] == "SUCCESSFUL"
    assert statuses[elsewhere.id] == "RUNNING"
    assert statuses[taken_over.id] == "RUNNING"
    assert DBTaskResult.objects.get(pk=interrupted.id).worker_ids == ["prodlocal-1", "prodlocal-1"]


# -- search ------------------------------------------------------------------------------------


def indexable() -> int:
    from search.indexing import expected_documents

    return len(expected_documents())


@pytest.mark.search_engine
def test_search_rebuild_loads_every_indexable_page_into_a_new_index(indexed):
    from search.engines import index_alias

    engine = indexed
    [before] = engine.alias_targets(index_alias())
    status, out = run("search_rebuild")
    assert status == 0
    [after] = engine.alias_targets(index_alias())
    assert after != before and engine.list_indices(f"{index_alias()}-*") == [after]
    documents = indexable()
    assert documents > 30
    assert engine.count(index_alias()) == documents
    assert f"created {after}\n" in out
    assert f"alias {index_alias()} -> {after} ({documents} documents)\n" in out
    assert f"removed {before}\n" in out
    assert f"{after}: {documents} documents in " in out


def test_search_rebuild_without_an_engine_says_so(site_pages):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="no search engine configured"):
        run("search_rebuild")


@pytest.mark.search_engine
def test_search_status_reports_the_index_and_the_outbox(indexed):
    from search.engines import index_alias

    status, out = run("search_status", "--json")
    assert status == 0
    report = json.loads(out)
    assert report["engine"] == "opensearch" and report["alias"] == index_alias()
    assert report["health"] in ("green", "yellow")
    assert report["indices"] == indexed.alias_targets(index_alias())
    assert report["documents"] == indexable()
    assert report["outbox"] == {"pending": 0, "failing": 0, "oldest_seconds": 0}
    assert report["last_rebuild"]["documents"] == indexable()

    status, out = run("search_status")
    assert f"         documents: {indexable()}\n" in out


def test_search_status_without_an_engine_says_the_database_searches(site_pages):
    status, out = run("search_status")
    assert status == 0
    assert "            engine: none (database)\n" in out
    assert "      last_rebuild: None\n" in out


@pytest.mark.search_engine
def test_search_drain_applies_what_waits_in_the_outbox(indexed):
    kennisbank = ArticlePage.objects.first().get_parent()
    article = ArticlePageFactory(parent=kennisbank, title="Vastgoedfraude via stromannen")
    article.save_revision().publish()  # not committed: the outbox row waits for the worker
    assert OutboxEntry.objects.filter(page_id=article.pk, processed_at__isnull=True).exists()

    status, out = run("search_drain")
    assert status == 0
    assert out == "applied 1, failed 0, still pending 0\n"
    assert article.pk in search_ids(indexed, title="stromannen")
    assert run("search_drain") == (0, "applied 0, failed 0, still pending 0\n")


def test_search_drain_without_an_engine_has_nothing_to_do(site_pages):
    assert run("search_drain") == (
        0,
        "No search engine configured (SEARCH_ENGINE_URL); nothing to do.\n",
    )


@pytest.mark.search_engine
def test_search_check_finds_the_seeded_index_in_step_then_drift(indexed):
    from search.engines import index_alias

    documents = indexable()
    status, out = run("search_check")
    assert (status, out) == (
        0,
        f"database: {documents} pages, index: {documents} documents\nno drift\n",
    )
    article = ArticlePage.objects.live().first()
    indexed.delete(index_alias(), str(article.pk), refresh=True)
    status, out = run("search_check")
    assert status == 1 and f"1 missing from the index: {article.pk}\n" in out
    assert run("search_check", "--fix")[0] == 0
    assert run("search_check")[1].endswith("no drift\n")


def test_search_check_without_an_engine_has_nothing_to_compare(site_pages):
    assert run("search_check") == (
        0,
        "No search engine configured (SEARCH_ENGINE_URL); nothing to compare.\n",
    )
