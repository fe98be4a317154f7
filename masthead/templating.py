"""The reader pages' template engine: Jinja2, through Django's own Jinja2 backend.

Reader pages (article, home, section, author, tag, search, the comment confirmation, the
404 and 500 pages) are Jinja2 templates, in ``templates/reader/`` and each app's
``jinja2/``. They are the pages rendered for every reader the page cache cannot answer,
and rendering them with Django's template engine took ~6.4 of the ~16 ms of CPU a cold
article page cost (comments and page head included; docs/benchmarks.md); Jinja2 compiles
templates to Python. The desk (Django's admin), the sitemaps' XML and form widgets stay on
Django's templates.

What the templates call, beside Jinja2's own:
- ``url(name, *args)``, ``static(path)``, ``now(format)``, ``querystring(**changes)``,
  ``time_tag(value, format)`` (a ``<time>`` element: ``datetime`` in ISO 8601, the text in
  ``format``);
- filters ``date(format)`` (Django's, in the current time zone), ``intcomma``,
  ``truncatechars(n)``, ``pluralize(suffixes)``, ``comment_text``;
- the blocks other apps render: ``article_head(article, authors, tags, canonical_url)`` and
  ``page_head(title=..., home=...)`` (distribution), ``share_links(headline, url)``
  and ``share_items(headline, url)`` (distribution), ``comments_section(article)`` (comments).
"""

import datetime
import functools

from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template import defaultfilters
from django.urls import reverse
from django.utils import dateformat, dates, formats, timezone, translation
from jinja2 import Environment, pass_context
from markupsafe import Markup, escape

from masthead.comments import display as comments
from masthead.distribution import share, structured
from masthead.lib.urls import remembered_reverse
from masthead.lib.urls import remembered_static as static
from masthead.newsroom.cache import fragment


def url(name, *args, **kwargs):
    """``{% url %}``: the path of a named URL (remembered for positional arguments)."""
    if kwargs:
        return reverse(name, args=args or None, kwargs=kwargs)
    return remembered_reverse(name, *args)


@functools.cache
def _months(language):
    """{month: (name, three letters)} in ``language``: Django's own translations, worked
    out once per language (in that language, whichever is active when first asked)."""
    with translation.override(language):
        return {m: (str(dates.MONTHS[m]), dates.MONTHS_3[m].title()) for m in range(1, 13)}


# What each letter of a date format gives, as Django's formatter gives it, for the letters
# the reader templates use: Django's parses the format and builds a formatter per call
# (47-57 µs a date here, and a comment shows two).
_LETTERS = {
    "d": lambda v, names: f"{v.day:02d}",
    "j": lambda v, names: str(v.day),
    "m": lambda v, names: f"{v.month:02d}",
    "n": lambda v, names: str(v.month),
    "F": lambda v, names: names[v.month][0],
    "M": lambda v, names: names[v.month][1],
    "Y": lambda v, names: f"{v.year:04d}",
    "y": lambda v, names: f"{v.year % 100:02d}",
    "G": lambda v, names: str(v.hour),
    "H": lambda v, names: f"{v.hour:02d}",
    "i": lambda v, names: f"{v.minute:02d}",
    "s": lambda v, names: f"{v.second:02d}",
}


@functools.lru_cache(maxsize=64)
def _plan(fmt):
    """``fmt`` as (letter function or None, literal) pairs, split as Django splits it; None
    when it has a letter not in ``_LETTERS`` (then Django formats it)."""
    plan = []
    for i, piece in enumerate(dateformat.re_formatchars.split(fmt)):
        if i % 2:
            if piece not in _LETTERS:
                return None
            plan.append((_LETTERS[piece], None))
        elif piece:
            plan.append((None, dateformat.re_escaped.sub(r"\1", piece)))
    return tuple(plan)


class Dates:
    """Django's ``date`` filter, after the time zone conversion Django's engine does, with
    the current time zone and language read once, when made: reading them (asgiref's
    context-aware locals) cost ~11 µs a date, more than formatting it. A block that shows
    many dates (two per comment) makes one; they cannot change while it renders.

    ISO 8601 ("c") and formats made of the usual letters are formatted here, with the same
    text (tests compare them in several languages and time zones); the rest by Django."""

    def __init__(self):
        self.zone = timezone.get_current_timezone() if settings.USE_TZ else None
        self.language = translation.get_language()

    def local(self, value):
        """``timezone.template_localtime(value)`` in the zone read when made."""
        if (
            self.zone is not None
            and isinstance(value, datetime.datetime)
            and value.utcoffset() is not None
            and getattr(value, "convert_to_local_time", True)
        ):
            return value.astimezone(self.zone)
        return value

    def format(self, value, fmt=None):
        """``{{ value|date(fmt) }}``."""
        if value in (None, ""):
            return ""
        return self._format(self.local(value), fmt)

    def _format(self, value, fmt):
        if fmt == "c" and isinstance(value, datetime.date):  # a datetime is a date too
            return value.isoformat()
        if isinstance(value, datetime.datetime) and fmt and fmt not in formats.FORMAT_SETTINGS:
            plan = _plan(fmt)
            if plan is not None:
                names = _months(self.language)
                return "".join(literal or letter(value, names) for letter, literal in plan)
        return defaultfilters.date(value, fmt)

    def time_tag(self, value, fmt):
        """``<time datetime="{{ value|date('c') }}">{{ value|date(fmt) }}</time>``, the
        value converted once; nothing for no value."""
        if value in (None, ""):
            return Markup("")
        value = self.local(value)
        iso, text = escape(self._format(value, "c")), escape(self._format(value, fmt))
        return Markup(f'<time datetime="{iso}">{text}</time>')


def page_dates(request):
    """Context processor: one ``Dates`` for the whole render of a page (its byline, its
    corrections, its comments, the footer's year), not one per date: each read the zone
    and language again (~1.3 % of a cold article page's instructions). What templates
    call (``date``, ``time_tag``, ``now``) takes the page's when it has one."""
    return {"page_dates": Dates()}


def _dates(context):
    found = context.get("page_dates")
    return found if found is not None else Dates()


@functools.lru_cache(maxsize=64)
def _grouping(language):
    """(thousand separator, grouping) of ``language``, as Django's number formatting reads
    them for ``intcomma``; worked out once per language (``_forget`` on a setting change)."""
    with translation.override(language):
        return (
            formats.get_format("THOUSAND_SEPARATOR", use_l10n=True),
            formats.get_format("NUMBER_GROUPING", use_l10n=True),
        )


@receiver(setting_changed)
def _forget(**kwargs):
    _grouping.cache_clear()


@pass_context
def _page_intcomma(context, value):
    """``intcomma``, the same text: an int grouped by threes (most languages) is grouped
    here in the page's language; anything else by Django's, which reads the language and
    three formats on every call (~9 µs, for the view count of every article page)."""
    if type(value) is int:
        separator, grouping = _grouping(_dates(context).language)
        if grouping == 3:
            return f"{value:,}".replace(",", separator)
    return intcomma(value)


@pass_context
def date(context, value, fmt=None):
    """The ``date`` filter (``Dates``)."""
    return _dates(context).format(value, fmt)


@pass_context
def time_tag(context, value, fmt):
    """``time_tag(value, fmt)``: a ``<time>`` element showing ``value`` as ``fmt`` (``Dates``)."""
    return _dates(context).time_tag(value, fmt)


@pass_context
def now(context, fmt):
    """``{% now %}``: the current time in the current zone, formatted as by ``Dates``
    (Django's ``dateformat.format`` built a formatter for the footer's year on every page:
    ~1.5 % of a cold article page by py-spy)."""
    return _dates(context).format(timezone.now(), fmt)


@pass_context
def querystring(context, **changes):
    """``{% querystring %}``: the request's query string with ``changes`` applied."""
    query = context["request"].GET.copy()
    for name, value in changes.items():
        query[name] = value
    return f"?{query.urlencode()}"


def kept(*key, caller):
    """``{% call kept("name", ...) %}...{% endcall %}``: the block rendered once per content
    version for ``key`` in this process, its HTML kept (``newsroom.cache.fragment``). The
    key holds what the block shows besides the content: the page's section, a list's
    stories."""
    return fragment(key, caller)


def story_ids(items):
    """The ids of a list's stories, as a key for ``kept``."""
    return tuple(item.id for item in items)


def _block(context, template, data):
    return Markup(context.environment.get_template(template).render(data))


@pass_context
def article_head(context, article, authors, tags, canonical_url):
    return structured.head_html(
        structured.article_head(context["request"], article, authors, tags, canonical_url)
    )


@pass_context
def page_head(context, title=None, home=False):
    return structured.head_html(structured.page_head(context["request"], title=title, home=home))


@pass_context
def comments_section(context, article):
    data = comments.section(
        context.get("request"),
        article,
        state=context.get("comment_state"),
        preview=context.get("preview", False),
    )
    data["csrf_input"] = context.get("csrf_input")
    data["page_dates"] = _dates(context)  # two dates a comment: the page's zone and language
    return _block(context, "comments/_section.html", data)


def environment(**options):
    env = Environment(**options)
    env.globals.update(
        url=url,
        static=static,
        now=now,
        querystring=querystring,
        time_tag=time_tag,
        article_head=article_head,
        page_head=page_head,
        share_links=share.share_links,
        share_items=share.share_items,
        comments_section=comments_section,
        kept=kept,
        story_ids=story_ids,
    )
    env.filters.update(
        date=date,
        intcomma=_page_intcomma,
        truncatechars=defaultfilters.truncatechars,
        pluralize=defaultfilters.pluralize,
        comment_text=comments.comment_text,
    )
    return env
