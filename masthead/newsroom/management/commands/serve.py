"""``masthead serve``: the production server for what is configured.

granian by default (Rust HTTP with keep-alive, one Python thread per worker process: about
three times gunicorn sync's cached pages and 1.5-1.9 times its beacons here, for 16 % fewer
cold pages; docs/benchmarks.md "which server"), gunicorn on request. Static files are
collected first (whitenoise serves them, hashed and compressed).
"""

import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Serve Masthead with granian or gunicorn (never runserver outside development)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("MASTHEAD_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
        parser.add_argument(
            "--workers", type=int, default=os.cpu_count() or 1, help="default: CPU count"
        )
        parser.add_argument("--threads", type=int, default=1)
        parser.add_argument(
            "--server",
            choices=["granian", "gunicorn"],
            default=os.environ.get("MASTHEAD_SERVER", "granian"),
            help="the WSGI server (docs/benchmarks.md compares them)",
        )
        parser.add_argument("--no-collectstatic", action="store_true")
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="do not start `masthead worker` beside the web processes (run it yourself)",
        )

    def handle(self, host, port, workers, threads, no_collectstatic, no_worker, server, **options):
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1.")
        if not 0 < port < 65536:
            raise CommandError(f"--port {port} is not a TCP port (1-65535).")
        if not no_collectstatic:
            call_command("collectstatic", interactive=False, verbosity=0)
        run = _granian if server == "granian" else _gunicorn
        serve = run(host, port, workers, threads)
        self.stdout.write(
            f"Serving {settings.MASTHEAD_SITE_NAME} on http://{host}:{port}/ ({server}, "
            f"{workers} worker{'s' if workers > 1 else ''} x {threads} thread"
            f"{'s' if threads > 1 else ''})"
        )
        worker = None
        if not no_worker:
            # The periodic jobs (view flushing) run beside the web processes; on shutdown
            # the worker gets SIGTERM and flushes once more before it exits.
            worker = subprocess.Popen(
                [sys.executable, "-m", "masthead.cli", "worker", "--parent", str(os.getpid())]
            )
        try:
            serve()
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


def _gunicorn(host, port, workers, threads):
    """gunicorn: sync workers, or gthread (keep-alive) with more than one thread."""
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

    return Server().run


def _granian(host, port, workers, threads):
    """granian (Rust HTTP, WSGI interface): ``threads`` blocking threads per worker."""
    try:
        from granian import Granian
        from granian.constants import Interfaces
    except ImportError:
        raise CommandError("granian is not installed: pip install granian") from None
    server = Granian(
        "masthead.wsgi:application",
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        blocking_threads=threads,
        log_access=settings.DEBUG,
        # A worker that has not stopped 20 s after SIGTERM is killed (as gunicorn's
        # graceful timeout): granian workers have been seen to hang on shutdown.
        workers_kill_timeout=20,
    )
    return server.serve
