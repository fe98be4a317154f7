import pytest

from masthead.recommendations import index


@pytest.fixture(autouse=True)
def _fresh_memory_index():
    # The worker keeps the vectors in memory; each test starts from the database alone.
    index._INDEX.forget()
    yield
    index._INDEX.forget()
