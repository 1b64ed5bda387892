"""Signed tokens in links that must work without logging in (digest unsubscribe)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse

UNSUBSCRIBE_SALT = "members.digest.unsubscribe"


def unsubscribe_token(user) -> str:
    # No expiry: an unsubscribe link in an old mail must keep working.
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def unsubscribe_path(user) -> str:
    return reverse("members:unsubscribe", args=[unsubscribe_token(user)])


def user_for_unsubscribe_token(token: str):
    """The account the token was made for, or None if it is forged or the account is gone."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()
