"""``reverse()``, remembered: reader pages name the same few addresses many times (each
section twice in the navigation, each list item's section, the feeds, the search, the
comment endpoints), and reversing one costs some 50 µs."""

import functools

from django.urls import get_script_prefix, get_urlconf, reverse


@functools.lru_cache(maxsize=2048)
def _reverse(name, args, prefix, urlconf):
    return reverse(name, args=args or None, urlconf=urlconf)


def remembered_reverse(name, *args):
    """``reverse(name, args=args)``, remembered per script prefix and URL conf (both can
    differ between requests). For addresses with few distinct arguments (slugs, ids)."""
    return _reverse(name, args, get_script_prefix(), get_urlconf())
