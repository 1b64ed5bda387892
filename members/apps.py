from django.apps import AppConfig
from django.db.models.signals import post_migrate

from wagtail.users.apps import WagtailUsersAppConfig


def _sync_roles(sender, apps=None, **kwargs):
    """Keep role permissions in step with models added by later migrations (idempotent).
    `flush` (e.g. after transactional tests) sends post_migrate without `apps`."""
    from django.apps import apps as global_apps

    from .roles import sync_roles

    sync_roles(apps or global_apps)


class MembersConfig(AppConfig):
    default = True  # "members" in INSTALLED_APPS; apps.py holds UsersConfig too
    name = "members"
    verbose_name = "Leden"

    def ready(self):
        # post_migrate is sent after all migrations ran; sync_roles creates every app's
        # permissions itself, so once (for this app) is enough.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="members.sync_roles")
        from . import signals  # noqa: F401 - connects the receivers


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with editors for roles only (members/admin_users.py)."""

    default = False

    group_viewset = "members.admin_users.GroupViewSet"
    user_viewset = "members.admin_users.UserViewSet"
