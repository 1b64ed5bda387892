"""Saved searches that mail what is new ("zoekattenderingen").

Someone saves a search from `/zoeken/` (its words and filters) and chooses daily or weekly. A
member's alert counts at once; a visitor's only after the link in a confirmation mail was
followed (double opt-in). `send_search_alerts` (a scheduled command) runs every due alert
**as its recipient at that moment**, through the same search service and permission filter as
the page (`service.search`), and mails the items first published since the previous run: a
person who lost a group or a space never gets an item they may no longer open, and a visitor
gets public items only. Every mail carries a one-click unsubscribe link (RFC 8058), as the
theme digest does (members/views.py).

Rules are functions named `alert_<verb>` with keyword-only arguments that raise `AlertError`
with a Dutch message; reads are the functions around them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from django_tasks import task

from access import labels, policy

from . import service
from .models import SavedSearch
from .queries import FACETS, SearchParams, facet_labels
from .results import Card, page_url

logger = logging.getLogger("kennisplatform.search")

CONFIRM_SALT = "search.alert.confirm"
UNSUBSCRIBE_SALT = "search.alert.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 3600  # seconds; unconfirmed requests are deleted after this too
MAX_ALERTS = 20  # per account or address
MAX_ITEMS = 20  # per mail; the mail links the full search for more
MAX_PAGES = 5  # result pages read per alert and run (newest first)
# Items published in the last minutes wait for the next run: the index may not have them yet.
INDEX_LAG = dt.timedelta(minutes=5)
# A run is due when the interval has passed, less some slack for a scheduler that starts a
# little earlier than the day before.
INTERVALS: dict[str, dt.timedelta] = {
    SavedSearch.Frequency.DAILY.value: dt.timedelta(days=1),
    SavedSearch.Frequency.WEEKLY.value: dt.timedelta(days=7),
}
SLACK = dt.timedelta(hours=2)


class AlertError(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


# -- reading -------------------------------------------------------------------------------
def params_from(data: QueryDict) -> SearchParams:
    """Search parameters from form or URL data, read as `/zoeken/` reads them (unknown filter
    values dropped, the query cleaned and capped)."""
    request = HttpRequest()
    request.GET = data
    return SearchParams.from_request(request)


def alert_params(alert: SavedSearch, *, page: int = 1) -> SearchParams:
    """The saved search, newest first. Filter values that no longer exist (a deleted theme)
    are dropped as the page would drop them."""
    data = QueryDict(mutable=True)
    data["q"] = alert.query
    for param, values in alert.filters.items():
        data.setlist(param, list(values))
    params = params_from(data)
    params.sort = "nieuwste"
    params.page = page
    # Not a search someone typed: like paging on, it stays out of the editors' query report.
    params.requested_page = 0
    return params


def alert_key(params: SearchParams) -> str:
    filters = sorted((param, sorted(values)) for param, values in params.filters.items() if values)
    data = json.dumps([params.query.casefold(), filters], ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def search_path(alert: SavedSearch) -> str:
    data = QueryDict(mutable=True)
    if alert.query:
        data["q"] = alert.query
    for param, values in alert.filters.items():
        data.setlist(param, list(values))
    return reverse("search:search") + "?" + data.urlencode()


def describe(alert: SavedSearch) -> str:
    """What the alert follows, in words: ‘drugsafval’ · Thema: Drugs, Witwassen."""
    labels = facet_labels()
    parts = [f"‘{alert.query}’"] if alert.query else []
    for spec in FACETS:
        values = alert.filters.get(spec.param) or []
        if values:
            names = [labels.get(spec.param, {}).get(v, v) for v in values]
            parts.append(f"{spec.label}: {', '.join(names)}")
    return " · ".join(parts) or _("alles")


def alerts_of(user) -> QuerySet[SavedSearch]:
    return SavedSearch.objects.filter(user=user).order_by("-created_at")


def recipient(alert: SavedSearch):
    """Who the search runs as: the account as it is now, or a visitor."""
    return alert.user if alert.user_id else AnonymousUser()


def address(alert: SavedSearch) -> str:
    return alert.user.email if alert.user_id else alert.email


def new_items(alert: SavedSearch, *, since: dt.datetime, until: dt.datetime) -> list[Card]:
    """Result cards of items first published in (since, until] that the recipient may open
    now, newest first, through the search service exactly as `/zoeken/` runs it for them.

    Only a strict match counts: when every word together finds nothing, the page would relax
    to some of the words, and a mail about "some of your words" is noise."""
    request = HttpRequest()
    request.user = recipient(alert)
    found: list[Card] = []
    for number in range(1, MAX_PAGES + 1):
        results = service.search(request, alert_params(alert, page=number))
        if results.relaxed:
            return []
        older = 0
        for card in results.cards:
            published = card.page.first_published_at
            if published and since < published <= until:
                found.append(card)
            # Newest first sorts events by their start: a future event is no sign that
            # the rest is older.
            elif (card.event_start or published or since) <= since:
                older += 1
        pagination = results.pagination
        if len(found) >= MAX_ITEMS or not results.cards or older == len(results.cards):
            break
        if pagination is None or number >= pagination.num_pages:
            break
    return found[:MAX_ITEMS]


def due_alerts(now: dt.datetime) -> QuerySet[SavedSearch]:
    """Confirmed alerts whose interval has passed (checked again under the row lock)."""
    due = SavedSearch.objects.none()
    for frequency, interval in INTERVALS.items():
        due = due | SavedSearch.objects.filter(
            frequency=frequency,
            confirmed_at__isnull=False,
            checked_until__lte=now - interval + SLACK,
        )
    return due.order_by("pk")


# -- tokens ----------------------------------------------------------------------------------
def confirm_token(alert: SavedSearch, frequency: str = "") -> str:
    """The confirmation link names the alert and the frequency asked for: a visitor's
    change of frequency counts only once the address confirmed it too."""
    return signing.dumps([alert.pk, frequency or alert.frequency], salt=CONFIRM_SALT)


def unsubscribe_token(alert: SavedSearch) -> str:
    # No expiry: the link in an old mail must keep working.
    return signing.dumps(alert.pk, salt=UNSUBSCRIBE_SALT)


def _pk_from(token: str, *, salt: str, max_age: int | None = None) -> int | None:
    try:
        value = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:  # also SignatureExpired
        return None
    return value if isinstance(value, int) else None


def confirm_request(token: str) -> tuple[int, str] | None:
    """(alert, frequency) a confirmation link names, None for a forged or expired link."""
    try:
        value = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], int)
        and value[1] in SavedSearch.Frequency.values
    ):
        return value[0], value[1]
    return None


def unsubscribe_pk(token: str) -> int | None:
    return _pk_from(token, salt=UNSUBSCRIBE_SALT)


def absolute_url(path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# -- rules -----------------------------------------------------------------------------------
def alert_create(
    *, params: SearchParams, frequency: str, user=None, email: str = ""
) -> SavedSearch:
    """Save a search for a signed-in person (counts at once) or a visitor's address (counts
    after confirmation; the confirmation mail goes after commit). Saving the same search
    again changes a member's frequency at once; for a visitor's address it sends the
    confirmation again, and the new frequency counts once that link is followed: nobody
    changes what another person's address receives by typing it in."""
    if not (params.query or params.has_filters):
        raise AlertError(
            _("Vul een zoekterm in of kies een filter om deze zoekopdracht te volgen.")
        )
    if params.only_stopwords and not params.has_filters:
        raise AlertError(
            _(
                "Uw zoekopdracht bestaat alleen uit veelvoorkomende woorden. Voeg een "
                "inhoudelijk woord toe."
            )
        )
    if frequency not in SavedSearch.Frequency.values:
        raise AlertError(_("Kies hoe vaak u een e-mail wilt ontvangen: dagelijks of wekelijks."))
    member = user is not None and user.is_authenticated
    if member and not policy.viewer(user).member:
        # An account that waits for verification or a moderator has no confirmed address.
        raise AlertError(
            _(
                "Zoekopdrachten volgen kan zodra uw account is goedgekeurd. Tot die tijd kunt "
                "u zich afmelden en de zoekopdracht met uw e-mailadres volgen."
            ),
            status=403,
        )
    email = "" if member else email.strip().lower()
    if not member and not email:
        raise AlertError(_("Vul uw e-mailadres in."))
    owner = {"user": user} if member else {"user": None, "email": email}
    key = alert_key(params)
    now = timezone.now()
    with transaction.atomic():
        existing = SavedSearch.objects.select_for_update().filter(key=key, **owner).first()
        if existing is None:
            if SavedSearch.objects.filter(**owner).count() >= MAX_ALERTS:
                raise AlertError(
                    _(
                        "U volgt al %(n)s zoekopdrachten. Verwijder er eerst een op ‘Mijn "
                        "zoekopdrachten’ voordat u een nieuwe bewaart."
                    )
                    % {"n": MAX_ALERTS}
                )
            alert = SavedSearch.objects.create(
                **owner,
                key=key,
                query=params.query,
                filters={k: v for k, v in params.filters.items() if v},
                frequency=frequency,
                created_at=now,
                checked_until=now,
                confirmed_at=now if member else None,
            )
        else:
            alert = existing
            if member:
                alert.frequency = frequency
                alert.save(update_fields=["frequency"])
        if not member:
            pk = alert.pk
            transaction.on_commit(
                lambda: send_alert_confirmation.enqueue(pk, frequency), robust=True
            )
    return alert


def alert_confirm(*, alert: SavedSearch, frequency: str = "") -> SavedSearch:
    """The visitor followed the link: from now on new items are mailed (nothing older), at
    the frequency the link names."""
    with transaction.atomic():
        alert = SavedSearch.objects.select_for_update().get(pk=alert.pk)
        fields = []
        if alert.confirmed_at is None:
            alert.confirmed_at = alert.checked_until = timezone.now()
            fields += ["confirmed_at", "checked_until"]
        if frequency in SavedSearch.Frequency.values and frequency != alert.frequency:
            alert.frequency = frequency
            fields.append("frequency")
        if fields:
            alert.save(update_fields=fields)
    return alert


def alert_delete(*, alert: SavedSearch) -> None:
    """Deleting is unsubscribing: nothing is kept of the search or the address."""
    SavedSearch.objects.filter(pk=alert.pk).delete()


def alert_send(*, alert: SavedSearch, now: dt.datetime | None = None) -> int:
    """Mail this alert's new items if it is due; returns how many were sent.

    Under a row lock, in one transaction with moving the alert's watermark on: a failed mail
    rolls back and the next run tries again, a second run at the same time waits and then
    finds the alert not due. Runs the search as the recipient now (see `new_items`)."""
    now = now or timezone.now()
    with transaction.atomic():
        alert = (
            SavedSearch.objects.select_for_update(of=("self",))
            .select_related("user")
            .filter(pk=alert.pk)
            .first()
        )
        if alert is None or alert.confirmed_at is None:
            return 0
        if alert.user_id and not alert.user.is_active:
            return 0
        if now - alert.checked_until < INTERVALS[alert.frequency] - SLACK:
            return 0
        until = now - INDEX_LAG
        items = new_items(alert, since=alert.checked_until, until=until)
        alert.checked_until = until
        fields = ["checked_until"]
        if items:
            _alert_mail(alert, items).send()
            alert.last_sent_at = now
            fields.append("last_sent_at")
        alert.save(update_fields=fields)
    return len(items)


def alerts_send(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Every due alert; one failing mailbox or search does not stop the others. Visitors'
    requests that were never confirmed are deleted after CONFIRM_MAX_AGE."""
    now = now or timezone.now()
    summary = {"alerts": 0, "mails": 0, "items": 0, "failed": 0, "expired": 0}
    summary["expired"], _by_model = SavedSearch.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - dt.timedelta(seconds=CONFIRM_MAX_AGE)
    ).delete()
    for alert in due_alerts(now).iterator():
        summary["alerts"] += 1
        try:
            sent = alert_send(alert=alert, now=now)
        except Exception:  # noqa: BLE001 - logged; the next run retries this alert
            logger.exception("Search alert %s failed", alert.pk)
            summary["failed"] += 1
            continue
        if sent:
            summary["mails"] += 1
            summary["items"] += sent
    return summary


# -- mails -----------------------------------------------------------------------------------
@dataclass
class MailItem:
    title: str
    url: str
    label: str
    summary: str
    published: dt.datetime | None
    event_start: dt.datetime | None


def build_mail(
    template: str, *, to: list[str], context: dict, headers: dict[str, str] | None = None
) -> EmailMultiAlternatives:
    """Dutch, a text and an HTML part in the members' mail layout (templates/mail/search/
    extends mail/members/base.html), as members.mail.build_mail builds them; search may not
    import members (docs/architecture.md)."""
    context = {"site_url": absolute_url("/"), **context}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"mail/search/{template}_subject.txt", context)
        text = render_to_string(f"mail/search/{template}.txt", context)
        html = render_to_string(f"mail/search/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=text.strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    return message


def _mail_item(card: Card, label: labels.Label) -> MailItem:
    """A mail travels: of an item for a closed group (TLP:AMBER: a table's meeting, a page
    for editors) it says only that there is one, never its title, text or date; the link
    asks the reader to sign in (as the theme digest does, members/services.py)."""
    if not labels.is_quotable(label):
        return MailItem(
            title=labels.unquoted_title(label),
            url=absolute_url(labels.unquoted_path(card.page)),
            label=card.label,
            summary="",
            published=None,
            event_start=None,
        )
    return MailItem(
        title=card.page.title,
        url=absolute_url(card.url or page_url(card.page, None)),
        label=card.label,
        summary=card.summary,
        published=card.page.first_published_at,
        event_start=card.event_start,
    )


def _alert_mail(alert: SavedSearch, cards: list[Card]) -> EmailMultiAlternatives:
    unsubscribe_url = absolute_url(
        reverse("search:alert_unsubscribe", args=[unsubscribe_token(alert)])
    )
    page_labels = labels.page_labels(card.page for card in cards)
    items = [_mail_item(card, page_labels.get(card.page.pk, labels.Label.CLEAR)) for card in cards]
    return build_mail(
        "alert",
        to=[address(alert)],
        context={
            "name": alert.user.get_full_name() if alert.user_id else "",
            "description": describe(alert),
            "items": items,
            "search_url": absolute_url(search_path(alert)),
            "manage_url": absolute_url("/mijn/#zoekopdrachten") if alert.user_id else "",
            "unsubscribe_url": unsubscribe_url,
            "frequency": alert.get_frequency_display(),
            "more": len(items) >= MAX_ITEMS,
        },
        # RFC 8058 one-click unsubscribe for mail clients that offer it.
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


@task()
def send_alert_confirmation(alert_id: int, frequency: str = "") -> None:
    alert = SavedSearch.objects.filter(pk=alert_id, user__isnull=True).first()
    if alert is None:
        return
    if frequency in SavedSearch.Frequency.values:
        alert.frequency = frequency  # what the link asks to confirm; saved on confirmation
    build_mail(
        "alert_confirm",
        to=[alert.email],
        context={
            "description": describe(alert),
            "confirm_url": absolute_url(
                reverse("search:alert_confirm", args=[confirm_token(alert, frequency)])
            ),
            "frequency": alert.get_frequency_display(),
            "days": CONFIRM_MAX_AGE // 86400,
        },
    ).send()
