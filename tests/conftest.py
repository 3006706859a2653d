import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with a cold cache, so query counts do not depend on test order."""
    cache.clear()
    yield
    cache.clear()
