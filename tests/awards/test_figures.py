import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from awards.figures import TOP_UNIONS, lines_by_union
from awards.models import AwardLine, RecipientKind
from emulation.models import Initiative, Registration
from tests.awards.factories import DecisionFactory, MemberLineFactory, UnionLineFactory, authority, award_type
from tests.corpora import FORMULA_PAYLOADS
from tests.emulation.factories import CampaignFactory, InitiativeFactory, PeriodFactory, RegistrationFactory
from tests.factories import StaffFactory
from tests.html import duplicate_ids, label_of, parse
from tests.members.factories import BaseUnionFactory, MemberFactory

pytestmark = pytest.mark.django_db

FIGURES_URL = reverse("awards_staff:figures")
PRINT_URL = reverse("awards_staff:figures_print")


def export_url(fmt):
    return reverse("awards_staff:figures_export", kwargs={"fmt": fmt})


@pytest.fixture
def second_period(period):
    return PeriodFactory(
        campaign=period.campaign,
        name="Đợt 2 năm 2026",
        starts_on=datetime.date(2026, 5, 1),
        ends_on=datetime.date(2026, 7, 31),
    )


@pytest.fixture
def known_figures(own_union, other_union, period, second_period):
    """Five award lines, three initiatives and three registrations over two periods of one campaign.

    Period 1: the sector union's decision gives two Bằng khen to members of the own union, a
    Giấy khen to the other union, and a Bằng khen to a person outside every base union.
    Period 2: the province's decision gives a Bằng khen to a member of the other union.
    """
    sector = DecisionFactory(period=period, authority=authority("Công đoàn ngành Y tế"))
    province = DecisionFactory(period=second_period, authority=authority("Liên đoàn Lao động tỉnh"))
    MemberLineFactory.create_batch(2, decision=sector, member__base_union=own_union)
    UnionLineFactory(decision=sector, base_union=other_union, award_type=award_type("Giấy khen"))
    MemberLineFactory(
        decision=sector,
        recipient_kind=RecipientKind.PERSON,
        member=None,
        recipient_name="Trần Thị Hoa",
        recipient_unit="Sở Y tế",
    )
    MemberLineFactory(decision=province, member=MemberFactory(base_union=other_union))
    InitiativeFactory.create_batch(2, base_union=own_union, period=period, money_saved=25_000_000)
    InitiativeFactory(
        base_union=other_union, period=second_period, level=Initiative.Level.SECTOR, money_saved=300_000_000
    )
    RegistrationFactory(base_union=own_union, period=period, status=Registration.Status.APPROVED)
    RegistrationFactory(base_union=other_union, period=period, status=Registration.Status.SUBMITTED)
    RegistrationFactory(base_union=own_union, period=second_period)


def chart(response, section, name):
    return [(bar.label, bar.count) for bar in response.context[section][name].bars]


def test_counts_are_made_in_the_database(client, sector_staff, known_figures, django_assert_num_queries):
    client.force_login(sector_staff)
    # Session, user, the user's two permission queries, the periods to choose from, six for the figures.
    with django_assert_num_queries(12):  # + the second factor's device (django-otp)
        response = client.get(FIGURES_URL)
    assert response.status_code == 200
    awards = response.context["awards"]
    assert (awards["total"], awards["individuals"], awards["collectives"]) == (5, 4, 1)
    assert chart(response, "awards", "by_type") == [("Bằng khen", 4), ("Giấy khen", 1)]
    assert chart(response, "awards", "by_level") == [
        ("Nhà nước", 0),
        ("Trung ương", 0),
        ("Tỉnh", 1),
        ("Ngành", 4),
        ("Cơ sở", 0),
    ]
    assert chart(response, "awards", "by_union") == [
        ("Công đoàn Bệnh viện Đa khoa tỉnh", 2),
        ("Công đoàn Trung tâm Y tế huyện Chợ Mới", 2),
        ("Ngoài các công đoàn cơ sở", 1),
    ]
    initiatives = response.context["initiatives"]["by_level"]
    assert [(bar.label, bar.count) for bar in initiatives.bars] == [
        ("Cấp cơ sở", 2),
        ("Cấp ngành", 1),
        ("Cấp tỉnh (thành phố)", 0),
        ("Toàn quốc", 0),
    ]
    assert initiatives.total_money_saved_display == "350.000.000 đ"
    assert chart(response, "registrations", "by_status") == [
        ("Bản nháp", 1),
        ("Đã gửi, chờ duyệt", 1),
        ("Bị trả lại", 0),
        ("Đã duyệt", 1),
    ]
    page = response.content.decode()
    assert "350.000.000 đ" in page and "50.000.000 đ" in page
    assert "Ngoài các công đoàn cơ sở" in page
    assert "<svg" in page and "cdn" not in page.lower() and "<script>" not in page and " style=" not in page


def test_query_count_does_not_grow_with_rows(
    client, sector_staff, known_figures, other_union, period, django_assert_num_queries
):
    decision = DecisionFactory(period=period)
    for _ in range(15):
        MemberLineFactory(decision=decision, member=MemberFactory(base_union=BaseUnionFactory()))
    InitiativeFactory.create_batch(10, base_union=other_union, period=period)
    client.force_login(sector_staff)
    with django_assert_num_queries(12):  # + the second factor's device (django-otp)
        client.get(FIGURES_URL)


def test_a_period_narrows_every_figure(client, sector_staff, known_figures, period, second_period):
    client.force_login(sector_staff)
    response = client.get(FIGURES_URL, {"period": second_period.pk})
    assert response.context["scope"].period == second_period
    assert response.context["awards"]["total"] == 1
    assert chart(response, "awards", "by_level")[2] == ("Tỉnh", 1)
    assert chart(response, "awards", "by_union") == [("Công đoàn Trung tâm Y tế huyện Chợ Mới", 1)]
    assert response.context["initiatives"]["by_level"].total_money_saved_display == "300.000.000 đ"
    assert response.context["registrations"]["by_status"].total == 1

    response = client.get(FIGURES_URL, {"period": period.pk})
    assert response.context["awards"]["total"] == 4
    assert chart(response, "awards", "by_type") == [("Bằng khen", 3), ("Giấy khen", 1)]
    assert response.context["registrations"]["by_status"].total == 2


def test_a_campaign_covers_its_periods_and_not_others(client, sector_staff, known_figures, period):
    other_campaign = PeriodFactory(campaign=CampaignFactory(name="Giỏi việc nước, đảm việc nhà"), name="Năm 2026")
    MemberLineFactory(decision=DecisionFactory(period=other_campaign))
    client.force_login(sector_staff)
    assert client.get(FIGURES_URL).context["awards"]["total"] == 6
    response = client.get(FIGURES_URL, {"campaign": period.campaign.pk})
    assert response.context["awards"]["total"] == 5
    # Choosing another campaign while the old period is still selected shows that campaign.
    response = client.get(FIGURES_URL, {"campaign": other_campaign.campaign.pk, "period": period.pk})
    assert response.context["scope"].period is None
    assert response.context["awards"]["total"] == 1


def test_an_unknown_period_is_not_found(client, sector_staff, known_figures):
    client.force_login(sector_staff)
    assert client.get(FIGURES_URL, {"period": "999999"}).status_code == 404
    assert client.get(FIGURES_URL, {"campaign": "abc"}).status_code == 404


def test_an_officer_sees_only_their_own_union(client, officer, known_figures):
    client.force_login(officer)
    response = client.get(FIGURES_URL)
    assert response.status_code == 200
    assert response.context["awards"]["total"] == 2
    assert chart(response, "awards", "by_union") == [("Công đoàn Bệnh viện Đa khoa tỉnh", 2)]
    assert response.context["initiatives"]["by_level"].total == 2
    assert response.context["initiatives"]["by_level"].total_money_saved_display == "50.000.000 đ"
    assert chart(response, "registrations", "by_status") == [
        ("Bản nháp", 1),
        ("Đã gửi, chờ duyệt", 0),
        ("Bị trả lại", 0),
        ("Đã duyệt", 1),
    ]
    page = response.content.decode()
    assert "Chợ Mới" not in page and "Ngoài các công đoàn cơ sở" not in page


def test_the_officers_export_holds_only_their_union(client, officer, known_figures):
    client.force_login(officer)
    text = client.get(export_url("csv")).content.decode("utf-8-sig")
    assert "Bệnh viện Đa khoa tỉnh" in text and "Chợ Mới" not in text


def test_xlsx_has_one_sheet_per_table_with_the_numbers(client, emulation_office, known_figures, period):
    client.force_login(emulation_office)
    response = client.get(export_url("xlsx"), {"period": period.pk})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="so-lieu-thi-dua-khen-thuong-dot-1-nam-2026-' in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "Theo hình thức",
        "Theo cấp ban hành",
        "Theo công đoàn cơ sở",
        "Sáng kiến theo cấp",
        "Đăng ký thi đua",
    ]
    by_type = list(workbook["Theo hình thức"].iter_rows(values_only=True))
    assert by_type[0][0].startswith("Số liệu thi đua, khen thưởng: Đợt 1 năm 2026")
    assert by_type[3] == ("Hình thức khen thưởng, danh hiệu", "Số lượt khen thưởng")
    assert by_type[4:] == [("Bằng khen", 3), ("Giấy khen", 1), ("Tổng cộng", 4)]
    initiatives = list(workbook["Sáng kiến theo cấp"].iter_rows(min_row=4, values_only=True))
    assert initiatives[0] == ("Cấp công nhận", "Số lượng", "Giá trị làm lợi (đồng)")
    assert initiatives[1] == ("Cấp cơ sở", 2, 50_000_000)
    assert initiatives[-1] == ("Tổng cộng", 2, 50_000_000)


def test_csv_has_vietnamese_headers_one_section_after_another(client, sector_staff, known_figures):
    client.force_login(sector_staff)
    response = client.get(export_url("csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())  # so Excel reads the marks
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Số liệu thi đua, khen thưởng: Tất cả các phong trào, các đợt thi đua"]
    assert ["Công đoàn cơ sở", "Số lượt khen thưởng"] in rows
    assert ["Ngoài các công đoàn cơ sở", "1"] in rows
    assert ["Cấp công nhận", "Số lượng", "Giá trị làm lợi (đồng)"] in rows
    assert ["Tổng cộng", "3", "350000000"] in rows
    assert ["Trạng thái", "Số đăng ký"] in rows


def test_only_xlsx_and_csv(client, sector_staff):
    client.force_login(sector_staff)
    assert client.get(export_url("pdf")).status_code == 404


def test_print_view_is_a_clean_page(client, sector_staff, known_figures, period):
    client.force_login(sector_staff)
    response = client.get(PRINT_URL, {"period": period.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="vi">' in page
    assert "Đợt 1 năm 2026" in page and "Khen thưởng theo hình thức" in page
    assert 'id="header"' not in page and "breadcrumbs" not in page  # no admin chrome
    assert "awards/figures_print.css" in page and "data-print hidden" in page
    assert "<script>" not in page and " style=" not in page and "cdn" not in page.lower()


def test_the_admin_index_links_to_the_figures(client, sector_staff):
    client.force_login(sector_staff)
    assert FIGURES_URL in client.get(reverse("admin:index")).content.decode()


def test_not_for_the_public(client):
    for url in [FIGURES_URL, export_url("xlsx"), PRINT_URL]:
        response = client.get(url)
        assert response.status_code == 302
        assert reverse("admin:login") in response["Location"]


def test_staff_without_emulation_or_award_permissions_are_refused(client):
    client.force_login(StaffFactory(username="bientap", group="Biên tập viên"))
    for url in [FIGURES_URL, export_url("csv"), PRINT_URL]:
        assert client.get(url).status_code == 403
    assert FIGURES_URL not in client.get(reverse("admin:index")).content.decode()


def test_the_largest_unions_then_the_others_together(own_union, period):
    decision = DecisionFactory(period=period)
    unions = [BaseUnionFactory(name=f"Công đoàn Trạm Y tế xã số {n:02d}") for n in range(TOP_UNIONS + 2)]
    for union in unions:
        UnionLineFactory(decision=decision, base_union=union)
    MemberLineFactory(decision=decision, member=MemberFactory(base_union=unions[-1]))
    counts = lines_by_union(AwardLine.objects.all())
    assert counts[0] == ("Công đoàn Trạm Y tế xã số 11", 2)
    assert len(counts) == TOP_UNIONS + 1
    assert counts[-1] == ("Các công đoàn cơ sở khác", 2)


def test_the_scope_form_shows_the_campaigns_and_their_periods_and_the_scope_in_force(
    client, sector_staff, period, second_period
):
    other = PeriodFactory(campaign=CampaignFactory(name="Giỏi việc nước, đảm việc nhà"), name="Năm 2026")
    client.force_login(sector_staff)
    html = client.get(FIGURES_URL, {"period": second_period.pk}).content.decode()
    page = parse(html)
    (form,) = page.find("form", class_="figures-scope")
    assert form.attrs["method"] == "get" and "action" not in form.attrs
    assert form.find("legend")[0].words == "Phạm vi số liệu"
    campaign, chosen_period = form.find("select")
    assert (campaign.attrs["name"], campaign.attrs["id"]) == ("campaign", "figures-campaign")
    assert (chosen_period.attrs["name"], chosen_period.attrs["id"]) == ("period", "figures-period")
    assert [label_of(page, select) for select in (campaign, chosen_period)] == ["Phong trào", "Đợt thi đua"]
    assert campaign.find("option")[0].words == "Tất cả các phong trào"
    # Campaigns newest first (both start on the same day here, so the one added last).
    groups = chosen_period.find("optgroup")
    assert [group.attrs["label"] for group in groups] == [other.campaign.name, period.campaign.name]
    assert [option.words for option in groups[1].find("option")] == [period.name, second_period.name]
    assert campaign.find("option", value=str(period.campaign.pk), selected="")
    assert chosen_period.find("option", value=str(second_period.pk), selected="")
    assert form.find("button", type="submit")[0].words == "Xem số liệu"
    assert duplicate_ids(html) == []


def test_the_scope_form_shows_no_period_when_another_campaign_wins_over_it(client, sector_staff, period):
    other = PeriodFactory(campaign=CampaignFactory(name="Giỏi việc nước, đảm việc nhà"), name="Năm 2026")
    client.force_login(sector_staff)
    html = client.get(FIGURES_URL, {"campaign": other.campaign.pk, "period": period.pk}).content.decode()
    form = parse(html).find("form", class_="figures-scope")[0]
    assert form.find("option", value=str(other.campaign.pk), selected="")
    assert not form.find("option", value=str(period.pk), selected="")


@pytest.mark.parametrize("payload", FORMULA_PAYLOADS)
def test_no_exported_cell_starts_a_formula(client, sector_staff, payload):
    """A base union or a campaign renamed to a formula comes out as text in both files (finding 2)."""
    period = PeriodFactory(campaign__name=payload)
    union = BaseUnionFactory(name=payload)
    UnionLineFactory(decision=DecisionFactory(period=period), base_union=union)
    client.force_login(sector_staff)
    csv_rows = list(
        csv.reader(io.StringIO(client.get(export_url("csv"), {"period": period.pk}).content.decode("utf-8-sig")))
    )
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(export_url("xlsx"), {"period": period.pk}).content))
    xlsx_cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell.coordinate for cell in xlsx_cells if cell.data_type == "f"]
    for text in [cell for row in csv_rows for cell in row] + [str(cell.value) for cell in xlsx_cells]:
        assert not text.startswith(("=", "+", "@", "\t", "\r", "\n")), text
        assert not (text.startswith("-") and not text.lstrip("-").isdigit()), text
    assert [f"'{payload}", "1"] in csv_rows
