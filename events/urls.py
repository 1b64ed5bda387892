"""Event URLs outside Wagtail's page routing (which allows neither the dot of `.ics` nor the
colons of signed tokens): feeds, signed confirm/cancel links, the personal calendar feed and its
token page. Mounted by config/urls.py before Wagtail's catch-all."""

from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("agenda/feed.ics", views.agenda_feed, name="feed"),
    path("agenda/<slug:slug>/event.ics", views.event_ics, name="event_ics"),
    path(
        "agenda/<slug:slug>/bevestigen/<str:token>/",
        views.registration_confirm_view,
        name="confirm",
    ),
    path(
        "agenda/<slug:slug>/afmelden/<str:token>/",
        views.registration_cancel_view,
        name="cancel",
    ),
    path("mijn/agenda.ics", views.personal_feed, name="personal_feed"),
    path("mijn/agenda-feed/", views.calendar_token_view, name="calendar_token"),
]
