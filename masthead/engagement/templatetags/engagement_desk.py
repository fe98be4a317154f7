"""``{% desk_analytics %}``: today's top stories and views per section on the desk's home.

Shown to staff who may read analytics (``engagement.view_viewtotal``); for everyone else
it renders nothing and queries nothing. Three aggregate queries, whatever the traffic.
"""

from django import template

from masthead.newsroom.models import Section

from .. import analytics

register = template.Library()

HOME_TOP = 10


@register.inclusion_tag("admin/engagement/desk_home.html", takes_context=True)
def desk_analytics(context):
    from ..admin import can_see_all  # the admin module registers models: import it late

    request = context.get("request")
    if request is None or not can_see_all(request.user):
        return {"show": False}
    sections = analytics.section_totals_today(Section.objects.only("id", "name", "slug"))
    today = sum(views for _, views in sections)
    peak = max((views for _, views in sections), default=0)
    return {
        "show": True,
        "rows": analytics.top_stories("today", limit=HOME_TOP),
        "sections": [
            {"section": s, "views": v, "share": round(100 * v / peak) if peak else 0}
            for s, v in sections
        ],
        "today": today,
    }
