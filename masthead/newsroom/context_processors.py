from django.conf import settings

from .queries import sections


def site(request):
    """Site name, comment limit and the section navigation (cached with the lists)."""
    return {
        "site_name": settings.MASTHEAD_SITE_NAME,
        "comment_max_chars": settings.MASTHEAD_COMMENT_MAX_CHARS,
        "nav_sections": sections(),
    }
