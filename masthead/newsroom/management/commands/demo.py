"""``masthead demo``: (re)build a demo newsroom of invented Korean and world news.

    masthead demo                      # 400 articles, seed 1, replacing all content
    masthead demo --if-empty           # only when there are no articles yet
    masthead demo --articles 100000 --seed 7 --password s3cret

Without ``--if-empty`` every article, byline, correction, must-read, old slug, tag,
author, section and view total is deleted first. The desk accounts ``admin``, ``editor``
and ``writer`` are created or reset with the given password.
"""

from django.core.management.base import BaseCommand, CommandError

from masthead.newsroom.models import Article

DEFAULT_PASSWORD = "masthead-demo"


def _positive(value):
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


_positive.__name__ = "positive whole number"  # argparse's error message uses it


class Command(BaseCommand):
    help = "Replace the newsroom's content with a generated demo newsroom."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles", type=_positive, default=400, help="how many articles (default 400)"
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="same seed, same newsroom (default 1)"
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="do nothing if the database already has articles",
        )
        parser.add_argument(
            "--password",
            default=DEFAULT_PASSWORD,
            help=f"password of the admin, editor and writer accounts (default {DEFAULT_PASSWORD})",
        )

    def handle(self, articles, seed, if_empty, password, **options):
        if if_empty and Article.objects.exists():
            count = Article.objects.count()
            self.stdout.write(f"The newsroom already has {count} articles: demo not rebuilt.")
            return
        if not password:
            raise CommandError("--password must not be empty.")
        from masthead.newsroom.demo import DemoError, build

        try:
            summary = build(articles=articles, seed=seed, password=password)
        except DemoError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(summary.line())
