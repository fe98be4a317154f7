"""Posting and reporting comments, and the token a cached page's form needs.

``POST /_comments/<article id>``   post a comment (form or fetch); 302 (or 201 JSON)
``POST /_comments/report/<id>``    report a comment; 302 (or 200 JSON)
``GET  /_comments/csrf``           a CSRF token and a fresh form stamp, never cached

Article pages are cached whole, so their forms carry no CSRF token. The script fetches one
from ``/_comments/csrf`` as soon as the form is used. Without JavaScript the first post
fails Django's CSRF check; instead of Django's bare 403 page the reader then gets their
text back in a fresh form that carries a token, and presses the button once more.
Nothing typed is ever lost: every refusal shows the form again, filled in.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from masthead.engagement import visitors
from masthead.newsroom.models import Article
from masthead.newsroom.views import render_article_page

from . import cache, modes, rules, text
from .forms import CommentForm
from .models import ArticleCommentSettings, Comment, CommentReport

NO_STORE = "private, no-store"
MODERATOR_PERM = "comments.change_comment"
NOTES = {
    "published": "Thank you: your comment is published.",
    "pending": "Thank you: your comment is awaiting moderation. An editor reads it before "
    "it appears.",
    "reported": "Thank you: the desk will look at the comment you reported.",
}


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _no_store(response):
    response["Cache-Control"] = NO_STORE
    return response


def _csrf_failed(request):
    """Django's own CSRF check (the middleware's public hook), run inside the view so that
    a failure can keep the reader's text instead of answering Django's bare 403 page."""
    return CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}) is not None


def _article_id(raw):
    if not raw.isdigit() or len(raw) > 18:
        raise Http404("No such article.")
    return int(raw)


def _visitor(request):
    """Today's keyed hash of the reader's address and browser (never the address)."""
    ip = visitors.client_ip(request) or ""
    user_agent = request.META.get("HTTP_USER_AGENT", "")[:512]
    return visitors.visitor_hash(ip, user_agent, visitors.today_utc(timezone.now()))


def _is_moderator(request):
    user = request.user
    return user.is_authenticated and user.is_staff and user.has_perm(MODERATOR_PERM)


def _mode(article):
    own = (
        ArticleCommentSettings.objects.filter(article=article)
        .values_list("mode", "close_after_days")
        .first()
    ) or ("", None)
    return modes.mode_for(article, *own)


def _form_again(request, article, form, status, message="", retry_after=None):
    """The article page (or JSON) with the form filled in as sent, and why it was not taken."""
    if _wants_json(request):
        response = JsonResponse(
            {
                "ok": False,
                "message": message,
                "errors": {f: [str(e) for e in errs] for f, errs in form.errors.items()},
            },
            status=status,
        )
    else:
        state = {"form": form, "message": message, "retry_after": retry_after}
        response = render_article_page(request, article.pk, {"comment_state": state}, status)
        if response is None:
            raise Http404("No such article.")
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return _no_store(response)


def _confirm(request, action, data, what, status=403):
    """Send it again: a fresh form with a valid token and everything the reader typed."""
    if _wants_json(request):
        return _no_store(
            JsonResponse({"ok": False, "csrf": True, "message": "Please send again."}, status=403)
        )
    context = {"action": action, "data": data, "what": what, "stamp": rules.make_stamp()}
    return _no_store(render(request, "comments/confirm.html", context, status=status))


def _done(request, url, status, message, code=302):
    if _wants_json(request):
        return _no_store(
            JsonResponse(
                {"ok": True, "status": status, "url": url, "message": message}, status=code
            )
        )
    return _no_store(HttpResponseRedirect(url))


def _page_of(comment):
    """The comments page on which ``comment`` (or the thread it replies to) is shown."""
    top = comment.parent or comment
    before = (
        Comment.objects.approved()
        .filter(article_id=top.article_id, parent__isnull=True)
        .filter(Q(created_at__lt=top.created_at) | Q(created_at=top.created_at, id__lt=top.pk))
        .count()
    )
    return before // settings.MASTHEAD_COMMENTS_PER_PAGE + 1


def _url_after_post(article, comment):
    base = article.get_absolute_url()
    if comment.status != Comment.Status.APPROVED:
        return f"{base}?note=pending#comments"
    page = _page_of(comment)
    page_part = f"&cpage={page}" if page > 1 else ""
    return f"{base}?note=published{page_part}#c{comment.pk}"


@csrf_exempt  # checked inside, so that a failure keeps the text
@require_POST
def post(request, raw_id):
    article = (
        Article.objects.published()
        .select_related("section")  # its address, for the answer
        .filter(pk=_article_id(raw_id))
        .first()
    )
    if article is None:
        raise Http404("No such article.")
    action = request.path
    if _csrf_failed(request):
        return _confirm(request, action, request.POST, "comment")
    form = CommentForm(request.POST, article=article)
    moderator = _is_moderator(request)
    mode = _mode(article)
    if mode == modes.CLOSED and not moderator:
        message = "Comments are closed on this story. Your text is below if you want to keep it."
        form.is_valid()
        return _form_again(request, article, form, 403, message)
    if not form.is_valid():
        return _form_again(request, article, form, 400, "Please check the comment form.")
    if rules.honeypot_filled(request.POST):
        # A robot: it is told what a held comment is told, and nothing is stored.
        return _done(request, f"{article.get_absolute_url()}?note=pending#comments", "pending", "")
    data = form.cleaned_data
    if moderator:
        return _store(request, article, form, "", Comment.Status.APPROVED, moderator=True)
    if rules.too_fast(data["stamp"]):
        again = CommentForm(form.with_fresh_stamp(), article=article)
        again.is_valid()
        message = "Please check your comment and press the button again."
        return _form_again(request, article, again, 400, message)
    visitor = _visitor(request)
    retry = rules.rate_limited(visitor)
    if retry:
        message = (
            f"You are commenting faster than we allow. Your text is kept: please send it "
            f"again in {retry} seconds."
        )
        return _form_again(request, article, form, 429, message, retry_after=retry)
    fingerprint = text.fingerprint(data["body"])
    duplicate = rules.earlier_duplicate(visitor, article.pk, fingerprint)
    if duplicate and duplicate.visitor == visitor and duplicate.article_id == article.pk:
        duplicate.article = article
        url = _url_after_post(article, duplicate)
        return _done(request, url, duplicate.status, "You have already posted this comment.")
    premoderated = mode == modes.PREMODERATED
    status, reason = rules.assess(data["body"], visitor, premoderated, duplicate)
    return _store(request, article, form, visitor, status, reason, fingerprint)


def _store(request, article, form, visitor, status, reason="", fingerprint="", moderator=False):
    data = form.cleaned_data
    with transaction.atomic():
        comment = Comment.objects.create(
            article=article,
            parent=data["parent"],
            name=data["name"],
            body=data["body"],
            email=data["email"],
            status=status,
            held_reason=reason,
            visitor=visitor,
            text_hash=fingerprint or text.fingerprint(data["body"]),
            user=request.user if moderator else None,
            is_staff_reply=moderator,
        )
    url = _url_after_post(article, comment)
    note = "published" if status == Comment.Status.APPROVED else "pending"
    return _done(request, url, status, NOTES[note], code=201)


@csrf_exempt  # checked inside, so that a reader without JavaScript is asked to confirm
@require_POST
def report(request, raw_id):
    comment = (
        Comment.objects.approved()
        .filter(pk=_article_id(raw_id), article__in=Article.objects.published())
        .select_related("article__section")
        .first()
    )
    if comment is None:
        raise Http404("No such comment.")
    if _csrf_failed(request):
        return _confirm(request, request.path, {}, "report", status=403)
    visitor = _visitor(request)
    if record_report(comment, visitor):
        cache.bump(comment.article_id)
    url = f"{comment.article.get_absolute_url()}?note=reported#comments"
    return _done(request, url, "reported", NOTES["reported"], code=200)


def record_report(comment, visitor, threshold=None):
    """One report per visitor; the threshold-th report hides the comment until reviewed.
    True when the comment was hidden by this report."""
    threshold = threshold or settings.MASTHEAD_COMMENT_REPORTS_TO_HIDE
    try:
        with transaction.atomic():
            CommentReport.objects.create(comment=comment, visitor=visitor)
            Comment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1)
    except IntegrityError:  # this visitor has reported it already
        return False
    hidden = (
        Comment.objects.filter(
            pk=comment.pk, status=Comment.Status.APPROVED, report_count__gte=threshold
        ).update(status=Comment.Status.HIDDEN, held_reason="hidden by readers' reports")
        > 0
    )
    return hidden


@require_safe
def csrf(request):
    """A CSRF token (and its cookie) plus a fresh form stamp, for the script of a cached
    page. Never cached: every answer is different."""
    response = JsonResponse({"csrf": get_token(request), "stamp": rules.make_stamp()})
    return _no_store(response)
