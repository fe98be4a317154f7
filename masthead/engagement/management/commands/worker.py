"""``masthead worker``: run the periodic jobs in a loop (no queue server).

Every ``MASTHEAD_FLUSH_SECONDS`` it folds buffered views into the database. On SIGTERM or
SIGINT it runs one last flush before exiting, so a graceful shutdown keeps every count.
Several workers may run at once: each job is idempotent and locks what it moves.
"""

import signal
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from masthead.engagement.jobs import flush_views


class Command(BaseCommand):
    help = "Run the periodic jobs (view flushing) until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=None, help="seconds between runs")
        parser.add_argument("--once", action="store_true", help="run each job once and exit")

    def handle(self, interval, once, **options):
        interval = interval or settings.MASTHEAD_FLUSH_SECONDS
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        self.stdout.write(f"worker: flushing views every {interval:g} s")
        while True:
            started = time.monotonic()
            self._run()
            if once or stop.is_set():
                break
            stop.wait(max(0.0, interval - (time.monotonic() - started)))
            if stop.is_set():
                self._run()  # the graceful-shutdown flush
                break
        self.stdout.write("worker: stopped after a final flush")

    def _run(self):
        close_old_connections()
        try:
            result = flush_views()
        except Exception as exc:  # a failed run is retried next interval; nothing is lost
            self.stderr.write(f"worker: flush failed, will retry: {exc!r}")
            return
        if result["views"] or result["hours_rolled_up"]:
            self.stdout.write(
                f"worker: {result['views']} views folded, "
                f"{result['hours_rolled_up']} hourly buckets rolled up"
            )
