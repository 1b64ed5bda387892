"""The daily summary: what is new since the last one, within the labels, once."""

import datetime as dt
import io

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from access.labels import Label
from spaces import services
from spaces.models import Participation


def test_a_daily_participant_gets_one_summary_within_the_labels(table):
    piet = table.users["participant"]
    Participation.objects.filter(user=piet).update(
        notify=Participation.Notify.DAILY, digest_sent_at=timezone.now() - dt.timedelta(days=1)
    )
    out = io.StringIO()
    call_command("send_space_digests", stdout=out)
    assert out.getvalue() == "1 samenvatting(en) verstuurd.\n"
    [message] = mail.outbox
    assert message.to == [piet.email]
    text = message.body + message.alternatives[0][0]
    assert "Bericht TLP:CLEAR" in text and "Bestand TLP:GREEN" in text
    for label in (Label.AMBER, Label.AMBER_STRICT, Label.RED):
        assert f"Bericht {label.label}" not in text and f"Bestand {label.label}" not in text
        assert f"{label.value}berichtwoord" not in text
    # AMBER and AMBER+STRICT (Politie) updates and files: four; RED is not for Piet.
    assert "4 nieuwe items met een label dat niet in e-mail mag" in message.body

    mail.outbox.clear()
    assert services.send_digests() == 0
    assert mail.outbox == []


def test_immediate_and_silent_participants_get_no_summary(table):
    Participation.objects.filter(user=table.users["other_org"]).update(
        notify=Participation.Notify.NEVER
    )
    assert services.send_digests() == 0
    assert mail.outbox == []
