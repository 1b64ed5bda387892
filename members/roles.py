"""The platform's roles, as Wagtail groups, and the permissions each role holds.

Groups and model permissions are created by a data migration and re-synced after every
`migrate` (post_migrate, see members/apps.py), so a permission added here for a new model is
granted on the next migrate. Page permissions need the page tree: `grant_page_permissions` runs
when the site structure is created (config/site.py).
"""

from access.policy import MEMBERS_GROUP

LID = MEMBERS_GROUP  # the policy admits this group to members-only content
REDACTEUR = "Redacteur"
HOOFDREDACTEUR = "Hoofdredacteur"
ORGANISATOR = "Evenementorganisator"
MODERATOR = "Moderator"
BEHEERDER = "Beheerder"

ALL_ROLES = [LID, REDACTEUR, HOOFDREDACTEUR, ORGANISATOR, MODERATOR, BEHEERDER]
STAFF_ROLES = [REDACTEUR, HOOFDREDACTEUR, ORGANISATOR, MODERATOR, BEHEERDER]

_TAXONOMY = [
    f"knowledge.{action}_{model}"
    for model in ("theme", "region", "audience")
    for action in ("add", "change", "view")
]
# Wagtail asks documents' permissions of wagtaildocs.Document, whatever the document model
# (wagtail.documents.get_permission_policy: auth_model), so ours are granted under that name.
_MEDIA = [
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]
# Editors see what people search for; chief editors and admins keep the thesaurus.
_SEARCH_INSIGHT = ["search.view_querylog"]
_THESAURUS = [
    "search.add_synonym",
    "search.change_synonym",
    "search.delete_synonym",
    "search.view_synonym",
    "search.add_compoundpart",
    "search.change_compoundpart",
    "search.delete_compoundpart",
    "search.view_compoundpart",
]
# Moderators review applications and keep the domain allowlist.
_MEMBERSHIP = [
    "members.view_membership",
    "members.change_membership",
    "members.add_alloweddomain",
    "members.change_alloweddomain",
    "members.delete_alloweddomain",
    "members.view_alloweddomain",
]

# Beheerders set up the phenomenon tables and their coordinators (spaces/); what is inside a
# table is for its participants only, whoever manages it.
_SPACES = [
    f"spaces.{action}_{model}"
    for model in ("space", "participation", "organisation")
    for action in ("add", "change", "view")
]
# Moderators, who judge applications, also confirm who works for which organisation (pages
# shared with organisations, TLP:AMBER+STRICT); editors keep the circles of named people they
# share pages with (TLP:RED).
_ORGANISATIONS = ["spaces.change_organisation", "spaces.view_organisation"]
_CIRCLES = [f"spaces.{action}_circle" for action in ("add", "change", "view")]

# App-level model permissions per role ("app_label.codename").
MODEL_PERMISSIONS: dict[str, list[str]] = {
    LID: [],
    REDACTEUR: ["wagtailadmin.access_admin", *_TAXONOMY, *_MEDIA, *_SEARCH_INSIGHT, *_CIRCLES],
    HOOFDREDACTEUR: [
        "wagtailadmin.access_admin",
        *_TAXONOMY,
        *_MEDIA,
        "knowledge.delete_theme",
        "knowledge.delete_region",
        "knowledge.delete_audience",
        "wagtaildocs.delete_document",
        "wagtailimages.delete_image",
        "wagtailsearchpromotions.add_query",
        "wagtailsearchpromotions.change_query",
        "wagtailsearchpromotions.delete_query",
        "wagtailsearchpromotions.add_searchpromotion",
        "wagtailsearchpromotions.change_searchpromotion",
        "wagtailsearchpromotions.delete_searchpromotion",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        *_SEARCH_INSIGHT,
        *_THESAURUS,
        *_CIRCLES,
    ],
    ORGANISATOR: ["wagtailadmin.access_admin", *_MEDIA],
    MODERATOR: ["wagtailadmin.access_admin", "members.view_user", *_MEMBERSHIP, *_ORGANISATIONS],
    BEHEERDER: [
        "wagtailadmin.access_admin",
        *_TAXONOMY,
        *_MEDIA,
        "knowledge.delete_theme",
        "knowledge.delete_region",
        "knowledge.delete_audience",
        "members.add_user",
        "members.change_user",
        "members.delete_user",
        "members.view_user",
        *_MEMBERSHIP,
        "auth.add_group",
        "auth.change_group",
        "auth.view_group",
        "wagtailcore.add_site",
        "wagtailcore.change_site",
        "wagtailcore.add_workflow",
        "wagtailcore.change_workflow",
        "wagtailcore.add_task",
        "wagtailcore.change_task",
        *_SEARCH_INSIGHT,
        *_THESAURUS,
        *_SPACES,
        *_CIRCLES,
    ],
}

# Taken away again on every sync, for databases that were granted them earlier. Moderators decide
# on applications in the "Leden" admin; Wagtail's user editor would let them change anyone's
# groups (their own included) and e-mail addresses without verification.
REVOKED_PERMISSIONS: dict[str, list[str]] = {MODERATOR: ["members.change_user"]}
# Granted by earlier versions under the document model's own name, which Wagtail never asks:
# removed from every role, as model and as collection permissions.
OBSOLETE_PERMISSIONS = [
    "knowledge.add_knowledgedocument",
    "knowledge.change_knowledgedocument",
    "knowledge.delete_knowledgedocument",
    "knowledge.choose_document",
]

# Page permissions per role: {role: {page_key: [codenames]}}. page_key "root" is the home page,
# "agenda" the event index.
PAGE_PERMISSIONS: dict[str, dict[str, list[str]]] = {
    REDACTEUR: {"root": ["add_page", "change_page"]},
    HOOFDREDACTEUR: {
        "root": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
    },
    ORGANISATOR: {"agenda": ["add_page", "change_page", "publish_page"]},
    BEHEERDER: {
        "root": [
            "add_page",
            "change_page",
            "publish_page",
            "bulk_delete_page",
            "lock_page",
            "unlock_page",
        ]
    },
}
# Collection permissions follow the media model permissions above.
COLLECTION_PERMISSIONS = {
    REDACTEUR: _MEDIA,
    HOOFDREDACTEUR: [*_MEDIA, "wagtaildocs.delete_document", "wagtailimages.delete_image"],
    ORGANISATOR: _MEDIA,
    BEHEERDER: [*_MEDIA, "wagtaildocs.delete_document", "wagtailimages.delete_image"],
}


def sync_roles(apps) -> None:
    """Create the groups and grant model and collection permissions. Safe to rerun; takes the
    app registry so data migrations can pass their historical one."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # Historical app configs (migrations) have no models module; create_permissions
        # skips those. Restore the value afterwards: the global registry keeps its own.
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = original

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def lookup(dotted: str):
        app_label, codename = dotted.split(".")
        return Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()

    # Wagtail's own starter groups would sit confusingly beside ours ("Moderators" vs "Moderator").
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    root_collection = Collection.objects.filter(depth=1).first()
    for role in ALL_ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        permissions = [p for p in map(lookup, MODEL_PERMISSIONS[role]) if p is not None]
        group.permissions.add(*permissions)
        revoked = [
            p
            for p in map(lookup, [*REVOKED_PERMISSIONS.get(role, []), *OBSOLETE_PERMISSIONS])
            if p is not None
        ]
        group.permissions.remove(*revoked)
        GroupCollectionPermission.objects.filter(group=group, permission__in=revoked).delete()
        if root_collection is not None:
            for dotted in COLLECTION_PERMISSIONS.get(role, []):
                permission = lookup(dotted)
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )


def grant_page_permissions(*, pages: dict) -> None:
    """Grant page permissions on the given pages ({"root": home, "agenda": event index})."""
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import GroupPagePermission

    for role, grants in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        for page_key, codenames in grants.items():
            page = pages.get(page_key)
            if page is None:
                continue
            for codename in codenames:
                permission = Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                )
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=permission
                )
