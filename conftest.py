"""Site-wide pytest fixtures. Each test starts with an empty cache."""

import pytest
from django.core.cache import cache

from masthead.engagement.views import forget_readable
from masthead.newsroom.cache import forget_local_lists
from masthead.newsroom.pagecache import forget_local_pages


@pytest.fixture(autouse=True)
def _clear_cache():
    # Also the beacon's memory of readable stories (ids are reused after a rollback) and
    # this process's own memory of pages, their versions and lists.
    cache.clear()
    forget_readable()
    forget_local_pages()
    forget_local_lists()
    yield
    cache.clear()
    forget_readable()
    forget_local_pages()
    forget_local_lists()


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # Tests render templates without running collectstatic first.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Desk accounts in tests need a password, not a slow one.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
