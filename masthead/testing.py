"""Plain factory functions shared by tests: make_article(**overrides) and friends."""

import io
import itertools
from datetime import timedelta
from wsgiref.util import setup_testing_defaults

from django.contrib.auth.models import Group, User
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from django.utils import timezone
from django.utils.text import slugify

from masthead.newsroom.models import Article, Author, Byline, MustRead, Section, Tag

_seq = itertools.count(1)


def make_section(name=None, **overrides):
    name = name or f"Section {next(_seq)}"
    fields = {"slug": slugify(name), "position": 0, **overrides}
    return Section.objects.create(name=name, **fields)


def make_author(name=None, **overrides):
    name = name or f"Reporter {next(_seq)}"
    fields = {"slug": slugify(name), "email": f"{slugify(name)}@example.org", **overrides}
    return Author.objects.create(name=name, **fields)


def make_tag(name=None):
    name = name or f"tag {next(_seq)}"
    return Tag.objects.create(name=name, slug=slugify(name))


def make_article(
    headline=None, section=None, authors=None, tags=(), status=Article.Status.PUBLISHED, **kw
):
    """A published article from an hour ago unless told otherwise."""
    n = next(_seq)
    headline = headline or f"Story number {n}"
    kw.setdefault("slug", f"{slugify(headline)[:180]}-{n}")
    kw.setdefault("body", f"First paragraph of story {n}.\n\nSecond paragraph.")
    if status in Article.LIVE:
        kw.setdefault("publish_at", timezone.now() - timedelta(hours=1))
    article = Article.objects.create(
        headline=headline, section=section or make_section(), status=status, **kw
    )
    for position, author in enumerate(authors or [make_author()]):
        Byline.objects.create(article=article, author=author, position=position)
    if tags:
        article.tags.set(tags)
    return article


def make_must_read(article, position=0, **kw):
    return MustRead.objects.create(article=article, position=position, **kw)


def make_user(username, group=None, staff=True, password="pw-for-tests"):
    """A desk account; ``group`` is "Writer", "Editor" or "Admin"."""
    user = User.objects.create_user(username, password=password, is_staff=staff)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def make_views(article, views, hours_ago=0):
    """Folded views of ``article`` in the hour ``hours_ago`` hours back (and its total)."""
    from masthead.engagement.counters import add_to_totals, hour_of

    hour = hour_of(timezone.now()) - timedelta(hours=hours_ago)
    with transaction.atomic():  # the way a flush folds them: buckets, total, Popular Now
        add_to_totals({(article.pk, hour): views})


def make_comment(article, body="A thoughtful comment.", name="Reader", **kw):
    """An approved reader comment on ``article`` unless told otherwise."""
    from masthead.comments import text
    from masthead.comments.models import Comment

    kw.setdefault("status", Comment.Status.APPROVED)
    kw.setdefault("text_hash", text.fingerprint(body))
    return Comment.objects.create(article=article, body=body, name=name, **kw)


def wsgi_call(path, method="GET", body=b"", **environ):
    """One request through ``masthead.wsgi.application`` (what the servers run, fast paths
    included), in the test's database transaction: (status, {headers}, body)."""
    from masthead.wsgi import application

    env = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        **environ,
    }
    setup_testing_defaults(env)
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"], answer["headers"] = int(status.split()[0]), dict(headers)

    # As Django's test client does: a request handed to Django must not close the test's
    # connection (it lives inside the test's transaction).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        chunks = application(env, start_response)
        content = b"".join(chunks)
        if hasattr(chunks, "close"):
            chunks.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return answer["status"], answer["headers"], content
