import pytest
from django.core.cache import cache

from emulation.roles import EMULATION_OFFICE
from members.roles import SECTOR_STAFF
from news import reads
from news.roles import EDITORS, PUBLISHERS
from tests.client import Client
from tests.emulation.factories import PeriodFactory
from tests.factories import StaffFactory
from tests.members.factories import BaseUnionFactory, officer_of
from unionportal import pagecache


@pytest.fixture
def client():
    """Signs staff in past the second factor (tests/client.py)."""
    return Client()


@pytest.fixture
def admin_client(admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Changes made inside `with committed():` commit, as the admin's do: the page cache and the kept
    chrome hear of them (unionportal/pagecache.py drops them on commit)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with a cold cache and no buffered reads, so query counts do not depend on test order."""
    cache.clear()
    pagecache.near.clear()
    reads.discard()
    yield
    cache.clear()
    pagecache.near.clear()
    reads.discard()


@pytest.fixture
def own_union(db):
    """The base union the `officer` manages."""
    return BaseUnionFactory(name="Công đoàn Bệnh viện Đa khoa tỉnh", code="BVDK")


@pytest.fixture
def other_union(db):
    return BaseUnionFactory(name="Công đoàn Trung tâm Y tế huyện Chợ Mới", code="TTYTCM")


@pytest.fixture
def officer(own_union):
    return officer_of(own_union)


@pytest.fixture
def sector_staff(db):
    return StaffFactory(username="canbo_nganh", group=SECTOR_STAFF)


@pytest.fixture
def emulation_office(db):
    return StaffFactory(username="van_phong_thi_dua", group=EMULATION_OFFICE)


@pytest.fixture
def period(db):
    return PeriodFactory(name="Đợt 1 năm 2026")


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
