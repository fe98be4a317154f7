"""The WSGI application: Django, with the two busiest kinds of request answered in front
of it, skipping Django's request machinery: the view beacon
(``masthead.engagement.fastpath``) and reader pages already in the page cache
(``masthead.newsroom.pagecache.PageFastPath``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
django_application = get_wsgi_application()

from masthead.engagement.fastpath import BeaconFastPath  # noqa: E402  (needs Django set up)
from masthead.newsroom.pagecache import PageFastPath  # noqa: E402

application = BeaconFastPath(PageFastPath(django_application))
