import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from awards.models import Authority, AwardType
from tests.browser.conftest import sign_in
from tests.emulation.factories import PeriodFactory
from tests.members.factories import MemberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def choose_in_autocomplete(page, field_id, text):
    """Pick an option in the admin's search-as-you-type select (select2)."""
    page.locator(f"#{field_id} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def test_a_leader_records_a_decision_with_two_lines_and_sees_them_on_the_honour_roll(
    live_server, page, screenshot_path
):
    # Transactional tests start from empty tables, so the vocabulary the migrations load is made here.
    authority, _ = Authority.objects.get_or_create(name="Công đoàn ngành Y tế", defaults={"level": "nganh"})
    bang_khen, _ = AwardType.objects.get_or_create(
        name="Bằng khen", defaults={"category": "khen_thuong", "eligibility": "ca_hai"}
    )
    giay_khen, _ = AwardType.objects.get_or_create(
        name="Giấy khen", defaults={"category": "khen_thuong", "eligibility": "ca_hai"}
    )
    period = PeriodFactory(name="Năm 2026", campaign__name="Lao động giỏi, lao động sáng tạo")
    member = MemberFactory(full_name="Đặng Thị Hồng Nhung", position="Điều dưỡng trưởng")
    get_user_model().objects.create_superuser("lanhdao", "lanhdao@example.vn", "mat-khau-thu")

    sign_in(page, live_server, "lanhdao", "mat-khau-thu")

    page.goto(live_server.url + reverse("admin:awards_decision_add"))
    page.fill("#id_number", "45/QĐ-CĐN")
    page.fill("#id_signed_on", "15/05/2026")
    page.select_option("#id_authority", str(authority.pk))
    page.select_option("#id_period", str(period.pk))
    page.fill("#id_signer", "Nguyễn Văn Hùng")
    page.fill("#id_signer_title", "Chủ tịch")

    page.locator(".add-row a").click()
    page.select_option("#id_lines-0-award_type", str(bang_khen.pk))
    page.select_option("#id_lines-0-recipient_kind", "doan_vien")
    choose_in_autocomplete(page, "id_lines-0-member", "Hồng Nhung")
    page.fill("#id_lines-0-achievement", "Hoàn thành xuất sắc nhiệm vụ năm 2026")

    page.locator(".add-row a").click()
    page.select_option("#id_lines-1-award_type", str(giay_khen.pk))
    page.select_option("#id_lines-1-recipient_kind", "don_vi")
    page.fill("#id_lines-1-recipient_name", "Khoa Hồi sức tích cực – chống độc")
    page.screenshot(path=screenshot_path("decision-with-two-lines"), full_page=True)
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"**{reverse('admin:awards_decision_changelist')}")

    page.goto(live_server.url + reverse("awards:campaign", args=[period.campaign.slug]))
    roll = page.locator("main")
    assert roll.get_by_text(member.full_name).is_visible()
    assert roll.get_by_text("Khoa Hồi sức tích cực – chống độc").is_visible()
    assert roll.get_by_text("Bằng khen").first.is_visible()
    page.screenshot(path=screenshot_path("honour-roll-after-decision"), full_page=True)
