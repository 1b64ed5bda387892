from django.conf import settings
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from members import views as members_views

from . import pages, views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    # The admin logs in through allauth (rate limits, MFA): no second login form.
    path("admin/login/", members_views.admin_login_redirect, name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("allauth.urls")),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", include("search.urls")),
    path("", include("members.urls")),  # /leden/, /mijn/, /bijdragen/
    path("", include("events.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's URLs, its page view wrapped in the cheaper site and route lookup (config/pages.py);
# same pattern and name, so `pageurl` and `reverse` are unchanged.
urlpatterns += [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, pages.serve, name="wagtail_serve"),
]
