"""Article page render time, in process, on the configured database (not a test).

    .venv/bin/python bench/render_article.py [--requests 200] [--article ID]

Loads one published article page with Django's test client: once with the cache cleared
(the process already warm), then 200 warm requests. Prints the median and p95 render
times and the SQL query count of a cold and a warm request as one JSON line. Run it
against the demo database (`masthead demo` first); the server is not involved, so this is
the cost of Django + the template + the queries, without HTTP.
"""

import argparse
import json
import os
import statistics
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--article", type=int)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from masthead.newsroom.models import Article

    setup_test_environment()  # allows the "testserver" host; templates render as usual
    published = Article.objects.published()
    article = (
        published.get(pk=args.article)
        if args.article
        else published.filter(original_headline__gt="").order_by("-publish_at").first()
    )
    if article is None:
        sys.exit("No published article: run `masthead demo` first.")
    url = article.get_absolute_url()
    client = Client()

    # Warm the process (imports, compiled templates) on another page, then empty the cache:
    # "cold" below means the lists cache is cold, not the Python process.
    client.get("/")
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        start = time.perf_counter()
        response = client.get(url)
        cold_ms = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, response.status_code

    for _ in range(5):
        client.get(url)
    times = []
    with CaptureQueriesContext(connection) as warm:
        for _ in range(args.requests):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(
        json.dumps(
            {
                "article": article.pk,
                "articles_in_db": Article.objects.count(),
                "requests": args.requests,
                "cold_ms": round(cold_ms, 2),
                "cold_queries": len(cold.captured_queries),
                "warm_median_ms": round(statistics.median(times), 2),
                "warm_p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
                "warm_queries_per_request": len(warm.captured_queries) / args.requests,
                "bytes": len(response.content),
            }
        )
    )


if __name__ == "__main__":
    main()
