"""Importing a file that updates members already on the list, recognised by their card numbers: a preview of
every change, then all rows or none."""

import datetime

import pytest
from django.urls import reverse

from members.models import Member
from tests.members.factories import MemberFactory
from tests.members.test_import import CSV, IMPORT_URL, confirm, csv_file

pytestmark = pytest.mark.django_db

UPDATE = "cap-nhat"


def row(name, card, *, union="BVDK", position="", phone="", status=""):
    return [name, "Nữ", "12/04/1985", "Điều dưỡng", position, union, "", "01/09/2010", card, phone, "", status]


def upload(client, rows, mode=UPDATE):
    return client.post(IMPORT_URL, {"resource": "0", "format": CSV, "import_file": csv_file(rows), "mode": mode})


@pytest.fixture
def signed_in(client, officer):
    client.force_login(officer)
    return client


@pytest.fixture
def nurse(own_union):
    return MemberFactory(
        base_union=own_union,
        full_name="Nguyễn Thị Hoà",
        gender="nu",
        birth_date=datetime.date(1985, 4, 12),
        occupation="Điều dưỡng",
        position="",
        joined_on=datetime.date(2010, 9, 1),
        card_number="YT0001",
        group=None,
        phone="",
        email="",
    )


def test_the_preview_lists_each_change_and_writes_nothing(signed_in, nurse):
    preview = upload(signed_in, [row("Nguyễn Thị Hoà", "YT0001", position="Điều dưỡng trưởng", phone="0912345678"),
                                 row("Trần Thị Mai", "YT0002")])  # fmt: skip
    page = preview.content.decode()
    assert "Cập nhật" in page and "Thêm mới" in page
    assert "Chức vụ: (trống) → Điều dưỡng trưởng" in page
    assert "Điện thoại: (trống) → 0912345678" in page
    nurse.refresh_from_db()
    assert nurse.position == "" and Member.objects.count() == 1


def test_confirming_updates_the_member_and_adds_the_new_one(signed_in, nurse):
    preview = upload(signed_in, [row("Nguyễn Thị Hoà", "YT0001", position="Điều dưỡng trưởng"),
                                 row("Trần Thị Mai", "YT0002")])  # fmt: skip
    response = confirm(signed_in, preview)
    assert response.status_code == 302
    nurse.refresh_from_db()
    assert nurse.position == "Điều dưỡng trưởng"
    assert Member.objects.get(card_number="YT0002").full_name == "Trần Thị Mai"
    page = signed_in.get(response["Location"]).content.decode()
    assert "Đã nhập 1 đoàn viên mới, cập nhật 1 đoàn viên, 0 dòng không có gì thay đổi." in page


def test_a_row_that_changes_nothing_is_left_alone_and_counted(signed_in, nurse):
    preview = upload(signed_in, [row("Nguyễn Thị Hoà", "YT0001")])
    assert "Không đổi" in preview.content.decode()
    response = confirm(signed_in, preview)
    page = signed_in.get(response["Location"]).content.decode()
    assert "cập nhật 0 đoàn viên, 1 dòng không có gì thay đổi" in page


def test_an_empty_status_keeps_a_member_who_has_left(signed_in, nurse):
    nurse.status = Member.Status.LEFT
    nurse.save()
    confirm(signed_in, upload(signed_in, [row("Nguyễn Thị Hoà", "YT0001", position="Hộ lý")]))
    nurse.refresh_from_db()
    assert (nurse.position, nurse.status) == ("Hộ lý", Member.Status.LEFT)


def test_another_unions_card_number_is_refused_without_saying_whose(signed_in, other_union):
    MemberFactory(base_union=other_union, full_name="Lê Văn Bí Mật", card_number="YT0009")
    page = upload(signed_in, [row("Ai Đó", "YT0009")]).content.decode()
    assert "Số thẻ đoàn viên này là của một đoàn viên ngoài công đoàn cơ sở bạn quản lý." in page
    assert "Bí Mật" not in page


def test_moving_a_member_to_another_union_is_a_transfer_not_an_import(client, sector_staff, nurse, other_union):
    client.force_login(sector_staff)
    page = upload(client, [row("Nguyễn Thị Hoà", "YT0001", union=other_union.code)]).content.decode()
    assert "hãy làm thủ tục chuyển sinh hoạt" in page
    nurse.refresh_from_db()
    assert nurse.base_union.code == "BVDK"


def test_one_bad_row_updates_nobody(signed_in, nurse):
    preview = upload(signed_in, [row("Nguyễn Thị Hoà", "YT0001", position="Điều dưỡng trưởng"),
                                 row("Sai Ngày", "YT0003", union="KHONGCO")])  # fmt: skip
    assert "Không có công đoàn cơ sở mã “KHONGCO”" in preview.content.decode()
    assert "confirm_form" not in preview.context or preview.context["confirm_form"] is None
    nurse.refresh_from_db()
    assert nurse.position == ""


def test_without_the_update_choice_an_existing_card_number_is_still_an_error(signed_in, nurse):
    page = upload(signed_in, [row("Nguyễn Thị Hoà", "YT0001")], mode="them-moi").content.decode()
    assert "Số thẻ đoàn viên này đã có trong cơ sở dữ liệu." in page


def test_the_import_page_offers_the_choice(signed_in):
    page = signed_in.get(reverse("admin:members_member_import")).content.decode()
    assert "Thêm đoàn viên mới và cập nhật đoàn viên đã có, nhận ra theo số thẻ đoàn viên" in page
