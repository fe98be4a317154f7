"""Django template filters of the distribution surfaces (the sitemaps' XML templates).
Reader pages are Jinja2 templates; their functions are in ``masthead.templating``."""

from datetime import UTC

from django import template

register = template.Library()


@register.filter
def w3c(value):
    """A W3C datetime in UTC to the second (``2024-05-01T09:30:00+00:00``), as sitemaps want."""
    if not value:
        return ""
    return value.astimezone(UTC).replace(microsecond=0).isoformat()
