"""The view beacon's door in front of Django (WSGI), for the busiest URL of the site.

Every article view sends a beacon, so ``/_views/<id>`` gets as many requests as all the
pages together. A beacon needs none of Django's request machinery (middleware, URL
resolving, sessions, the request and response classes) nor a new database connection
per request: ``bench/whatif_lean_wsgi.py`` measured 2.6 times the throughput without
them (docs/benchmarks.md). So ``masthead.wsgi`` wraps Django in ``BeaconFastPath``: it
answers ``/_views/<id>`` and ``/_views/<id>.gif`` itself with the very functions of
``views.py`` (``beacon_answer``, ``pixel_answer``: same rules, statuses and messages)
and hands every other request to Django unchanged.

The database connection of the serving thread is kept between beacons; it is closed
after any database error, so the next beacon reconnects (a PostgreSQL restart costs
the beacons of that moment, not the process). A database error answers 503, never 500.
"""

import json
import logging
import re

from django.db import DatabaseError, connection

from .views import NO_STORE, PIXEL, beacon_answer, pixel_answer

logger = logging.getLogger(__name__)

# The same paths as urls.py; anything else about /_views/ goes to Django (and its 404).
BEACON = re.compile(r"/_views/([^/.]{1,40})")
PIXEL_PATH = re.compile(r"/_views/([^/]{1,40})\.gif")
STATUS = {
    200: "200 OK",
    400: "400 Bad Request",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    413: "413 Payload Too Large",
    503: "503 Service Unavailable",
}


class BareRequest:
    """The little of a request the beacon reads, straight from the WSGI environ."""

    def __init__(self, environ):
        self.META = environ
        self.method = environ.get("REQUEST_METHOD", "GET").upper()
        self.content_type = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()

    def read(self, size):
        return self.META["wsgi.input"].read(size)


class BeaconFastPath:
    """WSGI middleware: beacons answered here, everything else by ``app`` (Django)."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if not path.startswith("/_views/"):
            return self.app(environ, start_response)
        match, gif = BEACON.fullmatch(path), False
        if match is None:
            match, gif = PIXEL_PATH.fullmatch(path), True
            if match is None:
                return self.app(environ, start_response)
        raw_id = match.group(1)
        request = BareRequest(environ)
        try:
            if gif:
                status, payload = pixel_answer(request, raw_id)
            else:
                status, payload = beacon_answer(request, raw_id)
        except DatabaseError:
            logger.exception("Beacon for %s failed on the database", raw_id)
            connection.close()  # a broken connection is not reused
            status, payload = 503, {"error": "Try again in a moment."}
        if gif and payload is None:
            body, content_type = PIXEL, "image/gif"
        else:
            body, content_type = json.dumps(payload).encode(), "application/json"
        headers = [
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("Cache-Control", NO_STORE),
            ("X-Content-Type-Options", "nosniff"),
        ]
        if status == 503:
            headers.append(("Retry-After", "5"))
        start_response(STATUS[status], headers)
        return [b"" if request.method == "HEAD" else body]
