"""Capacity holds under real concurrency: parallel PostgreSQL connections, one per thread."""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection, connections

import pytest

from events import services
from events.models import Registration
from members import roles

ATTEMPTS = 200
SEATS = 50
THREADS = 20

BURST = 60  # simultaneous connections, one registration each
BURST_SEATS = 10


def _members(count: int, prefix: str) -> list:
    User = get_user_model()
    users = User.objects.bulk_create(
        User(email=f"{prefix}{i}@gemeente-voorbeeld.nl", first_name="Deelnemer", last_name=str(i))
        for i in range(count)
    )
    lid = Group.objects.get(name=roles.LID)
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=lid.pk) for user in users
    )
    return users


def _assert_stored_exactly(event, users, seats: int) -> None:
    """Every attempt is stored once, `seats` of them confirmed, the rest on a waitlist whose
    order is total: positions 1..n without gaps or ties."""
    stored = Registration.objects.filter(event=event)
    assert sorted(stored.values_list("user_id", flat=True)) == sorted(u.pk for u in users)
    assert stored.filter(status="confirmed").count() == seats
    waitlisted = stored.filter(status="waitlisted")
    assert waitlisted.count() == len(users) - seats
    positions = sorted(r.waitlist_position() for r in waitlisted)
    assert positions == list(range(1, len(users) - seats + 1))


# serialized_rollback: the flush after this test must not wipe the data migrations created
# (groups, page tree) for transactional tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_200_registrations_from_20_threads_for_50_seats_confirm_exactly_50(make_event):
    """20 connections register 10 members each, all starting at once."""
    assert connection.vendor == "postgresql"
    event = make_event(title="Spotlight op ondermijning", capacity=SEATS)
    users = _members(ATTEMPTS, "deelnemer")
    batches = [users[i::THREADS] for i in range(THREADS)]
    barrier = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def register_batch(batch):
        try:
            barrier.wait(timeout=30)
            return [services.registration_create(event=event, user=user).status for user in batch]
        except BaseException as exc:  # surfaced below
            errors.append(exc)
            raise
        finally:
            connection.close()  # each thread has its own connection; give it back

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        statuses = [s for batch in pool.map(register_batch, batches) for s in batch]

    assert errors == []
    assert statuses.count("confirmed") == SEATS
    assert statuses.count("waitlisted") == ATTEMPTS - SEATS
    _assert_stored_exactly(event, users, SEATS)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_burst_of_60_simultaneous_connections_never_exceeds_capacity_and_loses_nothing(
    make_event,
):
    """60 members, each on a connection of its own that is open before any of them starts,
    register at the same moment for 10 seats. A watcher on one more connection counts the
    confirmed seats throughout: never more than 10. Afterwards every member has exactly one
    registration and exactly one mail saying which."""
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_connections")
        max_connections = int(cursor.fetchone()[0])
    # platform/postgres.sh starts the test cluster with max_connections=300.
    assert max_connections >= BURST + 10, f"max_connections={max_connections} is too low"
    event = make_event(title="Webinar ondermijning in de haven", capacity=BURST_SEATS)
    users = _members(BURST, "burst")
    mail.outbox.clear()
    connected = threading.Barrier(BURST + 1)  # the registrants and the watcher
    go = threading.Barrier(BURST + 1)
    done = threading.Event()
    errors: list[BaseException] = []
    observed = {"backends": 0, "max_confirmed": 0, "polls": 0}

    def register(user):
        try:
            connection.ensure_connection()
            connected.wait(timeout=60)
            go.wait(timeout=60)
            return services.registration_create(event=event, user=user).status
        except BaseException as exc:  # surfaced below
            errors.append(exc)
            raise
        finally:
            connection.close()

    def watch():
        try:
            connected.wait(timeout=60)
            with connections["default"].cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                )
                observed["backends"] = cursor.fetchone()[0]
            go.wait(timeout=60)
            confirmed = Registration.objects.filter(event=event, status="confirmed")
            while True:
                finished = done.is_set()  # one more count after the last registration
                observed["max_confirmed"] = max(observed["max_confirmed"], confirmed.count())
                observed["polls"] += 1
                if finished:
                    return
        except BaseException as exc:
            errors.append(exc)
            raise
        finally:
            connection.close()

    watcher = threading.Thread(target=watch)
    watcher.start()
    with ThreadPoolExecutor(max_workers=BURST) as pool:
        statuses = list(pool.map(register, users))
    done.set()
    watcher.join(timeout=60)

    assert errors == []
    # All registrants and the watcher held a connection at once (plus this test's own).
    assert observed["backends"] >= BURST + 1
    assert observed["polls"] >= 2 and observed["max_confirmed"] == BURST_SEATS
    assert statuses.count("confirmed") == BURST_SEATS
    assert statuses.count("waitlisted") == BURST - BURST_SEATS
    _assert_stored_exactly(event, users, BURST_SEATS)
    confirmed_emails = set(
        Registration.objects.filter(event=event, status="confirmed").values_list("email", flat=True)
    )
    prefix = "[Kennisplatform Ondermijning] "
    expected = {
        user.email: prefix
        + (
            f"Aanmelding bevestigd: {event.title}"
            if user.email in confirmed_emails
            else f"U staat op de wachtlijst: {event.title}"
        )
        for user in users
    }
    assert len(mail.outbox) == BURST
    assert {message.to[0]: message.subject for message in mail.outbox} == expected
    assert all(len(message.to) == 1 for message in mail.outbox)
