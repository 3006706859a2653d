import pytest

from members.roles import SECTOR_STAFF
from tests.members.factories import BaseUnionFactory, MemberFactory, officer_of
from tests.news.factories import StaffFactory


@pytest.fixture
def unions(db):
    return BaseUnionFactory(name="Công đoàn Bệnh viện Đa khoa tỉnh", code="BVDK"), BaseUnionFactory(
        name="Công đoàn Trung tâm Y tế huyện Chợ Mới", code="TTYTCM"
    )


@pytest.fixture
def own_union(unions):
    return unions[0]


@pytest.fixture
def other_union(unions):
    return unions[1]


@pytest.fixture
def officer(own_union):
    return officer_of(own_union)


@pytest.fixture
def sector_staff(db):
    return StaffFactory(username="canbo_nganh", group=SECTOR_STAFF)


@pytest.fixture
def own_member(own_union):
    return MemberFactory(base_union=own_union, full_name="Nguyễn Thị Hoà")


@pytest.fixture
def other_member(other_union):
    return MemberFactory(base_union=other_union, full_name="Trần Văn Bình")
