"""Organiser admin wiring: URLs, a menu item for those who may publish events, and buttons on
event pages in the page explorer and editor header."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.widgets import Button, ListingButton
from wagtail.models import Page

from . import admin_views, selectors
from .access import can_manage_registrations
from .models import EventPage
from .selectors import withdrawal_recipients

admin_urlpatterns = [
    path("", admin_views.index, name="index"),
    path("<int:event_id>/", admin_views.event_detail, name="event"),
    path("<int:event_id>/aanmelding/", admin_views.toggle_registration, name="toggle"),
    path("<int:event_id>/aanwezigheid/", admin_views.attendance, name="attendance"),
    path(
        "<int:event_id>/annuleren/<int:registration_id>/",
        admin_views.cancel_registration,
        name="cancel",
    ),
    path("<int:event_id>/mail/", admin_views.mail_registrants, name="mail"),
    path("<int:event_id>/export.csv", admin_views.export_csv, name="export_csv"),
    path("<int:event_id>/export.xlsx", admin_views.export_xlsx, name="export_xlsx"),
]


@hooks.register("register_admin_urls")
def register_event_admin_urls():
    return [path("aanmeldingen/", include((admin_urlpatterns, "events_admin")))]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return selectors.can_manage_any_events(request.user)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(
        _("Aanmeldingen"),
        reverse("events_admin:index"),
        name="aanmeldingen",
        icon_name="group",
        order=250,
    )


def _is_manageable_event(page, user) -> bool:
    return page.specific_class is EventPage and can_manage_registrations(user, page)


@hooks.register("register_page_listing_buttons")
def registrations_listing_button(page, user, next_url=None):
    if _is_manageable_event(page, user):
        yield ListingButton(
            _("Aanmeldingen"),
            reverse("events_admin:event", args=[page.pk]),
            icon_name="group",
            attrs={"aria-label": _("Aanmeldingen voor '%(title)s'") % {"title": page.title}},
            priority=15,
        )


@hooks.register("register_page_header_buttons")
def registrations_header_button(page, user, view_name, next_url=None):
    if _is_manageable_event(page, user):
        yield Button(
            _("Aanmeldingen"),
            reverse("events_admin:event", args=[page.pk]),
            icon_name="group",
            priority=12,
        )


def _registrations_at_stake(pages) -> int:
    """Registrants of events that have not started, at or below these pages: the people a
    delete would silently drop, or an unpublish would mail (services.event_withdraw)."""
    events = EventPage.objects.none()
    for page in pages:
        events |= EventPage.objects.descendant_of(page, inclusive=True)
    return withdrawal_recipients(events=events).count()


@hooks.register("before_delete_page")
def keep_registrations_of_upcoming_events(request, page):
    """Deleting an event (or a page above it) would drop its registrations without a word:
    the organiser withdraws it first, which tells the registrants."""
    if not _registrations_at_stake([page]):
        return None
    if isinstance(page.specific_deferred, EventPage):
        message = _(
            "Dit evenement heeft aanmeldingen en kan daarom niet worden verwijderd. Trek eerst "
            "de publicatie in: dan vervallen de aanmeldingen en krijgen de deelnemers bericht "
            "dat het evenement niet doorgaat."
        )
    else:
        message = _(
            "Onder deze pagina staan evenementen met aanmeldingen; daarom kan zij niet worden "
            "verwijderd. Trek eerst per evenement de publicatie in: dan vervallen de "
            "aanmeldingen en krijgen de deelnemers bericht dat het evenement niet doorgaat."
        )
    messages.error(request, message)
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def withdraw_events_one_by_one(request, action_type, objects, action_class_instance):
    """Bulk delete or unpublish in the page explorer: refused when it would drop or cancel
    registrations, so an organiser always sees the warning of the single-page action."""
    if action_type not in ("delete", "unpublish"):
        return None
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if pages and _registrations_at_stake(pages):
        messages.error(
            request,
            _(
                "Een of meer gekozen pagina's zijn (of bevatten) evenementen met aanmeldingen. "
                "Trek de publicatie daarvan per evenement in, zodat u ziet wie bericht krijgt."
            ),
        )
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_explore_root")
    return None
