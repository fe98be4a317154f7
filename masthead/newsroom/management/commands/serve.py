"""``masthead serve``: the production server (gunicorn) for what is configured.

Static files are collected first (whitenoise serves them, hashed and compressed).
"""

import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Serve Masthead with gunicorn (never runserver outside development)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("MASTHEAD_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
        parser.add_argument(
            "--workers", type=int, default=os.cpu_count() or 1, help="default: CPU count"
        )
        parser.add_argument("--threads", type=int, default=1)
        parser.add_argument("--no-collectstatic", action="store_true")
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="do not start `masthead worker` beside the web processes (run it yourself)",
        )

    def handle(self, host, port, workers, threads, no_collectstatic, no_worker, **options):
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1.")
        if not 0 < port < 65536:
            raise CommandError(f"--port {port} is not a TCP port (1-65535).")
        if not no_collectstatic:
            call_command("collectstatic", interactive=False, verbosity=0)
        from gunicorn.app.base import BaseApplication

        from masthead.wsgi import application

        class Server(BaseApplication):
            def load_config(self):
                self.cfg.set("bind", f"{host}:{port}")
                self.cfg.set("workers", workers)
                self.cfg.set("threads", threads)
                self.cfg.set("worker_class", "gthread" if threads > 1 else "sync")
                self.cfg.set("accesslog", "-" if settings.DEBUG else None)
                self.cfg.set("graceful_timeout", 20)

            def load(self):
                return application

        self.stdout.write(f"Serving {settings.MASTHEAD_SITE_NAME} on http://{host}:{port}/")
        worker = None
        if not no_worker:
            # The periodic jobs (view flushing) run beside the web processes; on shutdown
            # the worker gets SIGTERM and flushes once more before it exits.
            worker = subprocess.Popen(
                [sys.executable, "-m", "masthead.cli", "worker", "--parent", str(os.getpid())]
            )
        try:
            Server().run()
        finally:
            if worker is not None:
                worker.terminate()
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    worker.kill()
                # The worker flushes on SIGTERM; flush once more here in case it was
                # stopped before it could install its handler. Flushing is idempotent.
                call_command("flush_views", stdout=self.stdout)
