"""Authentication backends."""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q


class PermissionBackend(ModelBackend):
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
