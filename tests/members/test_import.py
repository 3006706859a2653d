import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from members.models import Member
from members.resources import MemberResource
from tests.html import duplicate_ids, label_of, parse
from tests.members.factories import MemberFactory, UnionGroupFactory

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("admin:members_member_import")
HEADERS = [
    "Họ và tên", "Giới tính", "Ngày sinh", "Nghề nghiệp", "Chức vụ", "Mã CĐCS", "Tổ công đoàn",
    "Ngày vào công đoàn", "Số thẻ đoàn viên", "Điện thoại", "Thư điện tử", "Trạng thái",
]  # fmt: skip
XLSX, CSV = "0", "1"


def xlsx_file(rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    content = io.BytesIO()
    book.save(content)
    return SimpleUploadedFile("doan-vien.xlsx", content.getvalue())


def csv_file(rows):
    lines = [",".join(HEADERS), *(",".join(row) for row in rows)]
    return SimpleUploadedFile("doan-vien.csv", "\n".join(lines).encode("utf-8"))


def upload(client, file, file_format):
    return client.post(IMPORT_URL, {"resource": "0", "format": file_format, "import_file": file})


def confirm(client, response):
    form = response.context["confirm_form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    return client.post(reverse("admin:members_member_process_import"), data)


@pytest.fixture
def groups(own_union, other_union):
    return UnionGroupFactory(base_union=own_union, name="Khoa Hồi sức tích cực"), UnionGroupFactory(
        base_union=other_union, name="Phòng Kế hoạch"
    )


GOOD_ROWS = [
    ["Nguyễn Văn An", "Nam", "05/06/1980", "Bác sĩ", "Trưởng khoa", "BVDK", "Khoa Hồi sức tích cực",
     "01/09/2005", "YT1000001", "0912000001", "an@bvdk.example.vn", "Đang sinh hoạt"],
    ["Lê Thị Thu Hà", "nu", "17/11/1992", "Điều dưỡng", "", "bvdk", "khoa hoi suc tich cuc",
     "15/03/2016", "YT1000002", "", "", ""],
]  # fmt: skip


def test_the_template_has_the_vietnamese_headers(client, officer):
    client.force_login(officer)
    response = client.get(reverse("admin:members_member_import_template"))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == HEADERS == MemberResource.headers()
    csv_response = client.get(reverse("admin:members_member_import_template"), {"format": "csv"})
    assert csv_response.content.decode("utf-8-sig").strip() == ",".join(HEADERS)


@pytest.mark.parametrize(("make_file", "file_format"), [(xlsx_file, XLSX), (csv_file, CSV)])
def test_a_good_file_imports_after_confirmation(client, officer, groups, make_file, file_format):
    client.force_login(officer)
    preview = upload(client, make_file(GOOD_ROWS), file_format)
    assert preview.status_code == 200
    result = preview.context["result"]
    assert not result.has_errors(), [e.traceback for e in result.base_errors]
    assert not result.has_validation_errors(), [row.error_dict for row in result.invalid_rows]
    assert not Member.objects.exists()  # the preview writes nothing

    assert confirm(client, preview).status_code == 302
    members = {member.card_number: member for member in Member.objects.all()}
    assert set(members) == {"YT1000001", "YT1000002"}
    ha = members["YT1000002"]
    assert (ha.gender, ha.group, ha.status, ha.name_folded, ha.given_name) == (
        Member.Gender.FEMALE,
        groups[0],
        Member.Status.ACTIVE,
        "le thi thu ha",
        "Hà",
    )
    assert str(ha.birth_date) == "1992-11-17"


@pytest.mark.parametrize(("make_file", "file_format"), [(xlsx_file, XLSX), (csv_file, CSV)])
def test_a_file_with_errors_imports_nothing_and_reports_every_row(client, officer, groups, make_file, file_format):
    MemberFactory(card_number="YT0000099")
    bad_rows = [
        GOOD_ROWS[0],
        ["Phạm Văn Cường", "Nam", "1980-02-30", "Bác sĩ", "", "BVDK", "", "01/09/2005", "YT1000003", "", "", ""],
        ["Trần Thị Dung", "Nữ", "01/02/1985", "", "", "BVDK", "Khoa Ma", "01/09/2010", "YT1000004", "", "", ""],
        ["Võ Thị Em", "Nữ", "01/02/1985", "", "", "BVDK", "", "01/09/2010", "YT1000001", "", "", ""],
        ["Đỗ Văn Phúc", "Nam", "01/02/1985", "", "", "BVDK", "", "01/09/2010", "YT0000099", "", "", ""],
        ["", "Nam", "01/02/1985", "", "", "BVDK", "", "01/09/2010", "YT1000005", "", "", ""],
        ["Hồ Văn Giang", "Nam", "01/02/1985", "", "", "TTYTCM", "Phòng Kế hoạch", "01/09/2010", "YT1000006", "", "",
         ""],
        ["Ngô Thị Hương", "Khác", "01/02/1985", "", "", "BVDK", "", "01/09/2010", "YT1000007", "", "", ""],
    ]  # fmt: skip
    client.force_login(officer)
    response = upload(client, make_file(bad_rows), file_format)
    result = response.context["result"]
    errors = {row.number: row.error_dict for row in result.invalid_rows}
    assert sorted(errors) == [2, 3, 4, 5, 6, 7, 8]
    assert "dd/mm/yyyy" in errors[2]["birth_date"][0]
    assert "không có tổ “Khoa Ma”" in errors[3]["group"][0]
    assert errors[4]["card_number"] == ["Số thẻ đoàn viên trùng với dòng 1."]
    assert errors[5]["card_number"] == ["Số thẻ đoàn viên này đã có trong cơ sở dữ liệu."]
    assert "full_name" in errors[6]
    assert "TTYTCM" in errors[7]["base_union"][0]  # another union's code: not the officer's to fill
    assert "Nam, Nữ" in errors[8]["gender"][0]
    page = response.content.decode()
    assert "Số thẻ đoàn viên trùng với dòng 1." in page
    assert "Một số dòng có lỗi, chưa dòng nào được nhập" in page  # the import screens speak Vietnamese
    assert "confirm_form" not in response.context or response.context.get("confirm_form") is None
    assert Member.objects.count() == 1  # only the one made above


def test_two_thousand_rows_import_at_once(client, sector_staff, groups):
    rows = [
        [f"Nguyễn Văn Số{n}", "Nam", "05/06/1980", "Bác sĩ", "", "BVDK", "Khoa Hồi sức tích cực",
         "01/09/2005", f"YT2{n:06d}", "", "", ""]
        for n in range(2000)
    ]  # fmt: skip
    client.force_login(sector_staff)
    preview = upload(client, xlsx_file(rows), XLSX)
    assert not preview.context["result"].has_validation_errors()
    confirm(client, preview)
    assert Member.objects.count() == 2000
    assert Member.objects.filter(name_folded="nguyen van so1999").exists()


def test_a_file_without_the_required_columns_is_refused_in_vietnamese(client, officer):
    client.force_login(officer)
    file = SimpleUploadedFile("sai.csv", "Họ và tên,Ghi chú\nNguyễn Văn An,x\n".encode())
    response = upload(client, file, CSV)
    assert "Tệp thiếu cột: Giới tính, Ngày sinh, Mã CĐCS" in response.content.decode()
    assert not Member.objects.exists()


def test_the_import_form_is_drawn_as_the_admin_draws_its_rows(client, officer):
    client.force_login(officer)
    html = client.get(IMPORT_URL).content.decode()
    page = parse(html)
    (form,) = page.find("form", enctype="multipart/form-data")
    assert len(form.find("input", name="csrfmiddlewaretoken")) == 1
    assert form.find("input", type="hidden", name="resource", id="id_resource")
    rows = form.find("fieldset", class_="aligned")[0].find("div", class_="form-row")
    (file,), (file_format,) = rows[0].find("input", type="file"), rows[1].find("select")
    assert (file.attrs["name"], file_format.attrs["name"]) == ("import_file", "format")
    assert [label_of(page, control) for control in (file, file_format)] == ["Tệp cần nhập:", "Định dạng:"]
    assert [option.words for option in file_format.find("option")] == ["---", "xlsx", "csv"]
    assert html.count("import_export/guess_format.js") == 1  # the form's media once, in the head
    assert duplicate_ids(html) == []
