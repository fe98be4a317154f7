"""Add reader comments to a benchmark newsroom, fast (not a test).

    export MASTHEAD_VAR_DIR=/tmp/b100k DATABASE_URL=sqlite:////tmp/b100k/db.sqlite3
    masthead demo --articles 100000             # articles, views
    .venv/bin/python bench/fill_comments.py --per-article 3 [--replies 0.2] [--seed 1]
                                            [--if-empty]

Gives published stories approved comments, long-tailed the way readers comment: the
average is ``--per-article``, most stories get none or a few, the most read get
hundreds (a Pareto draw weighted by each story's view total). A share ``--replies`` of
them answer an earlier comment of the same story. Written with ``executemany`` in
batches of 10,000 (model instances would cost ~20 times the insert), then each touched
story's cached pages are dropped (``comments.cache.bump_many``). Prints what it did and
how long it took.
"""

import argparse
import os
import random
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 10_000
NAMES = ["Min-ji", "Daniel", "Seo-yeon", "Priya", "Jae-won", "Ana", "Tom", "Hye-jin", "Kofi"]
LINES = [
    "Thanks for translating this, it's hard to find in English.",
    "The figures in the third paragraph don't match what the ministry said last week.",
    "좋은 기사 감사합니다.",
    "I live near there and this is exactly what it's like.",
    "Would be good to hear from the other side too.",
    "이 문제는 더 많은 관심이 필요합니다.",
    "Finally someone is reporting on this.",
    "How does this compare with last year's numbers?",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-article", type=float, default=3.0)
    parser.add_argument("--replies", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--if-empty", action="store_true", help="do nothing if there are comments already"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection, transaction
    from django.utils import timezone

    from masthead.comments import text
    from masthead.comments.cache import bump_many
    from masthead.comments.models import Comment
    from masthead.engagement.models import ViewTotal
    from masthead.newsroom.models import Article

    if args.if_empty and Comment.objects.exists():
        print(f"{Comment.objects.count()} comments there already: none added.")
        return
    started = time.perf_counter()
    rng = random.Random(args.seed)
    stories = list(Article.objects.published().values_list("pk", "publish_at"))
    views = dict(ViewTotal.objects.values_list("article_id", "views"))
    weights = [(views.get(pk, 0) + 1) * rng.paretovariate(1.2) for pk, _ in stories]
    total = int(args.per_article * len(stories))
    picks = rng.choices(range(len(stories)), weights=weights, k=total)
    now = timezone.now()
    table = Comment._meta.db_table
    columns = (
        "article_id, parent_id, name, body, email, status, held_reason, user_id, "
        "is_staff_reply, visitor, text_hash, report_count, created_at"
    )
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * 13)})"  # noqa: S608
    adapt = connection.ops.adapt_datetimefield_value

    def row(article_id, parent_id, body, when):
        """An approved reader comment, in ``columns`` order."""
        return [article_id, parent_id, rng.choice(NAMES), body, "", "approved", "", None,
                False, "", text.fingerprint(body), 0, adapt(when)]  # fmt: skip

    def insert(rows):
        for start in range(0, len(rows), BATCH):
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.executemany(sql, rows[start : start + BATCH])

    rows, touched = [], set()
    for index in picks:
        pk, published = stories[index]
        when = published + (now - published) * rng.random() if published < now else now
        rows.append(row(pk, None, f"{rng.choice(LINES)} ({len(rows)})", when))
        touched.add(pk)
    insert(rows)
    made = len(rows)
    # Replies: a share of the comments answer an earlier top-level comment of their story.
    tops = list(
        Comment.objects.filter(parent__isnull=True, article_id__in=touched).values_list(
            "pk", "article_id", "created_at"
        )
    )
    reply_rows = [
        row(
            article_id,
            top_pk,
            f"Replying: {rng.choice(LINES)}",
            created + timedelta(minutes=rng.randint(1, 600)),
        )  # fmt: skip
        for top_pk, article_id, created in rng.sample(tops, int(len(tops) * args.replies))
    ]
    insert(reply_rows)
    replies = len(reply_rows)
    with transaction.atomic():  # one commit for the pages dropped with the blocks
        bump_many(touched)
    seconds = time.perf_counter() - started
    most = max(Counter(picks).values(), default=0)
    print(
        f"{made} comments and {replies} replies on {len(touched)} of {len(stories)} "
        f"published stories (the busiest has {most}) in {seconds:.1f} s"
    )


if __name__ == "__main__":
    main()
