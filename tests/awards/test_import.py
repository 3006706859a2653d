import io
import unicodedata

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from awards.models import AwardLine, RecipientKind
from awards.spreadsheet import COLUMNS
from tests.awards.factories import DecisionFactory, MemberLineFactory, UnionLineFactory, award_type
from tests.html import duplicate_ids, label_of, parse
from tests.members.factories import MemberFactory, UnionGroupFactory

pytestmark = pytest.mark.django_db

HEADERS = [
    "Hình thức khen thưởng", "Đối tượng", "Số thẻ đoàn viên", "Mã công đoàn cơ sở", "Tổ công đoàn",
    "Họ tên / Tên tập thể", "Chức vụ", "Đơn vị", "Thành tích", "Công bố",
]  # fmt: skip


def xlsx_file(rows, headers=HEADERS, name="khen-thuong.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    content = io.BytesIO()
    book.save(content)
    return SimpleUploadedFile(name, content.getvalue())


def csv_file(rows, headers=HEADERS, name="khen-thuong.csv", encoding="utf-8", delimiter=","):
    lines = [delimiter.join(headers), *(delimiter.join(row) for row in rows)]
    return SimpleUploadedFile(name, "\n".join(lines).encode(encoding))


@pytest.fixture
def decision(period):
    return DecisionFactory(number="45/QĐ-CĐN", period=period)


@pytest.fixture
def people(own_union, other_union):
    """A member, and a union group, of the officer's union; the other union gets a collective award."""
    member = MemberFactory(full_name="Nguyễn Văn An", card_number="YT1000001", base_union=own_union)
    group = UnionGroupFactory(base_union=own_union, name="Khoa Hồi sức tích cực")
    return member, group


def good_rows():
    return [
        ["Bằng khen", "Đoàn viên", "YT1000001", "", "", "", "Trưởng khoa", "", "Thành tích xuất sắc năm 2025", ""],
        ["bang khen", "to cong doan", "", "bvdk", "khoa hoi suc tich cuc", "", "", "", "Tập thể xuất sắc", "Có"],
        ["Cờ thi đua", "Công đoàn cơ sở", "", "TTYTCM", "", "", "", "", "Dẫn đầu phong trào thi đua", "Không"],
        ["Giấy khen", "Cá nhân", "", "BVDK", "", "Đỗ Minh Quân", "Chuyên viên", "", "Hỗ trợ tốt", "x"],
        ["Giấy khen", "Tập thể khác", "", "", "", "Báo Sức khỏe Bắc Kạn", "", "", "Tuyên truyền tốt", ""],
    ]


def import_url(decision):
    return reverse("awards_staff:decision_import", args=[decision.pk])


def upload(client, decision, file):
    return client.post(import_url(decision), {"file": file})


def confirm(client, decision, response):
    return client.post(import_url(decision), {"token": response.context["confirm_form"].initial["token"]})


def errors(response):
    return [(error.number, error.column, error.message) for error in response.context["sheet"].errors]


@pytest.mark.parametrize("make_file", [xlsx_file, csv_file], ids=["xlsx", "csv"])
def test_a_good_file_is_previewed_then_imported_after_confirming(
    client, emulation_office, decision, people, own_union, other_union, make_file
):
    member, group = people
    client.force_login(emulation_office)
    response = upload(client, decision, make_file(good_rows()))
    assert response.status_code == 200
    assert response.context["sheet"].errors == []
    assert not AwardLine.objects.exists()  # nothing before the confirmation
    page = response.content.decode()
    assert "Xem trước: 5 dòng hợp lệ" in page
    summary = response.context["sheet"].summary()
    assert [(row["award_type"].name, row["collectives"], row["individuals"]) for row in summary] == [
        ("Cờ thi đua", 1, 0),
        ("Bằng khen", 1, 1),
        ("Giấy khen", 1, 1),
    ]

    response = confirm(client, decision, response)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:awards_decision_change", args=[decision.pk])
    lines = {line.recipient_name: line for line in decision.lines.all()}
    assert set(lines) == {
        "Nguyễn Văn An", "Khoa Hồi sức tích cực", "Công đoàn Trung tâm Y tế huyện Chợ Mới", "Đỗ Minh Quân",
        "Báo Sức khỏe Bắc Kạn",
    }  # fmt: skip
    an = lines["Nguyễn Văn An"]
    assert (an.member, an.position, an.recipient_unit, an.is_public) == (member, "Trưởng khoa", own_union.name, True)
    assert lines["Khoa Hồi sức tích cực"].group == group
    assert lines["Công đoàn Trung tâm Y tế huyện Chợ Mới"].base_union == other_union
    assert lines["Công đoàn Trung tâm Y tế huyện Chợ Mới"].is_public is False
    quan = lines["Đỗ Minh Quân"]
    assert (quan.recipient_kind, quan.base_union) == (RecipientKind.PERSON, own_union)
    assert quan.recipient_unit == own_union.name
    assert lines["Báo Sức khỏe Bắc Kạn"].recipient_kind == RecipientKind.UNIT


def test_one_bad_row_among_good_ones_imports_nothing(client, emulation_office, decision, people):
    rows = good_rows()
    rows.insert(2, ["Cờ thi đua", "Đoàn viên", "YT1000001", "", "", "", "", "", "", ""])
    client.force_login(emulation_office)
    response = upload(client, decision, xlsx_file(rows))
    assert response.status_code == 200
    assert errors(response) == [(4, "Hình thức khen thưởng", "“Cờ thi đua” không dùng để khen thưởng cá nhân.")]
    page = response.content.decode()
    assert "Tệp có lỗi: chưa nhập dòng nào" in page
    assert response.context["confirm_form"] is None
    assert not AwardLine.objects.exists()


def test_each_row_reports_what_is_wrong_in_the_files_terms(client, emulation_office, decision, people):
    rows = [
        ["Bằng khen hạng Nhì", "Đoàn viên", "YT1000001", "", "", "", "", "", "", ""],
        ["Bằng khen", "Học sinh", "", "", "", "", "", "", "", ""],
        ["Bằng khen", "Đoàn viên", "YT9999999", "", "", "", "", "", "", ""],
        ["Bằng khen", "Đoàn viên", "YT1000001", "", "", "Nguyễn Văn Ánh", "", "", "", ""],
        ["Bằng khen", "Tổ công đoàn", "", "BVDK", "Khoa Sản", "", "", "", "", ""],
        ["Bằng khen", "Cá nhân", "", "", "", "", "", "", "", ""],
        ["Bằng khen", "Công đoàn cơ sở", "", "XYZ", "", "", "", "", "", "Chưa"],
        ["Bằng khen", "Tổ công đoàn", "", "", "Khoa Hồi sức tích cực", "", "", "", "", ""],
        ["Bằng khen", "Cá nhân", "YT1000001", "", "", "Nguyễn Văn An", "", "", "", ""],
    ]
    client.force_login(emulation_office)
    response = upload(client, decision, csv_file(rows))
    assert errors(response) == [
        (2, "Hình thức khen thưởng", "Không có hình thức khen thưởng “Bằng khen hạng Nhì” trong danh mục."),
        (
            3,
            "Đối tượng",
            "“Học sinh” không phải đối tượng nào; hãy ghi một trong: "
            "“Đoàn viên”, “Cá nhân”, “Công đoàn cơ sở”, “Tổ công đoàn”, “Tập thể khác”.",
        ),
        (4, "Số thẻ đoàn viên", "Không có đoàn viên số thẻ “YT9999999”."),
        (5, "Họ tên / Tên tập thể", "Số thẻ “YT1000001” là của đoàn viên “Nguyễn Văn An”."),
        (6, "Tổ công đoàn", "Công đoàn cơ sở “BVDK” không có tổ “Khoa Sản”."),
        (7, "Họ tên / Tên tập thể", "Hãy ghi họ tên hoặc tên tập thể được khen thưởng."),
        (8, "Mã công đoàn cơ sở", "Không có công đoàn cơ sở mã “XYZ”."),
        (8, "Công bố", "“Chưa” không hiểu được; hãy ghi Có hoặc Không."),
        (9, "Mã công đoàn cơ sở", "Thiếu mã công đoàn cơ sở."),
        (10, "Số thẻ đoàn viên", "Chỉ ghi số thẻ cho đối tượng “Đoàn viên”."),
    ]


def test_a_recipient_twice_in_the_file_is_refused(client, emulation_office, decision, people):
    rows = good_rows()
    rows.append(["BẰNG KHEN", "doan vien", "YT1000001", "", "", "nguyen van an", "", "", "", ""])
    client.force_login(emulation_office)
    response = upload(client, decision, xlsx_file(rows))
    assert errors(response) == [
        (7, "", "Trùng với dòng 2: cùng người hoặc tập thể, cùng hình thức khen thưởng."),
    ]
    assert "Cả dòng" in response.content.decode()


def test_a_recipient_already_in_the_decision_is_refused(client, emulation_office, decision, people, other_union):
    UnionLineFactory(decision=decision, base_union=other_union, award_type=award_type("Cờ thi đua"))
    client.force_login(emulation_office)
    response = upload(client, decision, xlsx_file(good_rows()))
    assert errors(response) == [
        (4, "", "Người hoặc tập thể này đã có hình thức khen thưởng này trong quyết định."),
    ]
    assert decision.lines.count() == 1


def test_confirming_checks_again(client, emulation_office, decision, people):
    """A line added between the preview and the confirmation is caught; still nothing is imported."""
    member, _ = people
    client.force_login(emulation_office)
    preview = upload(client, decision, xlsx_file(good_rows()))
    MemberLineFactory(decision=decision, member=member)
    response = confirm(client, decision, preview)
    assert response.status_code == 200
    assert [number for number, _, _ in errors(response)] == [2]
    assert decision.lines.count() == 1


def test_a_tampered_or_foreign_confirmation_is_refused(client, emulation_office, decision, people):
    client.force_login(emulation_office)
    preview = upload(client, decision, xlsx_file(good_rows()))
    token = preview.context["confirm_form"].initial["token"]
    other = DecisionFactory(period=decision.period)
    response = client.post(import_url(other), {"token": token}, follow=True)
    assert "Dữ liệu xác nhận không hợp lệ; hãy tải tệp lên lại." in response.content.decode()
    response = client.post(import_url(decision), {"token": token[:-2] + "xx"}, follow=True)
    assert "Dữ liệu xác nhận không hợp lệ" in response.content.decode()
    assert not AwardLine.objects.exists()


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (
            lambda: xlsx_file(good_rows(), headers=["Họ và tên", "Giới tính", "Ngày sinh", "Mã CĐCS"]),
            "Tệp thiếu cột: “Hình thức khen thưởng”, “Đối tượng”.",
        ),
        (
            lambda: xlsx_file([[*good_rows()[0], "Tốt"]], headers=[*HEADERS, "Xếp loại"]),
            "Tệp có cột không nhận ra: “Xếp loại”.",
        ),
        (lambda: SimpleUploadedFile("danh-sach.pdf", b"%PDF-1.4"), "hãy dùng tệp Excel (.xlsx) hoặc CSV (.csv)"),
        (lambda: SimpleUploadedFile("danh-sach.xls", b"\xd0\xcf\x11\xe0"), "Tệp Excel cũ (.xls) không đọc được"),
        (lambda: SimpleUploadedFile("danh-sach.xlsx", "Hình thức".encode()), "không phải tệp Excel .xlsx hợp lệ"),
        (lambda: SimpleUploadedFile("danh-sach.xlsx", b"PK\x03\x04broken"), "Không đọc được tệp Excel"),
        (lambda: csv_file(good_rows(), encoding="utf-16"), "không ở bảng mã UTF-8"),
        (lambda: SimpleUploadedFile("danh-sach.csv", b"  \n"), "Tệp “danh-sach.csv” trống."),
        (lambda: csv_file([]), "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề."),
    ],
    ids=["wrong-headers", "unknown-column", "pdf", "xls", "not-xlsx", "broken-xlsx", "encoding", "empty", "no-rows"],
)
def test_files_that_cannot_be_read_are_refused_with_a_reason(client, emulation_office, decision, people, file, message):
    client.force_login(emulation_office)
    response = upload(client, decision, file())
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["file"])
    assert response.context["confirm_form"] is None
    assert not AwardLine.objects.exists()


def test_headers_without_marks_semicolons_and_a_numbering_column_are_read(client, emulation_office, decision, people):
    headers = ["STT", *(header.upper() for header in ["hinh thuc khen thuong", "doi tuong", "so the doan vien"])]
    file = csv_file([["1", "Bằng khen", "Đoàn viên", "YT1000001"]], headers=headers, delimiter=";")
    client.force_login(emulation_office)
    response = upload(client, decision, file)
    assert response.context["sheet"].errors == []
    assert confirm(client, decision, response).status_code == 302
    assert decision.lines.get().recipient_name == "Nguyễn Văn An"


def test_text_typed_with_decomposed_marks_is_stored_composed(client, emulation_office, decision):
    name = unicodedata.normalize("NFD", "Đỗ Minh Quân")
    file = xlsx_file([["Giấy khen", "Cá nhân", "", "", "", name, "", "Sở Y tế", "", ""]])
    client.force_login(emulation_office)
    confirm(client, decision, upload(client, decision, file))
    assert decision.lines.get().recipient_name == unicodedata.normalize("NFC", "Đỗ Minh Quân")


def test_the_template_has_the_headers_and_an_example(client, emulation_office):
    client.force_login(emulation_office)
    response = client.get(reverse("awards_staff:decision_import_template"))
    assert response["Content-Disposition"] == 'attachment; filename="mau-danh-sach-khen-thuong.xlsx"'
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert list(rows[0]) == [column.header for column in COLUMNS] == HEADERS
    assert rows[1][:2] == ("Bằng khen", "Đoàn viên")
    csv = client.get(reverse("awards_staff:decision_import_template"), {"format": "csv"})
    assert csv.content.decode("utf-8-sig").splitlines()[0] == ",".join(HEADERS)


def test_only_those_who_change_decisions_may_import(client, officer, emulation_office, decision):
    client.force_login(officer)
    assert client.get(import_url(decision)).status_code == 403
    assert client.get(reverse("awards_staff:decision_import_template")).status_code == 403
    viewer = emulation_office
    viewer.groups.clear()
    viewer.user_permissions.add(Permission.objects.get(codename="view_decision"))
    client.force_login(viewer)
    assert client.get(import_url(decision)).status_code == 403


def test_the_import_page_shows_the_decision_and_the_columns(client, emulation_office, decision):
    client.force_login(emulation_office)
    response = client.get(import_url(decision))
    page = response.content.decode()
    assert "Quyết định số 45/QĐ-CĐN" in page and "Số thẻ đoàn viên" in page
    assert " style=" not in page and "<script>" not in page
    assert client.get(reverse("awards_staff:decision_import", args=[999999])).status_code == 404


def test_the_upload_and_the_confirmation_are_drawn_as_admin_forms(client, emulation_office, decision, people):
    client.force_login(emulation_office)
    html = client.get(import_url(decision)).content.decode()
    page = parse(html)
    (form,) = page.find("form", enctype="multipart/form-data")
    assert len(form.find("input", name="csrfmiddlewaretoken")) == 1
    (row,) = form.find("fieldset", class_="aligned")[0].find("div", class_="form-row")
    (file,) = row.find("input", type="file")
    assert (file.attrs["name"], file.attrs["accept"]) == ("file", ".xlsx,.csv")
    assert label_of(page, file) == "Tệp danh sách:"
    assert "dòng đầu là tiêu đề cột" in row.find("div", class_="help")[0].words
    assert duplicate_ids(html) == []

    html = upload(client, decision, xlsx_file(good_rows())).content.decode()
    (form,) = [form for form in parse(html).find("form", method="post") if form.find("input", name="token")]
    assert len(form.find("input", name="csrfmiddlewaretoken")) == 1
    assert form.find("input", name="token")[0].attrs["type"] == "hidden"
    assert not form.find("fieldset")
    assert duplicate_ids(html) == []
