"""Article page render time with 5,000 comments (cold and warm comment block).

Not part of the test suite. Uses a throwaway database:

    MASTHEAD_VAR_DIR=/tmp/crender DATABASE_URL=sqlite:////tmp/crender/db.sqlite3 \\
        .venv/bin/python bench/comment_render.py

Migrates, creates one story with 5,000 approved comments (and three replies on each of
the first 50), then times Django's test client GETting the page: with the whole cache
cleared (cold), after ``comments.cache.bump`` (as after a new comment: the story's
pages dropped), and warm.
"""

import os
import statistics
import time
from datetime import timedelta

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
os.environ.setdefault("ALLOWED_HOSTS", "localhost")
os.environ.setdefault("DEBUG", "1")  # plain static storage: nothing collected here

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

N = 5000
RUNS = 30


def main():
    call_command("migrate", verbosity=0)
    from masthead.comments import cache as comment_cache
    from masthead.comments.models import Comment
    from masthead.testing import make_article

    article = make_article("Five thousand comments")
    start = timezone.now() - timedelta(days=1)
    Comment.objects.bulk_create(
        Comment(article=article, name=f"Reader {i}", body=f"Comment {i} " * 10,
                status="approved", created_at=start + timedelta(seconds=i))
        for i in range(N)
    )  # fmt: skip
    tops = list(Comment.objects.filter(article=article).order_by("id")[:50])
    Comment.objects.bulk_create(
        Comment(article=article, parent=t, name="R", body="reply", status="approved")
        for t in tops
        for _ in range(3)
    )
    client = Client(HTTP_USER_AGENT="bench", HTTP_HOST="localhost")
    url = article.get_absolute_url()

    def timed(prepare):
        times = []
        for _ in range(RUNS):
            prepare()
            t = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - t)
            assert response.status_code == 200
        return statistics.median(times) * 1000, max(times) * 1000

    print(f"{N} comments (+150 replies), {RUNS} runs each, median / max:")
    print("  cold cache      {:.1f} / {:.1f} ms".format(*timed(cache.clear)))
    print(
        "  comment bumped  {:.1f} / {:.1f} ms".format(
            *timed(lambda: comment_cache.bump(article.pk))
        )
    )
    print("  warm            {:.1f} / {:.1f} ms".format(*timed(lambda: None)))
    comment_cache.bump(article.pk)
    with CaptureQueriesContext(connection) as block:
        client.get(url)
    print(f"  queries after a bump: {len(block)}")


if __name__ == "__main__":
    main()
