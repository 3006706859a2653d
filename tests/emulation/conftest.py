import pytest

from tests.emulation.factories import RegistrationFactory


@pytest.fixture
def own_registration(own_union, period):
    return RegistrationFactory(base_union=own_union, period=period)


@pytest.fixture
def other_registration(other_union, period):
    return RegistrationFactory(base_union=other_union, period=period)
