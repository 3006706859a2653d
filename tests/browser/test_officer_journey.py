"""A base-union officer's journey in Chromium: she imports a member file with an error, reads the report, fixes
the file and imports it; typing the address of another union's member gets her nowhere. Each screen passes
axe-core at 375 and 1280 px and is screenshotted (var/screenshots/officer-*-<phone|desktop>.png)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from playwright.sync_api import expect

from members.models import Member
from members.roles import OFFICERS
from tests.browser.conftest import look, sign_in
from tests.members.factories import BaseUnionFactory, MemberFactory, UnionGroupFactory, officer_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-thu"
HEADERS = (
    "Họ và tên,Giới tính,Ngày sinh,Nghề nghiệp,Chức vụ,Mã CĐCS,Tổ công đoàn,Ngày vào công đoàn,Số thẻ đoàn viên,"
    "Điện thoại,Thư điện tử,Trạng thái"
)
GOOD_ROW = "Nguyễn Văn An,Nam,05/06/1980,Bác sĩ,Trưởng khoa,BVDK,Khoa Hồi sức tích cực,01/09/2005,YT1000001,,,"
BAD_DATE_ROW = "Lê Thị Thu Hà,Nữ,30/02/1992,Điều dưỡng,,BVDK,Khoa Hồi sức tích cực,15/03/2016,YT1000002,,,"
FIXED_ROW = BAD_DATE_ROW.replace("30/02/1992", "17/11/1992")


@pytest.fixture
def officer():
    # Transactional tests start from empty tables: the officers' group the migrations make is made here.
    group, _ = Group.objects.get_or_create(name=OFFICERS)
    codenames = ["view_baseunion", "view_uniongroup", "add_member", "change_member", "view_member"]
    group.permissions.add(*Permission.objects.filter(content_type__app_label="members", codename__in=codenames))
    own = BaseUnionFactory(name="Công đoàn Bệnh viện Đa khoa tỉnh", code="BVDK")
    UnionGroupFactory(base_union=own, name="Khoa Hồi sức tích cực")
    user = officer_of(own, username="canbocoso")
    user.set_password(PASSWORD)
    user.save()
    return user


def upload(page, live_server, path):
    page.goto(live_server.url + reverse("admin:members_member_import"))
    page.select_option("#id_format", label="csv")
    page.set_input_files("#id_import_file", path)
    page.locator("#content form [type=submit]").first.click()


def test_an_officer_imports_a_member_file_after_fixing_it_and_sees_only_her_union(live_server, page, officer, tmp_path):
    stranger = MemberFactory(
        full_name="Trần Văn Bình",
        base_union=BaseUnionFactory(name="Công đoàn Trung tâm Y tế huyện Chợ Mới", code="TTYTCM"),
    )
    sign_in(page, live_server, "canbocoso", PASSWORD)
    page.goto(live_server.url + reverse("admin:members_member_changelist"))
    page.get_by_role("link", name="Nhập từ tệp").click()
    expect(page.get_by_role("link", name="mẫu Excel (.xlsx)")).to_be_visible()
    look(page, "officer-import-form")

    # A file with an impossible date: nothing is imported and the report names the row and the column.
    members_file = tmp_path / "doan-vien.csv"
    members_file.write_text("\n".join([HEADERS, GOOD_ROW, BAD_DATE_ROW]), encoding="utf-8")
    upload(page, live_server, members_file)
    expect(page.get_by_text("Một số dòng có lỗi, chưa dòng nào được nhập")).to_be_visible()
    expect(page.locator("#content")).to_contain_text("dd/mm/yyyy")
    look(page, "officer-import-report")
    assert not Member.objects.filter(base_union__code="BVDK").exists()

    # Fixed, the file is previewed row by row and imported on confirmation.
    members_file.write_text("\n".join([HEADERS, GOOD_ROW, FIXED_ROW]), encoding="utf-8")
    upload(page, live_server, members_file)
    preview = page.locator("table.import-preview")
    expect(preview).to_contain_text("Thêm mới")
    expect(preview).to_contain_text("Lê Thị Thu Hà")
    look(page, "officer-import-preview")
    page.locator("#content form [type=submit]").last.click()
    page.wait_for_url(f"**{reverse('admin:members_member_changelist')}")
    expect(page.locator("#result_list")).to_contain_text("Lê Thị Thu Hà")
    expect(page.locator("#result_list")).to_contain_text("Nguyễn Văn An")
    look(page, "officer-member-list")
    assert set(Member.objects.values_list("card_number", flat=True)) == {"YT1000001", "YT1000002", stranger.card_number}

    # Another union's member, by address: not found, and no name of theirs on the page.
    response = page.goto(live_server.url + reverse("admin:members_member_change", args=[stranger.pk]))
    assert response.url.endswith(reverse("admin:index")) or response.status == 404, response.url
    expect(page.locator("body")).not_to_contain_text(stranger.full_name)
    look(page, "officer-other-union-member")
