from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from members import roles


def restrict_to_members(page, group_names=tuple(roles.ALL_ROLES)):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=group_names))
    return restriction
