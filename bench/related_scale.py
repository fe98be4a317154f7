"""Related stories at demo scale: the incremental update and the page-time lookup.

    export MASTHEAD_VAR_DIR=/tmp/big DATABASE_URL=sqlite:////tmp/big/db.sqlite3
    .venv/bin/masthead migrate -v0 && .venv/bin/masthead demo --articles 100000
    /usr/bin/time -v .venv/bin/masthead rebuild-related -v2      # the full rebuild
    .venv/bin/python bench/related_scale.py [--runs 200]

Times (wall clock, this process): the worker's first load of every stored vector into
memory; then, with the index warm as in a running worker, the update after one new story
is saved and after one published story is edited (``update_related()``: vectorize, the
products, the candidate rows of every story whose list changes); then ``api.related()``
for ``--runs`` random published stories (median / p95 / max, and the queries each one
makes). Then it prints five stories and the headlines of their five related stories.
"""

import argparse
import os
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

import django  # noqa: E402

django.setup()

from django.db import connection, reset_queries  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from masthead.newsroom.models import Article  # noqa: E402
from masthead.recommendations import api, index  # noqa: E402
from masthead.recommendations.jobs import update_related  # noqa: E402


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    ids = list(Article.objects.published().values_list("id", flat=True))
    print(f"{len(ids)} published stories")

    started = time.perf_counter()
    index.process_queue()  # loads the index (and handles anything queued)
    from masthead.recommendations.models import RelatedModel

    index._INDEX.sync(RelatedModel.objects.get(id=1))
    print(f"first load of the vectors into the worker: {time.perf_counter() - started:.2f} s")

    template = Article.objects.get(pk=rng.choice(ids))
    new = Article.objects.create(
        headline=template.headline + " (follow-up)",
        slug=f"bench-follow-up-{int(time.time())}",
        dek=template.dek,
        body=template.body,
        section=template.section,
        status=Article.Status.PUBLISHED,
    )
    started = time.perf_counter()
    result = update_related()
    print(f"update after one new story: {ms(time.perf_counter() - started)} {result}")

    edited = Article.objects.get(pk=rng.choice(ids))
    edited.headline = edited.headline + " — updated"
    edited.save()
    started = time.perf_counter()
    result = update_related()
    print(f"update after one edited story: {ms(time.perf_counter() - started)} {result}")

    times, queries = [], []
    for pk in rng.sample(ids, args.runs):
        article = Article.objects.only("id", "section_id").get(pk=pk)
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            api.related(article, exclude=(), limit=5)
            times.append(time.perf_counter() - started)
        queries.append(len(captured))
    times.sort()
    print(
        f"api.related() over {args.runs} stories: median {ms(statistics.median(times))}, "
        f"p95 {ms(times[int(0.95 * len(times)) - 1])}, max {ms(times[-1])}, "
        f"queries {min(queries)}-{max(queries)}"
    )

    for pk in rng.sample(ids, 5) + [new.pk]:
        article = Article.objects.select_related("section").get(pk=pk)
        print(f"\n[{article.section.name}] {article.headline}")
        related = api.related(article, limit=5)
        found = Article.objects.select_related("section").in_bulk(related)
        for rank, rid in enumerate(related, 1):
            print(f"   {rank}. [{found[rid].section.name}] {found[rid].headline}")
    new.delete()


if __name__ == "__main__":
    main()
