"""A task worker is killed halfway through a batch of mails."""

from __future__ import annotations

import time
import uuid
from collections import Counter
from pathlib import Path

from .conftest import kill, mails_in

RECIPIENTS = 400

# Registrations for one upcoming event, and the organiser's message to all of them, as the
# admin view does it (events.services.event_mail_registrants queues one task: the batch).
BATCH = """
from django.utils import timezone
from events import services
from events.models import EventPage, Registration
event = EventPage.objects.live().filter(start__gt=timezone.now()).order_by("start").first()
Registration.objects.bulk_create([
    Registration(event=event, email=f"topo-{{i}}-{token}@example.org", name=f"Deelnemer {{i}}",
                 status="confirmed", confirmed_at=timezone.now())
    for i in range({n})
])
services.event_mail_registrants(event=event, subject="Topologie {token}",
    message="Het programma is gewijzigd.", statuses=["confirmed"])
result = {{"event": event.pk}}
"""


def test_a_worker_killed_in_a_mail_batch_leaves_every_mail_sent_exactly_once(topology):
    """With one worker running, an organiser's message to 400 registrants is queued; the
    worker is killed (SIGKILL) once some of the mails have gone out. Its supervisor starts it
    again under the same worker id, it takes the interrupted task back and runs it again
    (config/management/commands/task_worker.py), which skips the mails already sent: every
    registrant ends up with exactly one mail (read from the file mail backend's folder)."""
    folder = Path(topology.app_env["EMAIL_FILE_PATH"])
    token = uuid.uuid4().hex[:10]
    ours = {f"topo-{i}-{token}@example.org" for i in range(RECIPIENTS)}
    topology.script("down", "worker-2")  # the batch goes to worker-1
    try:
        worker = topology.pid("worker-1")
        topology.django(BATCH.format(n=RECIPIENTS, token=token))
        topology.wait_until(
            lambda: len(mails_in(folder, token)) >= 20,
            timeout=120,
            interval=0.05,
            what="the batch started sending",
        )
        kill(worker)
        sent_before_kill = len(mails_in(folder, token))
        assert sent_before_kill < RECIPIENTS, "the batch finished before the kill; raise RECIPIENTS"

        topology.wait_until(
            lambda: len(set(mails_in(folder, token)) & ours) == RECIPIENTS,
            timeout=240,
            what="every mail sent after the restart",
            interval=1,
        )
        time.sleep(3)  # nothing more arrives
        assert topology.pid("worker-1") != worker
    finally:
        topology.script("up", "worker-2")

    counts = Counter(mails_in(folder, token))
    assert ours <= set(counts)  # and the event's demo registrants
    twice = {address: n for address, n in counts.items() if n > 1}
    assert twice == {}
    print(f"\n{sent_before_kill} of {RECIPIENTS} mails sent before the kill; all sent once")
