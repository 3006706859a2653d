"""Registrations and proposals only while a period takes them; the office may still record late ones, marked."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from awards.models import Proposal
from emulation.models import Period, Registration
from tests.awards.factories import ProposalFactory, award_type
from tests.emulation.factories import PeriodFactory, RegistrationFactory
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed(period):
    period.deadline = datetime.date(2026, 5, 15)
    period.save()
    return period


@pytest.fixture
def still_open():
    return PeriodFactory(name="Đợt 3 năm 2026", deadline=datetime.date(2099, 1, 15))


def test_a_period_without_a_deadline_stays_open(period, closed):
    other = PeriodFactory(name="Năm 2026")
    assert other.is_open() and not closed.is_open(on=datetime.date(2026, 5, 16))
    assert closed.is_open(on=datetime.date(2026, 5, 15))
    assert list(Period.objects.open()) == [other]


def test_an_officer_registers_only_for_an_open_period(client, officer, own_union, closed, still_open):
    client.force_login(officer)
    url = reverse("admin:emulation_registration_add")
    offered = client.get(url).context["adminform"].form.fields["period"].queryset
    assert list(offered) == [still_open]
    response = client.post(url, {"base_union": own_union.pk, "period": closed.pk, "pledges": "Chỉ tiêu"})
    assert "period" in response.context["adminform"].form.errors
    client.post(url, {"base_union": own_union.pk, "period": still_open.pk, "pledges": "Chỉ tiêu"})
    assert Registration.objects.get().is_late is False


def test_the_office_records_a_late_registration_marked_as_such(client, emulation_office, own_union, closed):
    client.force_login(emulation_office)
    url = reverse("admin:emulation_registration_add")
    client.post(url, {"base_union": own_union.pk, "period": closed.pk, "pledges": "Chỉ tiêu"})
    assert Registration.objects.get().is_late is True


def test_a_draft_is_not_sent_after_the_deadline_but_by_the_office(officer, emulation_office, own_union, closed):
    registration = RegistrationFactory(base_union=own_union, period=closed)
    with pytest.raises(ValidationError, match="đã hết hạn đăng ký, đề nghị ngày 15/05/2026"):
        registration.submit(officer)
    registration.submit(emulation_office)
    registration.refresh_from_db()
    assert (registration.status, registration.is_late) == (Registration.Status.SUBMITTED, True)

    proposal = ProposalFactory(member=MemberFactory(base_union=own_union), period=closed)
    with pytest.raises(ValidationError, match="đã hết hạn"):
        proposal.submit(officer)
    proposal.submit(emulation_office)
    proposal.refresh_from_db()
    assert (proposal.status, proposal.is_late) == (Proposal.Status.SUBMITTED, True)


def test_an_officer_proposes_only_for_an_open_period(client, officer, own_union, closed, still_open):
    member = MemberFactory(base_union=own_union)
    client.force_login(officer)
    url = reverse("admin:awards_proposal_add")
    data = {
        "recipient_kind": "doan_vien",
        "member": member.pk,
        "base_union": own_union.pk,
        "award_type": award_type("Giấy khen").pk,
        "achievement": "Hoàn thành xuất sắc nhiệm vụ.",
    }
    response = client.post(url, data | {"period": closed.pk})
    assert "period" in response.context["adminform"].form.errors
    client.post(url, data | {"period": still_open.pk})
    assert Proposal.objects.get().is_late is False
