"""``masthead flush-views``: fold buffered views into totals and hourly buckets, once."""

from django.core.management.base import BaseCommand

from masthead.engagement import trending
from masthead.engagement.jobs import flush_views


class Command(BaseCommand):
    help = "Fold buffered view counts into the database (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild-trending",
            action="store_true",
            help="Also recompute Popular Now's table from the hourly buckets.",
        )

    def handle(self, **options):
        result = flush_views()
        self.stdout.write(
            f"flush-views: {result['views']} views folded, Popular Now {result['popular_now']}, "
            f"{result['hours_rolled_up']} hourly buckets rolled up into days, "
            f"{result['salts_forgotten']} old salts forgotten."
        )
        if options["rebuild_trending"]:
            stories = trending.rebuild()
            noun = "story" if stories == 1 else "stories"
            self.stdout.write(f"Popular Now rebuilt: {stories} {noun} viewed this week.")
