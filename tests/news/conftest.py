import pytest

from news.roles import EDITORS, PUBLISHERS
from tests.news.factories import StaffFactory


@pytest.fixture
def editor(client):
    """A logged-in member of the editors' group."""
    user = StaffFactory(username="bientap", group=EDITORS)
    client.force_login(user)
    return user


@pytest.fixture
def publisher(client):
    """A logged-in member of the publishers' group."""
    user = StaffFactory(username="duyetbai", group=PUBLISHERS)
    client.force_login(user)
    return user
