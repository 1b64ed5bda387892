"""Content-Security-Policy on every response, with django-csp 4.0.

Three policies, chosen per response:

- HTML pages of the site get `settings.CONTENT_SECURITY_POLICY`: scripts and styles only from
  our own origin, so no inline script, event handler or style attribute runs or applies.
- Wagtail's admin (`/admin/`) gets the same policy with the directives of
  `settings.CONTENT_SECURITY_POLICY_ADMIN` replaced: Wagtail 8's admin still writes inline
  scripts and styles of its own (see the setting for which and why).
- Everything that is not an HTML page (stored files, feeds, JSON, exports) gets
  `default-src 'none'`, as Wagtail's document view sends: nothing in it may run or load
  anything, even when a browser opens it directly.

A response that allows framing by our own pages (X-Frame-Options SAMEORIGIN: only Wagtail's
preview views send it) gets `frame-ancestors 'self'` instead of 'none'.

The middleware sits outside WhiteNoise and the page cache, so cached pages and static files
carry a policy too. A response that already carries a policy keeps it (django-csp never
overwrites the header; Wagtail's document and image views set their own), and a view
decorated with django-csp's `@csp`/`@csp_update`/`@csp_replace` still gets what it asked for.
https://django-csp.readthedocs.io/en/latest/configuration.html
"""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.urls import reverse

from csp.constants import NONE, SELF
from csp.middleware import CSPMiddleware, PolicyParts

FILE_POLICY = {"default-src": [NONE]}
HTML_TYPES = {"text/html", "application/xhtml+xml"}


@cache
def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


def is_html(response: HttpResponseBase) -> bool:
    content_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return content_type in HTML_TYPES


class PolicyMiddleware(CSPMiddleware):
    def process_response(self, request: HttpRequest, response: HttpResponseBase):
        if getattr(request, "is_dummy", False):
            # Wagtail's preview renders the page through the middleware once more, inside the
            # admin's own request (Page.make_preview_request): that outer response gets the
            # policy, with the framing its X-Frame-Options allows.
            return response
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts  # no report-only policy is configured; a decorator's own policy wins
        if not is_html(response):
            return PolicyParts(config=FILE_POLICY)
        replace = {}
        if request.path_info.startswith(admin_prefix()):
            replace.update(settings.CONTENT_SECURITY_POLICY_ADMIN)
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            replace["frame-ancestors"] = [SELF]
        if replace:
            parts.replace = {**replace, **(parts.replace or {})}
        return parts
