"""``masthead worker``: run the periodic jobs in a loop (no queue server).

Every ``MASTHEAD_FLUSH_SECONDS`` it folds buffered views into the database, then updates
the related-stories candidates of stories saved since (``recommendations.jobs``). On SIGTERM or
SIGINT it runs one last flush before exiting, so a graceful shutdown keeps every count.
Several workers may run at once: each job is idempotent and locks what it moves.
"""

import os
import signal
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from masthead.engagement.jobs import flush_views
from masthead.recommendations.jobs import update_related


class Command(BaseCommand):
    help = "Run the periodic jobs (view flushing) until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=None, help="seconds between runs")
        parser.add_argument("--once", action="store_true", help="run each job once and exit")
        parser.add_argument(
            "--parent",
            type=int,
            default=None,
            help="stop (after a final flush) when this process is gone (used by serve)",
        )

    def handle(self, interval, once, parent, **options):
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
            deadline = started + interval
            while not stop.is_set() and time.monotonic() < deadline:
                stop.wait(min(1.0, max(0.0, deadline - time.monotonic())))
                if parent and os.getppid() != parent:
                    stop.set()  # serve is gone without telling us: do not linger
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
        try:
            related = update_related()
        except Exception as exc:  # the queue keeps the stories: retried next interval
            self.stderr.write(f"worker: related update failed, will retry: {exc!r}")
            return
        if related["rebuilt"] or related["updated"]:
            self.stdout.write(
                f"worker: related index {related['rebuilt']} stories rebuilt, "
                f"{related['updated']} lists updated"
            )
