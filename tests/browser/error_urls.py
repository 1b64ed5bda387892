"""The site's URLs plus one that fails with a bug, so a live server shows the 500 page exactly as
Django serves it after an error (handler500, config.views.server_error). Tests only: set
ROOT_URLCONF to this module."""

from django.http import HttpRequest
from django.urls import path

from config.urls import handler500
from config.urls import urlpatterns as site_urlpatterns

__all__ = ["handler500", "urlpatterns"]

FAILING_PATH = "/_test/fout/"


def failing(request: HttpRequest):
    raise ValueError("a bug in a view, not an outage")


urlpatterns = [path(FAILING_PATH.strip("/") + "/", failing), *site_urlpatterns]
