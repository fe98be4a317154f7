"""``masthead rebuild-search``: index every published and scheduled story again.

Publishing, editing and withdrawing keep the index up to date by themselves; this is for
after a bulk import that bypassed ``Article.save()``, or a restored database.
"""

import time

from django.core.management.base import BaseCommand

from masthead.distribution.search import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index from the stories in the database."

    def handle(self, **options):
        started = time.perf_counter()
        count = rebuild()
        took = time.perf_counter() - started
        self.stdout.write(f"Search index rebuilt: {count} stories in {took:.1f}s.")
