import itertools
import time

import pytest

from masthead.comments.rules import make_stamp
from masthead.testing import make_article

READER_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
_addresses = itertools.count(1)


@pytest.fixture(autouse=True)
def _comment_settings(settings):
    """The site defaults, except that a form may come back at once (the time rule has its
    own tests)."""
    settings.MASTHEAD_COMMENTS_MODE = "open"
    settings.MASTHEAD_COMMENTS_CLOSE_AFTER_DAYS = 0
    settings.MASTHEAD_COMMENT_MIN_SECONDS = 0
    settings.MASTHEAD_COMMENT_MAX_CHARS = 300
    settings.MASTHEAD_COMMENTS_PER_PAGE = 50
    settings.MASTHEAD_TRUSTED_PROXIES = []


@pytest.fixture
def article(db):
    return make_article("Seoul and Tokyo agree to resume shuttle diplomacy")


def fresh_ip():
    n = next(_addresses)
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


@pytest.fixture
def post_comment(client):
    """POST the real form: ``post_comment(article, body=..., ip=..., client=..., **fields)``.
    Every call is a new visitor unless ``ip`` is given."""

    def post(article, ip=None, client=client, accept=None, **fields):
        data = {
            "name": "Reader",
            "body": "A fair point, well made.",
            "email": "",
            "website": "",
            "stamp": make_stamp(time.time() - 60),
            **fields,
        }
        data = {k: v for k, v in data.items() if v is not None}
        extra = {"HTTP_USER_AGENT": READER_UA, "REMOTE_ADDR": ip or fresh_ip()}
        if accept:
            extra["HTTP_ACCEPT"] = accept
        return client.post(f"/_comments/{article.pk}", data, **extra)

    return post
