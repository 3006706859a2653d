import pytest

from tests.members.factories import MemberFactory


@pytest.fixture
def own_member(own_union):
    return MemberFactory(base_union=own_union, full_name="Nguyễn Thị Hoà")


@pytest.fixture
def other_member(other_union):
    return MemberFactory(base_union=other_union, full_name="Trần Văn Bình")
