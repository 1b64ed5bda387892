"""Operational endpoints: health check, robots.txt and security.txt; the 500 handler."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .health import health_report


@never_cache
@require_GET
def healthz(request):
    """JSON health report of every dependency (config/health.py): `degraded` with status 503
    when one fails, never a 500; at most a few seconds old."""
    report, healthy = health_report()
    return JsonResponse(report, status=200 if healthy else 503)


@never_cache
@require_GET
def livez(request):
    """Liveness for the load balancer and process supervisors: this process answers requests.
    It touches no database, cache or engine, so a failing dependency never takes every web
    worker out of rotation at once (/healthz says which dependency fails)."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /mijn/",
        "Disallow: /leden/",
        "Disallow: /zoeken/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def security_txt(request):
    """/.well-known/security.txt (RFC 9116): where to report a vulnerability, until when this
    is valid, in which languages, and the one URL it is valid for."""
    lines = [
        f"Contact: mailto:{settings.SECURITY_CONTACT_EMAIL}",
        f"Expires: {settings.SECURITY_TXT_EXPIRES}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
        f"Policy: {request.build_absolute_uri('/contact/')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Seconds a client may wait before trying again after a 503 (a database or Redis restart).
RETRY_AFTER_SECONDS = 10


def _outage(exc: BaseException | None) -> bool:
    """Whether the error, or one it was raised from, means the database or the cache could not
    be reached: a restart or failover, not a bug in the page."""
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OperationalError | InterfaceError):
            return True
        if isinstance(exc, RedisConnectionError | RedisTimeoutError):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def server_error(request, template_name="500.html"):
    """handler500: Django's, except that a request the database or the cache could not serve
    gets the Dutch 503 page ("Tijdelijk niet beschikbaar") with Retry-After: the next request
    succeeds once the server is back (docs/operations.md). Rendered without a request or
    context processors, like 500.html, so it needs neither."""
    if _outage(sys.exc_info()[1]):
        response = HttpResponseServerError(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return defaults.server_error(request, template_name)
