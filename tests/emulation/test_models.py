import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from emulation.models import Campaign, Initiative, Period, Registration
from tests.emulation.factories import CampaignFactory, InitiativeFactory, PeriodFactory, RegistrationFactory

pytestmark = pytest.mark.django_db
D = datetime.date
Status = Registration.Status


class TestCampaign:
    def test_slug_is_made_from_the_vietnamese_name_and_kept_unique(self):
        first = CampaignFactory(name="Giỏi việc nước, đảm việc nhà")
        second = CampaignFactory(name="Giỏi việc nước, đảm việc nhà")
        assert first.slug == "gioi-viec-nuoc-dam-viec-nha"
        assert second.slug == "gioi-viec-nuoc-dam-viec-nha-2"

    def test_description_is_sanitised(self):
        campaign = CampaignFactory(description='<p onclick="x()">Nội dung</p><script>alert(1)</script>')
        assert campaign.description == "<p>Nội dung</p>"

    def test_the_database_refuses_a_start_after_the_end(self):
        with pytest.raises(IntegrityError), transaction.atomic():
            CampaignFactory(starts_on=D(2026, 12, 31), ends_on=D(2026, 1, 1))

    def test_shrinking_a_campaign_around_its_periods_is_refused(self):
        period = PeriodFactory(name="Đợt 3 năm 2026", starts_on=D(2026, 8, 1), ends_on=D(2026, 12, 31))
        campaign = period.campaign
        campaign.ends_on = D(2026, 7, 31)
        with pytest.raises(ValidationError, match="Đợt 3 năm 2026"):
            campaign.full_clean()

    def test_public_lists_only_public_campaigns_running_first(self):
        closed = CampaignFactory(status=Campaign.Status.CLOSED, starts_on=D(2026, 3, 1))
        running = CampaignFactory(status=Campaign.Status.RUNNING, starts_on=D(2021, 1, 1))
        planned = CampaignFactory(status=Campaign.Status.PLANNED, starts_on=D(2026, 6, 1), ends_on=D(2026, 12, 31))
        CampaignFactory(is_public=False)
        assert list(Campaign.objects.published().running_first()) == [running, planned, closed]


class TestPeriod:
    def test_the_database_refuses_a_start_after_the_end(self):
        campaign = CampaignFactory()
        with pytest.raises(IntegrityError), transaction.atomic():
            Period.objects.bulk_create(
                [Period(campaign=campaign, name="Đợt 1", starts_on=D(2026, 5, 1), ends_on=D(2026, 1, 1))]
            )

    @pytest.mark.parametrize(
        ("starts_on", "ends_on"), [(D(2025, 12, 1), D(2026, 4, 30)), (D(2026, 9, 1), D(2027, 1, 31))]
    )
    def test_a_period_outside_its_campaign_is_refused_by_clean_and_by_save(self, starts_on, ends_on):
        period = Period(campaign=CampaignFactory(), name="Đợt 1 năm 2026", starts_on=starts_on, ends_on=ends_on)
        with pytest.raises(ValidationError, match="nằm trong thời gian của phong trào"):
            period.full_clean()
        with pytest.raises(ValidationError, match="nằm trong thời gian của phong trào"):
            period.save()
        assert not Period.objects.exists()

    def test_a_period_inside_its_campaign_is_saved(self):
        period = PeriodFactory(starts_on=D(2026, 1, 1), ends_on=D(2026, 12, 31))
        period.full_clean()
        assert period.pk


class TestRegistrationWorkflow:
    def test_one_registration_per_union_and_period(self, own_registration):
        with pytest.raises(IntegrityError), transaction.atomic():
            RegistrationFactory(base_union=own_registration.base_union, period=own_registration.period)

    def test_officer_submits_and_the_office_approves(self, own_registration, officer, emulation_office):
        own_registration.submit(officer)
        own_registration.refresh_from_db()
        assert own_registration.status == Status.SUBMITTED
        assert own_registration.submitted_by == officer and own_registration.submitted_at

        own_registration.approve(emulation_office)
        own_registration.refresh_from_db()
        assert own_registration.status == Status.APPROVED
        assert own_registration.reviewed_by == emulation_office and own_registration.reviewed_at

    def test_returned_with_a_reason_then_submitted_again(self, own_registration, officer, sector_staff):
        own_registration.submit(officer)
        with pytest.raises(ValidationError, match="lý do"):
            own_registration.return_to_union(sector_staff, "  ")
        own_registration.return_to_union(sector_staff, "Bổ sung chỉ tiêu sáng kiến.")
        own_registration.refresh_from_db()
        assert (own_registration.status, own_registration.return_reason) == (
            Status.RETURNED,
            "Bổ sung chỉ tiêu sáng kiến.",
        )
        assert own_registration.is_editable
        own_registration.submit(officer)
        assert Registration.objects.get().status == Status.SUBMITTED

    def test_the_database_refuses_a_return_without_reason(self, own_registration):
        with pytest.raises(IntegrityError), transaction.atomic():
            Registration.objects.filter(pk=own_registration.pk).update(status=Status.RETURNED)

    @pytest.mark.parametrize("status", [Status.DRAFT, Status.RETURNED, Status.APPROVED])
    def test_only_a_submitted_registration_is_reviewed(self, own_union, period, sector_staff, status):
        registration = RegistrationFactory(base_union=own_union, period=period, status=status, return_reason="Sửa lại")
        with pytest.raises(ValidationError, match="Chỉ duyệt được đăng ký đã gửi"):
            registration.approve(sector_staff)
        with pytest.raises(ValidationError):
            registration.return_to_union(sector_staff, "Lý do")

    def test_an_approved_registration_cannot_be_submitted_again(self, own_union, period, officer):
        registration = RegistrationFactory(base_union=own_union, period=period, status=Status.APPROVED)
        with pytest.raises(ValidationError, match="Đã duyệt"):
            registration.submit(officer)

    def test_an_officer_cannot_review_or_submit_for_another_union(self, own_registration, other_registration, officer):
        own_registration.submit(officer)
        with pytest.raises(PermissionDenied):
            own_registration.approve(officer)
        with pytest.raises(PermissionDenied):
            other_registration.submit(officer)
        assert Registration.objects.get(pk=other_registration.pk).status == Status.DRAFT


class TestInitiative:
    def test_money_saved_in_dong_and_totals(self):
        InitiativeFactory(money_saved=325_000_000)
        InitiativeFactory(money_saved=1_500_000)
        assert Initiative.objects.first().money_saved_display.endswith(" đ")
        assert Initiative.objects.total_money_saved() == 326_500_000
        assert InitiativeFactory(money_saved=325_000_000).money_saved_display == "325.000.000 đ"
