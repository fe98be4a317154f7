"""Reads of published content from a read replica, when one is configured.

With ``DATABASE_REPLICA_URL`` set, settings.py adds a ``replica`` database alias, this
router and ``ReaderRequests`` (middleware). A reader's request (GET or HEAD, no session
cookie, not the desk) is marked for its duration, and every read made while it is marked
goes to the replica: the article, its lists, its comments, the page cache's version.
Everything else reads the primary: the desk (an editor must see what they just saved,
replication lag or not), every write, the view beacon (answered in front of Django,
unmarked: counts must be exact) and the background jobs.
"""

from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"
_reader = ContextVar("masthead_reader_request", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return REPLICA if _reader.get() else None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data: the replica is a copy of the primary

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"  # the replica gets its schema by replication


def is_reader_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith("/desk/")
    )


class ReaderRequests:
    """Middleware: mark a reader's request so that its reads use the replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _reader.set(is_reader_request(request))
        try:
            return self.get_response(request)
        finally:
            _reader.reset(token)
