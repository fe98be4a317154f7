"""``masthead flush-views``: fold buffered views into totals and hourly buckets, once."""

from django.core.management.base import BaseCommand

from masthead.engagement.jobs import flush_views


class Command(BaseCommand):
    help = "Fold buffered view counts into the database (idempotent)."

    def handle(self, **options):
        result = flush_views()
        self.stdout.write(
            f"flush-views: {result['views']} views folded, {result['hours_rolled_up']} hourly "
            f"buckets rolled up into days, {result['salts_forgotten']} old salts forgotten."
        )
