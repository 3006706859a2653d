import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from awards.models import AwardType, PrintLayout, RecipientKind
from awards.views.printing import official_date
from tests.awards.factories import DecisionFactory, MemberLineFactory, UnionLineFactory, award_type
from tests.html import duplicate_ids, label_of, parse
from tests.members.factories import MemberFactory, UnionGroupFactory

pytestmark = pytest.mark.django_db


def certificate_url(line, **query):
    url = reverse("awards_staff:certificate", args=[line.pk])
    return f"{url}?giay-trang=1" if query.get("preview") else url


@pytest.fixture
def decision(period):
    return DecisionFactory(
        number="45/QĐ-CĐN",
        signed_on=datetime.date(2026, 5, 15),
        period=period,
        signer="Nguyễn Văn Hùng",
        signer_title="Chủ tịch",
        subject="V/v khen thưởng thành tích năm 2025",
    )


@pytest.fixture
def member_line(decision, own_union):
    member = MemberFactory(full_name="Trần Thị Mai", position="Điều dưỡng trưởng", base_union=own_union)
    return MemberLineFactory(
        decision=decision,
        member=member,
        achievement="Đã có thành tích xuất sắc trong phong trào thi đua năm 2025",
    )


def test_certificate_shows_recipient_form_decision_and_signer(client, emulation_office, member_line, own_union):
    client.force_login(emulation_office)
    response = client.get(certificate_url(member_line))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Trần Thị Mai" in page
    assert f"Điều dưỡng trưởng, {own_union.name}" in page
    assert "Tặng Bằng khen" in page
    assert "Đã có thành tích xuất sắc trong phong trào thi đua năm 2025" in page
    assert "Quyết định số 45/QĐ-CĐN ngày 15/05/2026" in page
    assert "Ngày 15 tháng 5 năm 2026" in page
    assert "CHỦ TỊCH" in page and "Nguyễn Văn Hùng" in page
    # Text only on a pre-printed form; the outline of the form only on plain paper.
    assert "cert-form-title" not in page
    assert "cert-form-title" in client.get(certificate_url(member_line, preview=True)).content.decode()


def test_a_collective_shows_its_unit_and_a_title_reads_as_a_title(client, emulation_office, decision, own_union):
    group = UnionGroupFactory(base_union=own_union, name="Khoa Hồi sức tích cực")
    line = UnionLineFactory(
        decision=decision,
        recipient_kind=RecipientKind.GROUP,
        base_union=None,
        group=group,
        award_type=award_type("Tập thể lao động xuất sắc"),
    )
    client.force_login(emulation_office)
    page = client.get(certificate_url(line)).content.decode()
    assert "Khoa Hồi sức tích cực" in page
    assert f'<p class="cert-field cert-detail">{own_union.name}</p>' in page
    assert "Tặng danh hiệu Tập thể lao động xuất sắc" in page


def test_the_place_comes_before_the_official_date(client, emulation_office, member_line):
    PrintLayout(place="Bắc Kạn").save()
    client.force_login(emulation_office)
    assert "Bắc Kạn, ngày 15 tháng 5 năm 2026" in client.get(certificate_url(member_line)).content.decode()
    assert official_date(datetime.date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert official_date(datetime.date(2026, 11, 20)) == "ngày 20 tháng 11 năm 2026"


def test_saved_offsets_change_the_generated_stylesheet(client, emulation_office, member_line):
    client.force_login(emulation_office)
    css_url = reverse("awards_staff:certificate_css")
    before = client.get(css_url)
    assert before["Content-Type"].startswith("text/css")
    assert "--cert-shift-x: 0mm;" in before.content.decode()

    data = {"shift_right_mm": "-2.5", "shift_down_mm": "4", "font_scale": "110", "place": "Bắc Kạn"}
    response = client.post(certificate_url(member_line, preview=True), data)
    assert response.status_code == 302
    assert response["Location"].endswith("?giay-trang=1")

    layout = PrintLayout.current()
    assert (layout.shift_right_mm, layout.shift_down_mm, layout.font_scale) == (Decimal("-2.5"), Decimal(4), 110)
    css = client.get(css_url).content.decode()
    assert "--cert-shift-x: -2.5mm;" in css
    assert "--cert-shift-y: 4.0mm;" in css
    assert "--cert-scale: 1.1;" in css
    # The page links the stylesheet by the layout's version, so browsers fetch the new offsets.
    page = client.get(certificate_url(member_line)).content.decode()
    assert f"{css_url}?v={layout.version}" in page


def test_offsets_out_of_range_are_refused_and_kept_in_the_form(client, emulation_office, member_line):
    client.force_login(emulation_office)
    data = {"shift_right_mm": "80", "shift_down_mm": "0", "font_scale": "100", "place": ""}
    response = client.post(certificate_url(member_line), data)
    assert response.status_code == 200
    assert response.context["form"].errors["shift_right_mm"]
    assert 'value="80"' in response.content.decode()
    assert not PrintLayout.objects.exists()


def test_the_offsets_form_is_drawn_as_the_admin_draws_its_rows(client, emulation_office, member_line):
    client.force_login(emulation_office)
    html = client.get(certificate_url(member_line)).content.decode()
    page = parse(html)
    (form,) = page.find("details", class_="print-layout")[0].find("form")
    assert form.attrs["method"] == "post"
    assert len(form.find("input", name="csrfmiddlewaretoken")) == 1
    (fieldset,) = form.find("fieldset", class_="aligned")
    rows = fieldset.find("div", class_="form-row")
    names = ["shift_right_mm", "shift_down_mm", "font_scale", "place"]
    assert [row.find("input")[0].attrs["name"] for row in rows] == names
    shift = rows[0].find("input")[0]
    assert label_of(page, shift) == "Dịch sang phải (mm):"
    assert shift.attrs["aria-describedby"] == "id_shift_right_mm_helptext"
    assert page.find("div", id="id_shift_right_mm_helptext")[0].words == "Số âm để dịch sang trái."
    assert form.find("input", type="submit")[0].attrs["value"] == "Lưu căn lề"
    assert duplicate_ids(html) == []


def test_a_refused_offset_is_marked_on_its_row(client, emulation_office, member_line):
    client.force_login(emulation_office)
    data = {"shift_right_mm": "80", "shift_down_mm": "0", "font_scale": "100", "place": ""}
    page = parse(client.post(certificate_url(member_line), data).content.decode())
    (row,) = page.find("div", class_="errors")
    assert row.find("input")[0].attrs["name"] == "shift_right_mm"
    assert row.find("ul", class_="errorlist")


def test_only_those_who_change_decisions_may_save_offsets(client, emulation_office, member_line):
    emulation_office.user_permissions.clear()
    emulation_office.groups.clear()
    emulation_office.user_permissions.add(Permission.objects.get(codename="view_decision"))
    client.force_login(emulation_office)
    response = client.get(certificate_url(member_line))
    assert response.status_code == 200
    assert response.context["form"] is None
    data = {"shift_right_mm": "1", "shift_down_mm": "1", "font_scale": "100", "place": ""}
    assert client.post(certificate_url(member_line), data).status_code == 403
    assert not PrintLayout.objects.exists()


def test_printed_pages_have_no_style_attribute_and_no_inline_script(client, emulation_office, member_line):
    client.force_login(emulation_office)
    urls = [
        certificate_url(member_line),
        certificate_url(member_line, preview=True),
        reverse("awards_staff:decision_print", args=[member_line.decision_id]),
    ]
    for url in urls:
        page = client.get(url).content.decode()
        assert " style=" not in page and "<script>" not in page and " onclick=" not in page
        assert "//cdn" not in page and "https://" not in page


def test_a_base_union_officer_may_not_print(client, officer, member_line):
    client.force_login(officer)
    assert client.get(certificate_url(member_line)).status_code == 403
    assert client.get(reverse("awards_staff:certificate_css")).status_code == 403
    assert client.get(reverse("awards_staff:decision_print", args=[member_line.decision_id])).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, member_line):
    response = client.get(certificate_url(member_line))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_missing_lines_and_decisions_are_404(client, emulation_office):
    client.force_login(emulation_office)
    assert client.get(reverse("awards_staff:certificate", args=[999999])).status_code == 404
    assert client.get(reverse("awards_staff:decision_print", args=[999999])).status_code == 404


@pytest.fixture
def listed_decision(decision, own_union, other_union):
    """Two collectives and three individuals, entered out of order of the forms."""
    MemberLineFactory(decision=decision, member=MemberFactory(full_name="Lê Văn Bình", base_union=own_union))
    MemberLineFactory(
        decision=decision,
        award_type=award_type("Chiến sĩ thi đua cơ sở"),
        member=MemberFactory(full_name="Phạm Thị Cúc", position="Trưởng khoa", base_union=own_union),
    )
    UnionLineFactory(decision=decision, base_union=own_union, award_type=award_type("Giấy khen"))
    UnionLineFactory(decision=decision, base_union=other_union, award_type=award_type("Cờ thi đua"))
    MemberLineFactory(
        decision=decision,
        recipient_kind=RecipientKind.PERSON,
        member=None,
        recipient_name="Đỗ Minh Quân",
        recipient_unit="Sở Y tế",
        position="Chuyên viên",
    )
    DecisionFactory(period=decision.period)  # another decision's lines stay out
    return decision


def test_recipient_list_groups_lines_by_form_collectives_first(client, emulation_office, listed_decision):
    client.force_login(emulation_office)
    response = client.get(reverse("awards_staff:decision_print", args=[listed_decision.pk]))
    assert response.status_code == 200
    parts = response.context["parts"]
    assert [part["title"] for part in parts] == ["Tập thể", "Cá nhân"]
    collectives, individuals = (
        [(line.award_type.name, line.recipient_name) for line in part["lines"]] for part in parts
    )
    assert collectives == [
        ("Cờ thi đua", "Công đoàn Trung tâm Y tế huyện Chợ Mới"),
        ("Giấy khen", "Công đoàn Bệnh viện Đa khoa tỉnh"),
    ]
    assert individuals == [
        ("Bằng khen", "Lê Văn Bình"),
        ("Bằng khen", "Đỗ Minh Quân"),
        ("Chiến sĩ thi đua cơ sở", "Phạm Thị Cúc"),
    ]
    assert [line.award_type.order for line in parts[1]["lines"]] == sorted(
        AwardType.objects.get(name=name).order for name, _ in individuals
    )
    page = response.content.decode()
    assert "DANH SÁCH KHEN THƯỞNG" in page
    assert "CÔNG ĐOÀN NGÀNH Y TẾ" in page
    assert "Kèm theo Quyết định số 45/QĐ-CĐN ngày 15/05/2026" in page
    assert "V/v khen thưởng thành tích năm 2025" in page
    assert "Tổng cộng: 2 tập thể, 3 cá nhân." in page
    assert "I. TẬP THỂ (2)" in page and "II. CÁ NHÂN (3)" in page
    assert "1. Bằng khen (2 cá nhân)" in page and "2. Chiến sĩ thi đua cơ sở (1 cá nhân)" in page
    assert "Chuyên viên" in page and "Sở Y tế" in page and "Trưởng khoa" in page


def test_recipient_list_queries_do_not_grow_with_lines(
    client, emulation_office, listed_decision, django_assert_num_queries
):
    client.force_login(emulation_office)
    url = reverse("awards_staff:decision_print", args=[listed_decision.pk])
    client.get(url)
    # session, user, the user's permissions (2), the decision, its collectives and its individuals.
    with django_assert_num_queries(8):  # + the second factor's device (django-otp)
        client.get(url)
    MemberLineFactory.create_batch(5, decision=listed_decision)
    with django_assert_num_queries(8):  # + the second factor's device (django-otp)
        client.get(url)


def test_an_empty_decision_prints_a_note(client, emulation_office, decision):
    client.force_login(emulation_office)
    page = client.get(reverse("awards_staff:decision_print", args=[decision.pk])).content.decode()
    assert "Quyết định này chưa có dòng khen thưởng nào." in page
