"""The article page's comments block: ``section(request, article, ...)`` gives what
``comments/_section.html`` shows (``{{ comments_section(article) }}`` in the page).

Reads everything it shows through ``comments.cache.block`` (four queries cold, none warm,
whatever the number of comments), so the newsroom view knows nothing of comments.
``comment_text(text)`` renders a comment's plain text safely.
"""

import functools

from django.conf import settings
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import cache, modes, text
from .forms import CommentForm
from .models import Comment
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
def _unbound_fields(parent, max_chars):
    """Django's own HTML for the fields of an empty comment form answering ``parent`` (a
    comment id, or None), its stamp's value left as a slot. Rendering the six widgets
    through Django's widget templates cost ~1 ms of every cold article page; the HTML only
    changes with the reply target and the length limit (and the stamp, filled in below)."""
    initial = {"stamp": _STAMP_SLOT, **({"parent": parent} if parent is not None else {})}
    form = CommentForm(initial=initial)
    return {name: str(form[name]) for name in FIELDS}


def _fields(form, parent):
    """The form's fields as the template shows them: a form shown again after a POST
    renders its own (values, errors); an empty one takes the cached HTML."""
    if form.is_bound:
        return {name: form[name] for name in FIELDS}
    html = dict(_unbound_fields(parent, settings.MASTHEAD_COMMENT_MAX_CHARS))
    html["stamp"] = html["stamp"].replace(_STAMP_SLOT, escape(form.initial["stamp"]), 1)
    return {name: mark_safe(value) for name, value in html.items()}  # noqa: S308 (Django's)


def section(request, article, state=None, preview=False):
    """What the comments block of ``article``'s page shows. ``state`` is what a POST
    answered with the page itself carries (the form with its errors, a message)."""
    query = request.GET if request is not None else {}
    state = state or {}
    page_number = min(_number(query.get("cpage"), 1) or 1, MAX_PAGE)
    data = cache.block(article.pk, page_number)
    mode = modes.mode_for(article, data["mode"], data["close_after_days"])
    form = state.get("form")
    reply_to = None
    if form is None:
        reply_to = _reply_target(article, query.get("reply"), data["comments"])
        initial = {"parent": reply_to.pk} if reply_to else {}
        form = CommentForm(article=article, initial=initial)
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
        "form": form,
        "fields": _fields(form, reply_to.pk if reply_to else None),
        "reply_to": reply_to,
        "message": state.get("message", ""),
        # Only a page answering a POST (never cached) carries a token; cached pages get
        # theirs from /_comments/csrf when the form is used.
        "with_token": bool(state),
        "note": NOTES.get(query.get("note", "")) if not state else "",
        "max_chars": form.max_chars,
        # + the comment's id: reversed once per page, not once per comment
        "report_url": reverse("comments:report", args=["0"]).removesuffix("0"),
    }


def comment_text(value):
    return text.render(value or "")
