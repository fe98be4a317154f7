"""The reader pages' template engine: Jinja2, through Django's own Jinja2 backend.

Reader pages (article, home, section, author, tag, search, the comment confirmation, the
404 and 500 pages) are Jinja2 templates, in ``templates/reader/`` and each app's
``jinja2/``. They are the pages rendered for every reader the page cache cannot answer,
and rendering them with Django's template engine took ~6.4 of the ~16 ms of CPU a cold
article page cost (comments and page head included; docs/benchmarks.md); Jinja2 compiles
templates to Python. The desk (Django's admin), the sitemaps' XML and form widgets stay on
Django's templates.

What the templates call, beside Jinja2's own:
- ``url(name, *args)``, ``static(path)``, ``now(format)``, ``querystring(**changes)``;
- filters ``date(format)`` (Django's, in the current time zone), ``intcomma``,
  ``truncatechars(n)``, ``pluralize(suffixes)``, ``comment_text``;
- the blocks other apps render: ``article_head(article, authors, tags, canonical_url)`` and
  ``page_head(title=..., home=...)`` (distribution), ``share_links(headline, url)``
  (distribution), ``comments_section(article)`` (comments).
"""

import datetime

from django.contrib.humanize.templatetags.humanize import intcomma
from django.template import defaultfilters
from django.urls import reverse
from django.utils import dateformat, timezone
from jinja2 import Environment, pass_context
from markupsafe import Markup

from masthead.comments import display as comments
from masthead.distribution import share, structured
from masthead.lib.urls import remembered_reverse
from masthead.lib.urls import remembered_static as static


def url(name, *args, **kwargs):
    """``{% url %}``: the path of a named URL (remembered for positional arguments)."""
    if kwargs:
        return reverse(name, args=args or None, kwargs=kwargs)
    return remembered_reverse(name, *args)


def date(value, fmt=None):
    """Django's ``date`` filter, after the time zone conversion Django's engine does
    ("c", ISO 8601, shown with every comment, straight from Python: the same text)."""
    if value in (None, ""):
        return ""
    value = timezone.template_localtime(value)
    if fmt == "c" and isinstance(value, datetime.date):  # a datetime is a date too
        return value.isoformat()
    return defaultfilters.date(value, fmt)


def now(fmt):
    """``{% now %}``."""
    return dateformat.format(timezone.localtime(), fmt)


@pass_context
def querystring(context, **changes):
    """``{% querystring %}``: the request's query string with ``changes`` applied."""
    query = context["request"].GET.copy()
    for name, value in changes.items():
        query[name] = value
    return f"?{query.urlencode()}"


def _block(context, template, data):
    return Markup(context.environment.get_template(template).render(data))


@pass_context
def article_head(context, article, authors, tags, canonical_url):
    data = structured.article_head(context["request"], article, authors, tags, canonical_url)
    return _block(context, "distribution/_article_head.html", data)


@pass_context
def page_head(context, title=None, home=False):
    data = structured.page_head(context["request"], title=title, home=home)
    return _block(context, "distribution/_page_head.html", data)


@pass_context
def comments_section(context, article):
    data = comments.section(
        context.get("request"),
        article,
        state=context.get("comment_state"),
        preview=context.get("preview", False),
    )
    data["csrf_input"] = context.get("csrf_input")
    return _block(context, "comments/_section.html", data)


def environment(**options):
    env = Environment(**options)
    env.globals.update(
        url=url,
        static=static,
        now=now,
        querystring=querystring,
        article_head=article_head,
        page_head=page_head,
        share_links=share.share_links,
        comments_section=comments_section,
    )
    env.filters.update(
        date=date,
        intcomma=intcomma,
        truncatechars=defaultfilters.truncatechars,
        pluralize=defaultfilters.pluralize,
        comment_text=comments.comment_text,
    )
    return env
