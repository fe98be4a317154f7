"""The article page's comments block: ``section(request, article, ...)`` gives what
``comments/_section.html`` shows (``{{ comments_section(article) }}`` in the page).

Reads everything it shows through ``comments.cache.block`` (one query, whatever the
number of comments), so the newsroom view knows nothing of comments.
``comment_text(text)`` renders a comment's plain text safely.
"""

import functools

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

from masthead.lib.urls import remembered_reverse

from . import cache, modes, text
from .forms import CommentForm
from .models import Comment
from .rules import make_stamp
from .views import NOTES

MAX_PAGE = 100_000


def _number(raw, default=None):
    raw = (raw or "").strip()
    if raw.isdigit() and len(raw) <= 9:
        return int(raw)
    return default


def _reply_target(article, raw, comments):
    """The top-level comment a ``?reply=<id>`` link asks to answer (None when not one)."""
    pk = _number(raw)
    if pk is None:
        return None
    for comment in comments:
        if comment.pk == pk:
            return comment
        for reply in comment.reply_list:
            if reply.pk == pk:
                return comment
    found = Comment.objects.approved().filter(pk=pk, article=article).first()
    if found is not None and found.parent_id:
        found = Comment.objects.approved().filter(pk=found.parent_id).first()
    return found


FIELDS = ("parent", "stamp", "name", "body", "email", "website")
_STAMP_SLOT = "masthead-stamp-slot"


@functools.lru_cache(maxsize=128)
def _empty_form(parent, max_chars):
    """An empty comment form answering ``parent`` (a comment id, or None) as the page
    shows it: Django's own HTML for its fields, the stamp's value left as a slot, and the
    fields' ids for the labels. Building the form and rendering its six widgets cost ~1 ms
    of every cold article page; all of it changes only with the reply target and the
    length limit (and the stamp, filled in per page)."""
    initial = {"stamp": _STAMP_SLOT, **({"parent": parent} if parent is not None else {})}
    form = CommentForm(initial=initial)
    return (
        {name: str(form[name]) for name in FIELDS},
        {name: form[name].id_for_label for name in FIELDS},
    )


def _form(form, parent):
    """What the template shows of the form: each field's HTML, its label's id, its errors,
    the form's own errors and the text the reader sent. A form shown again after a POST
    shows its own (values, errors); an empty one is made from the remembered HTML with a
    fresh stamp, no form built."""
    if form is not None:
        return {
            "fields": {name: form[name] for name in FIELDS},
            "ids": {name: form[name].id_for_label for name in FIELDS},
            "errors": {name: form[name].errors for name in FIELDS},
            "non_field_errors": form.non_field_errors(),
            "sent_body": form.data.get("body", ""),
            "max_chars": form.max_chars,
            "bound": True,  # the reader's values and errors: not the page's kept fields
        }
    max_chars = settings.MASTHEAD_COMMENT_MAX_CHARS
    html, ids = _empty_form(parent, max_chars)
    html = dict(html)
    html["stamp"] = html["stamp"].replace(_STAMP_SLOT, escape(make_stamp()), 1)
    return {
        "fields": {name: mark_safe(value) for name, value in html.items()},  # noqa: S308 (Django's)
        "ids": ids,
        "errors": {},
        "non_field_errors": (),
        "sent_body": "",
        "max_chars": max_chars,
        "bound": False,
    }


def section(request, article, state=None, preview=False):
    """What the comments block of ``article``'s page shows. ``state`` is what a POST
    answered with the page itself carries (the form with its errors, a message)."""
    query = request.GET if request is not None else {}
    state = state or {}
    page_number = min(_number(query.get("cpage"), 1) or 1, MAX_PAGE)
    data = cache.block(article.pk, page_number)
    mode = modes.mode_for(article, data["mode"], data["close_after_days"])
    form = state.get("form")
    if form is None:
        reply_to = _reply_target(article, query.get("reply"), data["comments"])
    else:  # shown again after a POST: the thread it was answering, if it still is one
        reply_to = getattr(form, "cleaned_data", {}).get("parent")
    page = data["page"]
    return {
        "article": article,
        "request": request,
        "count": data["count"],
        "comments": data["comments"],
        "page": page,
        "pages": data["pages"],
        "previous_page": page - 1 if page > 1 else None,
        "next_page": page + 1 if page < data["pages"] else None,
        "mode": mode,
        "closes_at": modes.closes_at(article, data["close_after_days"]),
        "show_form": mode != modes.CLOSED and not preview,
        "preview": preview,
        "form": _form(form, reply_to.pk if reply_to else None),
        "reply_to": reply_to,
        "message": state.get("message", ""),
        # Only a page answering a POST (never cached) carries a token; cached pages get
        # theirs from /_comments/csrf when the form is used.
        "with_token": bool(state),
        "note": NOTES.get(query.get("note", "")) if not state else "",
        # + the comment's id: reversed once per page, not once per comment
        "report_url": remembered_reverse("comments:report", "0").removesuffix("0"),
        # reversed once per process: one address per story, never remembered (~60 µs)
        "post_url": remembered_reverse("comments:post", "0").removesuffix("0") + str(article.pk),
    }


def comment_text(value):
    return text.render(value or "")
