"""Readers report comments: one report per visitor, three hide a comment until reviewed."""

import pytest
from bs4 import BeautifulSoup

from masthead.comments.models import Comment, CommentReport
from masthead.comments.views import record_report
from masthead.testing import make_comment

from .conftest import READER_UA, fresh_ip

pytestmark = pytest.mark.django_db


def _report(client, comment, ip=None, **extra):
    return client.post(
        f"/_comments/report/{comment.pk}",
        HTTP_USER_AGENT=READER_UA,
        REMOTE_ADDR=ip or fresh_ip(),
        **extra,
    )


def test_each_comment_has_a_report_button_that_posts(client, article):
    comment = make_comment(article)
    page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html5lib")
    form = page.select_one(f"#c{comment.pk} form.report-form")
    assert form["method"] == "post" and form["action"] == f"/_comments/report/{comment.pk}"


def test_a_report_is_counted_once_per_visitor(client, article):
    comment = make_comment(article)
    assert _report(client, comment, ip="10.1.1.1").status_code == 302
    assert _report(client, comment, ip="10.1.1.1").status_code == 302
    comment.refresh_from_db()
    assert comment.report_count == 1 and CommentReport.objects.count() == 1


def test_three_reports_hide_a_comment_until_reviewed(client, article):
    comment = make_comment(article, body="Offensive words here")
    for _ in range(2):
        _report(client, comment)
    assert b"Offensive words here" in client.get(article.get_absolute_url()).content
    response = _report(client, comment)
    assert response["Location"] == f"{article.get_absolute_url()}?note=reported#comments"
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HIDDEN and comment.report_count == 3
    page = client.get(article.get_absolute_url()).content
    assert b"Offensive words here" not in page


def test_record_report_hides_at_the_threshold(article):
    comment = make_comment(article)
    assert record_report(comment, "a" * 32, threshold=2) is False
    assert record_report(comment, "a" * 32, threshold=2) is False  # same visitor
    assert record_report(comment, "b" * 32, threshold=2) is True


def test_a_report_by_fetch_gets_json(client, article):
    comment = make_comment(article)
    response = _report(client, comment, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["ok"] is True


def test_reporting_a_comment_readers_cannot_see_is_a_404(client, article):
    hidden = make_comment(article, status=Comment.Status.PENDING)
    assert _report(client, hidden).status_code == 404
    assert client.post("/_comments/report/999999").status_code == 404
    assert client.post("/_comments/report/abc").status_code == 404
