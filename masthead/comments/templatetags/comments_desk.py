"""``{% comments_pending %}``: comments waiting for the desk, on the desk's home.

For staff who may moderate (``comments.change_comment``); for anyone else it renders and
queries nothing. One aggregate query.
"""

from django import template
from django.db.models import Count, Q

from ..models import Comment

register = template.Library()


@register.inclusion_tag("admin/comments/pending.html", takes_context=True)
def comments_pending(context):
    request = context.get("request")
    if request is None or not request.user.has_perm("comments.change_comment"):
        return {"show": False}
    counts = Comment.objects.awaiting_review().aggregate(
        pending=Count("id", filter=Q(status=Comment.Status.PENDING)),
        hidden=Count("id", filter=Q(status=Comment.Status.HIDDEN)),
    )
    return {"show": True, **counts}
