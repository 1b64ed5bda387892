"""Business rules for knowledge pages."""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from . import selectors
from .models import ReviewReminder

logger = logging.getLogger("kennisplatform.knowledge")


def review_reminders_send(*, today: dt.date | None = None) -> dict[str, int]:
    """Mail each owner the pages past their review date that they were not yet reminded of.

    One mail per owner address; a page is reminded once per due date, so the command is safe
    to run daily (or more often). A reminder is recorded in the transaction that sends its
    mail: a mail that could not be sent is tried again on the next run, and a parallel run
    waits on the recorded rows instead of sending too. Returns the number of mails sent and
    failed, and of overdue pages without an owner address (nobody to mail).
    """
    today = today or timezone.localdate()
    already = set(ReviewReminder.objects.values_list("page_id", "due_date"))
    by_owner: dict[str, list] = defaultdict(list)
    summary = {"mails": 0, "failed": 0, "without_owner": 0}
    for page in selectors.pages_due_for_review(on=today):
        if not page.owner_email:
            summary["without_owner"] += 1
        elif (page.pk, page.next_review) not in already:
            by_owner[page.owner_email.lower()].append(page)

    for address, pages in by_owner.items():
        try:
            with transaction.atomic():
                ReviewReminder.objects.bulk_create(
                    [ReviewReminder(page=p, due_date=p.next_review, sent_to=address) for p in pages]
                )
                _review_reminder_mail(address, pages).send()
        except IntegrityError:
            continue  # a parallel run claimed these reminders first
        except Exception:  # noqa: BLE001 - logged; nothing recorded, the next run retries
            logger.exception("Review reminder to %s failed", address)
            summary["failed"] += 1
        else:
            summary["mails"] += 1
    return summary


def _review_reminder_mail(address: str, pages: list) -> EmailMultiAlternatives:
    context = {"pages": pages, "base_url": settings.WAGTAILADMIN_BASE_URL}
    message = EmailMultiAlternatives(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}Inhoud toe aan beoordeling",
        body=render_to_string("mail/knowledge/review_reminder.txt", context),
        to=[address],
    )
    message.attach_alternative(
        render_to_string("mail/knowledge/review_reminder.html", context), "text/html"
    )
    return message
