"""Business rules for knowledge pages."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from . import selectors
from .models import ReviewReminder


def review_reminders_send(*, today: dt.date | None = None) -> int:
    """Mail each owner the pages past their review date that they were not yet reminded of.

    One mail per owner address; a page is reminded once per due date, so the command is safe
    to run daily (or more often). Returns the number of mails sent.
    """
    today = today or timezone.localdate()
    already = set(
        ReviewReminder.objects.filter(due_date__lt=today).values_list("page_id", "due_date")
    )
    by_owner: dict[str, list] = defaultdict(list)
    for page in selectors.pages_due_for_review(on=today):
        if page.owner_email and (page.pk, page.next_review) not in already:
            by_owner[page.owner_email.lower()].append(page)

    sent = 0
    for address, pages in by_owner.items():
        try:
            with transaction.atomic():
                ReviewReminder.objects.bulk_create(
                    [ReviewReminder(page=p, due_date=p.next_review, sent_to=address) for p in pages]
                )
        except IntegrityError:
            continue  # a parallel run claimed these reminders first
        context = {"pages": pages, "base_url": settings.WAGTAILADMIN_BASE_URL}
        message = EmailMultiAlternatives(
            subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}Inhoud toe aan beoordeling",
            body=render_to_string("mail/knowledge/review_reminder.txt", context),
            to=[address],
        )
        message.attach_alternative(
            render_to_string("mail/knowledge/review_reminder.html", context), "text/html"
        )
        message.send()
        sent += 1
    return sent
