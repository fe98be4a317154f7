"""``reverse()``, remembered: reader pages name the same few addresses many times (each
section twice in the navigation, each list item's section, the feeds, the search, the
comment endpoints), and reversing one costs some 50-80 µs.

``remembered_reverse`` remembers whole addresses (few distinct arguments: slugs, ids);
``shaped_reverse`` remembers an address's shape and fills in the arguments (one address
per story: a cold article page names seven or more stories); ``remembered_static`` is
``static()`` remembered."""

import functools
import re
import threading

from django.core.signals import request_finished, request_started, setting_changed
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

# The script prefix and URL conf of the request this thread is answering: both are set
# before a request starts and hold until it ends, and reading them (Django keeps them in
# asgiref's context-aware locals) cost ~8 µs for the two, 30-odd addresses a page.
_request = threading.local()


def _started(**kwargs):
    _request.active = True
    _request.where = None


def _finished(**kwargs):
    _request.active = False
    _request.where = None


request_started.connect(_started)
request_finished.connect(_finished)


def _where():
    """(script prefix, URL conf): read once per request, every time outside one."""
    where = getattr(_request, "where", None)
    if where is None:
        where = (get_script_prefix(), get_urlconf())
        if getattr(_request, "active", False):
            _request.where = where
    return where


class _Stale(Exception):
    """The remembered prefix or URL conf is not the live one (request signals out of step
    with them, as a test can make them): answer from reverse() and remember nothing."""


def _check(prefix, urlconf):
    if (get_script_prefix(), get_urlconf()) != (prefix, urlconf):
        raise _Stale


@functools.lru_cache(maxsize=2048)
def _reverse(name, args, prefix, urlconf):
    _check(prefix, urlconf)  # reverse() reads the live ones: remember only what they give
    return reverse(name, args=args or None, urlconf=urlconf)


def remembered_reverse(name, *args):
    """``reverse(name, args=args)``, remembered per script prefix and URL conf (both can
    differ between requests). For addresses with few distinct arguments (slugs, ids)."""
    try:
        return _reverse(name, args, *_where())
    except _Stale:
        return reverse(name, args=args or None)


# Values that reverse() puts in a path unchanged: it percent-quotes nothing of them.
_PLAIN = re.compile(r"[-a-zA-Z0-9_]+")


@functools.lru_cache(maxsize=64)
def _shape(name, samples, prefix, urlconf):
    """The address ``reverse()`` gives for the sample values, as a format string with a
    field in place of each sample; None when a sample is not found exactly once (then
    every call reverses)."""
    _check(prefix, urlconf)
    path = reverse(name, kwargs=dict(samples), urlconf=urlconf)
    path = path.replace("{", "{{").replace("}", "}}")
    for field, sample in samples:
        if path.count(sample) != 1:
            return None
        path = path.replace(sample, "{" + field + "}")
    return path


def shaped_reverse(name, samples, **kwargs):
    """``reverse(name, kwargs=kwargs)``. ``samples`` is a tuple of (argument, value)
    pairs that the URL pattern accepts, each value distinct and unlike the rest of the
    address: reversed once per script prefix and URL conf, they give the address's shape,
    and each call fills in its arguments. Arguments that reverse() would quote or refuse
    (anything but ASCII letters, digits, '-' and '_') take reverse() itself, which also
    checks them against the pattern; plain ones are the caller's to make match it."""
    try:
        shape = _shape(name, samples, *_where())
    except _Stale:
        shape = None
    if shape is None or not all(_PLAIN.fullmatch(str(v)) for v in kwargs.values()):
        return reverse(name, kwargs=kwargs)
    return shape.format(**kwargs)


@functools.lru_cache(maxsize=512)
def remembered_static(path):
    """``static(path)`` (``{% static %}``), remembered: the storage reads its manifest of
    hashed names once per process anyway, and looking a name up cost ~40 µs (six per
    article page)."""
    return static(path)


def _forget(*, setting, **kwargs):
    if setting in {"STATIC_URL", "STATIC_ROOT", "STORAGES", "STATICFILES_DIRS"}:
        remembered_static.cache_clear()
    if setting == "ROOT_URLCONF":  # the URL conf then reads as None, as before
        _reverse.cache_clear()
        _shape.cache_clear()


setting_changed.connect(_forget)
