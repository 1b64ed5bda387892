"""Operational endpoints: health check, robots.txt and security.txt."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
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
