import pytest

from emulation.roles import EMULATION_OFFICE
from tests.emulation.factories import PeriodFactory, RegistrationFactory
from tests.news.factories import StaffFactory


@pytest.fixture
def emulation_office(db):
    return StaffFactory(username="van_phong_thi_dua", group=EMULATION_OFFICE)


@pytest.fixture
def period(db):
    return PeriodFactory(name="Đợt 1 năm 2026")


@pytest.fixture
def own_registration(own_union, period):
    return RegistrationFactory(base_union=own_union, period=period)


@pytest.fixture
def other_registration(other_union, period):
    return RegistrationFactory(base_union=other_union, period=period)
