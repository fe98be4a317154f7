"""``masthead rebuild-related``: refit the term statistics and recompute every story's
related candidates (the worker keeps them up to date afterwards)."""

from django.core.management.base import BaseCommand

from masthead.newsroom import cache
from masthead.recommendations import index


class Command(BaseCommand):
    help = "Rebuild the related-stories index of every published story."

    def handle(self, **options):
        verbose = options["verbosity"] > 1
        result = index.rebuild(stdout=self.stdout.write if verbose else None)
        cache.bump()
        self.stdout.write(
            f"related index rebuilt: {result['stories']} stories in {result['seconds']} s"
        )
