"""`{% saved_searches user %}`: the "Mijn zoekopdrachten" block of /mijn/. A template tag, so
the members' page shows search's alerts without members importing search (one query)."""

from django import template

from .. import alerts

register = template.Library()


@register.inclusion_tag("search/_my_saved_searches.html", takes_context=True)
def saved_searches(context, user):
    rows = [
        {
            "alert": alert,
            "description": alerts.describe(alert),
            "url": alerts.search_path(alert),
        }
        for alert in alerts.alerts_of(user)
    ]
    return {"rows": rows, "csrf_token": context.get("csrf_token")}
