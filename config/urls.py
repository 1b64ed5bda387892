from django.conf import settings
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from access import files, privacy
from access import views as access_views
from access.sitemap import VisitorSitemap
from members import login_views
from members import views as members_views

from . import pages, views

# A database or cache outage gets the Dutch 503 page, any other error the 500 page.
handler500 = "config.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("p/<int:page_id>/", access_views.page_link, name="page_link"),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": VisitorSitemap}}, name="sitemap"),
    # Stored files pass the policy; no web server location maps onto MEDIA_ROOT.
    path(f"{settings.MEDIA_URL.strip('/')}/<path:name>", files.serve_media, name="media"),
    # The admin logs in through allauth (rate limits, MFA): no second login form.
    path("admin/login/", members_views.admin_login_redirect, name="admin_login_redirect"),
    # Wagtail's privacy dialog with the page's sharing label: lowering it needs a reason.
    path("admin/pages/<int:page_id>/privacy/", privacy.set_privacy, name="access_set_privacy"),
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("allauth.urls")),
    # Wagtail's collection password form, rate limited (members/login_views.py).
    path(
        "documenten/authenticate_with_password/<int:restriction_id>/",
        login_views.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    # Wagtail's document view, with the cache headers of /media/ (access/files.py).
    re_path(r"^documenten/(\d+)/(.*)$", files.serve_document, name="wagtaildocs_serve"),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", include("search.urls")),
    path("", include("members.urls")),  # /leden/, /mijn/, /bijdragen/
    path("", include("events.urls")),
    path("", include("spaces.urls")),  # /tafels/
]

# Wagtail's URLs, its page view wrapped in the cheaper site and route lookup (config/pages.py);
# its login form sends people to allauth's and its page password form is rate limited
# (members/login_views.py). Same patterns and names, so `pageurl` and `reverse` are unchanged.
_REPLACED = {"wagtail_serve", "wagtailcore_login", "wagtailcore_authenticate_with_password"}
urlpatterns += [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name not in _REPLACED),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        login_views.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("_util/login/", login_views.frontend_login, name="wagtailcore_login"),
    re_path(wagtail_urls.serve_pattern, pages.serve, name="wagtail_serve"),
]
