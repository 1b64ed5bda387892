"""Capacity holds under real concurrency: parallel PostgreSQL connections, one per thread."""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection

import pytest

from events import services
from events.models import Registration
from members import roles

ATTEMPTS = 200
SEATS = 50
THREADS = 20


# serialized_rollback: the flush after this test must not wipe the data migrations created
# (groups, page tree) for transactional tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_200_simultaneous_registrations_for_50_seats_confirm_exactly_50(make_event):
    assert connection.vendor == "postgresql"
    event = make_event(title="Spotlight op ondermijning", capacity=SEATS)
    User = get_user_model()
    users = User.objects.bulk_create(
        User(email=f"deelnemer{i}@gemeente-voorbeeld.nl", first_name="Deelnemer", last_name=str(i))
        for i in range(ATTEMPTS)
    )
    lid = Group.objects.get(name=roles.LID)
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=lid.pk) for user in users
    )
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
    stored = Registration.objects.filter(event=event)
    assert stored.filter(status="confirmed").count() == SEATS
    assert stored.filter(status="waitlisted").count() == ATTEMPTS - SEATS
    # The waitlist order is total: positions 1..150 without gaps or ties.
    positions = sorted(r.waitlist_position() for r in stored.filter(status="waitlisted"))
    assert positions == list(range(1, ATTEMPTS - SEATS + 1))
