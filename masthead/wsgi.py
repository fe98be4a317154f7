"""The WSGI application: Django, with the view beacon answered in front of it
(``masthead.engagement.fastpath``: the busiest URL skips Django's request machinery)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
django_application = get_wsgi_application()

from masthead.engagement.fastpath import BeaconFastPath  # noqa: E402  (needs Django set up)

application = BeaconFastPath(django_application)
