"""Debian's nginx on loopback with deploy/nginx.conf: for tests/test_nginx.py and bench/.

``front(folder, upstream)`` writes a whole nginx.conf around the deploy file (its CHANGE
lines pointed at ``folder`` and at the app's ``host:port``), ``static_site(folder, root)``
one that serves a folder of files as plain static files, and ``start(folder, config)``
runs nginx in the foreground until the returned process is stopped.
"""

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DEPLOY = ROOT / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def _wrap(folder, site, workers=1):
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (
        f"{user}worker_processes {workers};\npid {folder}/nginx.pid;\n"
        f"error_log {folder}/error.log;\n"
        f"events {{ worker_connections 1024; }}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n"
        f"  client_body_temp_path {folder}/body;\n  proxy_temp_path {folder}/proxy;\n"
        f"{site}\n}}\n"
    )


def front(folder, upstream, port, static, workers=1):
    """deploy/nginx.conf in front of the app at ``upstream`` (host:port), on ``port``."""
    site = DEPLOY.read_text()
    replacements = [
        (r"/var/cache/nginx/masthead", str(Path(folder) / "cache")),
        (r"server 127\.0\.0\.1:8000;", f"server {upstream};"),
        (r"listen 80;", f"listen 127.0.0.1:{port};"),
        (r"/srv/masthead/var/static/", f"{static}/"),
    ]
    for pattern, value in replacements:
        site, count = re.subn(pattern, value, site)
        if count != 1:
            raise ValueError(f"deploy/nginx.conf no longer has {pattern!r}")
    return _wrap(folder, site, workers)


def static_site(folder, root, port, workers=1):
    """Files under ``root`` served as they are (the benchmarks' yardstick)."""
    site = f"server {{\n  listen 127.0.0.1:{port};\n  root {root};\n  default_type text/html;\n}}\n"
    return _wrap(folder, site, workers)


def start(folder, config, port):
    """Run nginx with ``config`` until it answers on ``port``; returns the process."""
    folder = Path(folder)
    (folder / "nginx.conf").write_text(config)
    process = subprocess.Popen(
        [NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return process
        except OSError:
            if process.poll() is not None:
                message = process.stderr.read().decode()
                raise RuntimeError(f"nginx did not start: {message}") from None
            time.sleep(0.05)
    process.terminate()
    raise RuntimeError(f"nginx did not answer on port {port}")


def stop(process):
    process.terminate()
    process.wait(timeout=10)
