"""Authentication backends."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend


class UserWithProfileMixin:
    """The signed-in user comes with Wagtail's user profile in the same query: the user bar
    that staff see on every page reads it (`admin_theme_classname`), which was a query of its
    own on each of their page views."""

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user = user_model._default_manager.select_related("wagtail_userprofile").get(pk=user_id)
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None  # type: ignore[attr-defined]


class AuthenticationBackend(UserWithProfileMixin, AllauthBackend):
    """allauth's backend, the only one that checks passwords (by e-mail address)."""


class PermissionBackend(UserWithProfileMixin, ModelBackend):
    """A user's own and group permissions in one query instead of ModelBackend's two.

    Every signed-in page view asks one permission (Wagtail's user bar checks admin access), so
    the second query was paid on every request. The result lands in `user._perm_cache`, which
    the ModelBackend-based backends after this one (Django's, allauth's) read instead of
    querying again. It never authenticates anyone: logging in stays with those backends.
    """

    def authenticate(self, request, **credentials):
        return None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
            user_obj._perm_cache = {
                f"{app_label}.{codename}"
                for app_label, codename in permissions.values_list(
                    "content_type__app_label", "codename"
                ).order_by()
            }
        return user_obj._perm_cache
