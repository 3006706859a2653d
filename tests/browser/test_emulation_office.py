"""The emulation office's day in Chromium: record a decision with its award lines on the decision form,
print a certificate, find the honours on the public honour roll and in the leaders' figures; and a real
decision's 85 lines, which the form must keep workable. Screenshots at 375 and 1280 px in var/screenshots/."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from playwright.sync_api import expect

from awards.models import Authority, AwardType
from awards.roles import REVIEW_PERMISSION as AWARDS_REVIEW
from emulation.roles import EMULATION_OFFICE
from emulation.roles import REVIEW_PERMISSION as EMULATION_REVIEW
from members.scoping import SECTOR_PERMISSION
from tests.awards.factories import DecisionFactory, MemberLineFactory
from tests.browser.conftest import sign_in
from tests.emulation.factories import PeriodFactory
from tests.factories import StaffFactory
from tests.members.factories import BaseUnionFactory, MemberFactory, UnionGroupFactory
from tests.unionportal.test_permissions import ADMIN, ROLES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ACTIONS = {"v": "view", "a": "add", "c": "change", "d": "delete"}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 800}
PASSWORD = "mat-khau-van-phong"
GROUP_NAME = "Khoa Dược – Công đoàn Bệnh viện Đa khoa tư nhân An Phước Thành phố"


@pytest.fixture
def office(db):
    # Transactional tests start from empty tables: the office's group is made as the migrations make it,
    # from the table tests/unionportal/test_permissions.py holds the migrations to.
    group, _ = Group.objects.get_or_create(name=EMULATION_OFFICE)
    column = ROLES.index("office")
    for label, rights in ADMIN.items():
        app_label, model = label.lower().split(".")
        codenames = [f"{ACTIONS[letter]}_{model}" for letter in rights[column]]
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
    # Beyond the admin pages in the table: reviewing, every union's rows, and adding and changing award lines
    # on a decision's page (the award line list itself is read-only), as migrations emulation 0002 and
    # awards 0003 grant.
    extra = [AWARDS_REVIEW, EMULATION_REVIEW, SECTOR_PERMISSION, "awards.add_awardline", "awards.change_awardline"]
    for permission in extra:
        app_label, codename = permission.split(".")
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user = StaffFactory(username="thidua", first_name="Văn phòng thi đua", group=EMULATION_OFFICE)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def record(db):
    # The vocabulary the migrations load, which a transactional test's empty tables lack.
    Authority.objects.get_or_create(name="Công đoàn ngành Y tế", defaults={"level": "nganh"})
    for name in ["Bằng khen", "Giấy khen"]:
        AwardType.objects.get_or_create(name=name, defaults={"category": "khen_thuong", "eligibility": "ca_hai"})
    hospital = BaseUnionFactory(name="Công đoàn Bệnh viện Đa khoa tư nhân An Phước Thành phố")
    member = MemberFactory(base_union=hospital, full_name="Đặng Thị Hồng Nhung", position="Điều dưỡng trưởng")
    group = UnionGroupFactory(base_union=hospital, name="Khoa Dược")
    period = PeriodFactory(name="Năm 2026", campaign__name="Lao động giỏi, lao động sáng tạo")
    return {"hospital": hospital, "member": member, "group": group, "period": period}


def choose(page, field_id, typed, option):
    """Type into the admin's search-as-you-type picker (select2) and pick the option shown."""
    page.locator(f"#{field_id} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(typed)
    page.locator(".select2-results__option", has_text=option).first.click()


def shot(page, screenshot_path, name):
    """Screenshots of the page as it is at both widths, the whole page."""
    for width_name, size in [("375", PHONE), ("1280", DESKTOP)]:
        page.set_viewport_size(size)
        page.screenshot(path=screenshot_path(f"emulation-office-{name}-{width_name}"), full_page=True)
    page.set_viewport_size(DESKTOP)


def right_edge(locator):
    return locator.evaluate("element => element.getBoundingClientRect().right")


def test_the_office_records_a_decision_prints_a_certificate_and_sees_it_published(
    live_server, page, office, record, screenshot_path
):
    page.set_viewport_size(DESKTOP)
    sign_in(page, live_server, "thidua", PASSWORD)

    page.goto(live_server.url + reverse("admin:awards_decision_add"))
    page.fill("#id_number", "45/QĐ-CĐN")
    page.fill("#id_signed_on", "15/05/2026")
    page.select_option("#id_authority", label="Công đoàn ngành Y tế")
    page.select_option("#id_period", str(record["period"].pk))
    subject = "V/v khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2026"
    page.fill("#id_subject", subject)
    # The trích yếu box shows its whole text.
    assert page.locator("#id_subject").evaluate("box => box.scrollHeight <= box.clientHeight + 2")
    page.fill("#id_signer", "Nguyễn Văn Hùng")
    page.fill("#id_signer_title", "Chủ tịch")

    page.locator(".add-row a").click()
    page.select_option("#id_lines-0-award_type", label="Bằng khen")
    page.select_option("#id_lines-0-recipient_kind", "doan_vien")
    choose(page, "id_lines-0-member", "Hồng Nhung", "Đặng Thị Hồng Nhung")
    page.fill("#id_lines-0-achievement", "Hoàn thành xuất sắc nhiệm vụ năm 2026")
    # A member's row shows the member picker and the position, not the fields of other kinds.
    row = page.locator("#lines-0")
    expect(row.locator("#id_lines-0-recipient_name")).to_be_hidden()
    expect(row.locator("#id_lines-0-position")).to_be_visible()

    page.locator(".add-row a").click()
    page.select_option("#id_lines-1-award_type", label="Giấy khen")
    page.select_option("#id_lines-1-recipient_kind", "to_cong_doan")
    choose(page, "id_lines-1-group", "Khoa Dược", GROUP_NAME)
    page.fill("#id_lines-1-achievement", "Tập thể lao động xuất sắc")
    # The picker shows the group's whole name, the hospital with it: nothing cut off.
    chosen = page.locator("#select2-id_lines-1-group-container")
    expect(chosen).to_contain_text(GROUP_NAME)
    assert chosen.evaluate("box => box.scrollWidth <= box.clientWidth")
    # One table row a line, and the table fits the page at 1280 px.
    assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP["width"]
    assert page.locator("#lines-0").evaluate("row => row.getBoundingClientRect().height") < 110
    shot(page, screenshot_path, "decision-form")

    page.locator("input[name=_save]").click()
    page.wait_for_url(f"**{reverse('admin:awards_decision_changelist')}")
    expect(page.locator(".messagelist .success")).to_contain_text("45/QĐ-CĐN")
    row = page.locator("#result_list tbody tr", has_text="45/QĐ-CĐN")
    expect(row.locator("td.field-line_count")).to_have_text("2")
    expect(row.locator("td.field-subject")).to_have_text(subject)
    # The list fits 1280 px: "Số dòng khen thưởng" is on screen, the table inside its box.
    header = page.locator("#result_list th.column-line_count")
    assert right_edge(header) <= DESKTOP["width"]
    assert right_edge(page.locator("#result_list")) <= right_edge(page.locator("#changelist .results"))
    shot(page, screenshot_path, "decision-list")

    row.get_by_role("link", name="45/QĐ-CĐN").click()
    certificate_link = page.locator("#lines-0").get_by_role("link", name="In giấy khen")
    certificate_link.click()
    page.wait_for_url(re.compile(r".*/giay-khen/\d+/$"))
    expect(page.locator(".cert-name")).to_have_text("Đặng Thị Hồng Nhung")
    expect(page.locator(".cert-decision")).to_have_text("Quyết định số 45/QĐ-CĐN ngày 15/05/2026")
    shot(page, screenshot_path, "certificate")

    page.goto(live_server.url + reverse("awards:campaign", args=[record["period"].campaign.slug]))
    roll = page.locator("main")
    expect(roll.get_by_text("Đặng Thị Hồng Nhung")).to_be_visible()
    expect(roll.get_by_text("Điều dưỡng trưởng").first).to_be_visible()
    expect(roll.get_by_text("Khoa Dược").first).to_be_visible()
    shot(page, screenshot_path, "honour-roll")

    page.goto(live_server.url + reverse("awards_staff:figures"))
    by_type = page.locator("figure", has_text="Khen thưởng theo hình thức")
    expect(by_type.locator("tr", has_text="Bằng khen").locator("td").first).to_have_text("1")
    expect(by_type.locator("tr", has_text="Giấy khen").locator("td").first).to_have_text("1")
    shot(page, screenshot_path, "figures")


def test_a_decision_of_85_lines_is_a_page_to_work_in(live_server, page, office, record, screenshot_path):
    decision = DecisionFactory(period=record["period"], number="12/QĐ-SYT")
    for number in range(85):
        MemberLineFactory(
            decision=decision, member=MemberFactory(base_union=record["hospital"], full_name=f"Nguyễn Văn Ba {number}")
        )
    page.set_viewport_size(DESKTOP)
    sign_in(page, live_server, "thidua", PASSWORD)
    page.goto(live_server.url + reverse("admin:awards_decision_change", args=[decision.pk]))
    expect(page.locator("table.award-lines tbody tr.has_original")).to_have_count(85)
    height = page.evaluate("document.documentElement.scrollHeight")
    rows = page.locator("table.award-lines tbody tr.has_original")
    row_height = rows.nth(40).evaluate("row => row.getBoundingClientRect().height")
    print(f"85 award lines: page {height} px tall at 1280 px, a line {row_height:.0f} px")
    # 23 stacked lines made a 9,812 px page (426 px a line); a line is now one table row.
    assert row_height < 100
    assert height < 85 * 100 + 1500
    assert page.evaluate("document.documentElement.scrollWidth") <= DESKTOP["width"]
    page.screenshot(path=screenshot_path("emulation-office-decision-85-lines-1280"))
