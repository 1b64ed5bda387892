import re

import pytest

from ..factories import AllowedDomainFactory

PASSWORD = "Een-sterk-wachtwoord-2026"


@pytest.fixture
def allowlist(db):
    return [
        AllowedDomainFactory(domain="politie.nl", organisation="Politie"),
        AllowedDomainFactory(domain="*.riec.nl", organisation="RIEC's"),
    ]


def links_in(message) -> list[str]:
    return re.findall(r"https?://[^\s\"<>]+", message.body)


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def signup(client, email, **extra):
    data = {
        "first_name": "Fatima",
        "last_name": "El Amrani",
        "organisation": "Politie Eenheid Zeeland-West-Brabant",
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "motivation": "",
        **extra,
    }
    return client.post("/accounts/signup/", data)


def verified(user):
    """Factory users have no allauth EmailAddress; give them a verified, primary one."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


def totp_code(secret: str, at: float | None = None) -> str:
    """RFC 6238 code (SHA-1, 30 s, 6 digits) computed here, independent of allauth's code."""
    import base64
    import hashlib
    import hmac
    import struct
    import time

    if at is None:
        # A code computed just before its 30 s window closes may reach the server in the
        # next one (allauth allows no tolerance): wait for a fresh window instead.
        left = 30 - time.time() % 30
        if left < 3:
            time.sleep(left + 0.1)
        at = time.time()
    counter = int(at // 30)
    digest = hmac.new(
        base64.b32decode(secret, casefold=True), struct.pack(">Q", counter), hashlib.sha1
    ).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"
