"""`masthead erase-commenter <email>` erases a commenter and says how many rows went."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from masthead.comments.models import BannedVisitor, Comment, CommentReport
from masthead.testing import make_comment

pytestmark = pytest.mark.django_db


def test_it_erases_every_comment_of_the_address_and_what_refers_to_them(article):
    mine = make_comment(article, email="Reader@Example.org", visitor="v" * 32)
    make_comment(article, email="reader@example.org", body="Another")
    reply = make_comment(article, email="other@example.org", parent=mine, body="I disagree")
    CommentReport.objects.create(comment=mine, visitor="x" * 32)
    BannedVisitor.objects.create(visitor="v" * 32, day=timezone.now().date())
    out = StringIO()
    call_command("erase_commenter", "reader@example.org", stdout=out)
    assert out.getvalue().strip() == (
        "erase-commenter: removed 4 rows (2 comments, 1 reports, 0 log entries, 1 bans)."
    )
    assert list(Comment.objects.all()) == [reply]
    reply.refresh_from_db()
    assert reply.parent is None  # another reader's words stay
    assert not BannedVisitor.objects.exists()


def test_it_says_zero_when_nothing_matches(db):
    out = StringIO()
    call_command("erase_commenter", "nobody@example.org", stdout=out)
    assert "removed 0 rows" in out.getvalue()


def test_it_refuses_something_that_is_not_an_address(db):
    with pytest.raises(CommandError, match="not an e-mail address"):
        call_command("erase_commenter", "nobody")


def test_the_page_forgets_the_erased_comment(client, article):
    make_comment(article, email="gone@example.org", body="Please forget me")
    assert b"Please forget me" in client.get(article.get_absolute_url()).content
    call_command("erase_commenter", "gone@example.org", stdout=StringIO())
    assert b"Please forget me" not in client.get(article.get_absolute_url()).content
