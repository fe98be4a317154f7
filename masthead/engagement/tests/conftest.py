import pytest

from masthead.engagement.counters import reset_counter


@pytest.fixture
def embedded_counter(settings):
    """The embedded database counter, whatever REDIS_URL the test run was given."""
    settings.REDIS_URL = ""
    reset_counter()
    yield
    reset_counter()
