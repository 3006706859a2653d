"""The official paperwork: a proposal's achievement report (DOCX and print page) and the year-end statistics (XLSX)."""

import datetime
import io
import shutil
import subprocess

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from awards.models import Authority, RecipientKind
from emulation.models import Campaign, Initiative, Period
from members.models import Member
from tests.awards.factories import (
    DecisionFactory,
    MemberLineFactory,
    ProposalFactory,
    UnionLineFactory,
    authority,
    award_type,
)
from tests.emulation.factories import CampaignFactory, InitiativeFactory, PeriodFactory
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(own_union):
    """A nurse with two years of titles, a Giấy khen and an initiative, proposed for Chiến sĩ thi đua cơ sở 2025."""
    campaign = CampaignFactory(starts_on=datetime.date(2016, 1, 1), ends_on=datetime.date(2030, 12, 31))
    periods = {
        year: PeriodFactory(
            campaign=campaign,
            name=f"Năm {year}",
            kind=Period.Kind.YEAR,
            starts_on=datetime.date(year, 1, 1),
            ends_on=datetime.date(year, 12, 31),
        )
        for year in (2019, 2024, 2025)
    }
    nurse = MemberFactory(
        full_name="Hoàng Thị Mai",
        gender=Member.Gender.FEMALE,
        birth_date=datetime.date(1984, 3, 9),
        occupation="Điều dưỡng",
        position="Điều dưỡng trưởng khoa",
        base_union=own_union,
    )
    for year, form, number in [(2019, "Lao động tiên tiến", "5/QĐ-SYT"), (2024, "Lao động tiên tiến", "15/QĐ-SYT")]:
        decision = DecisionFactory(number=number, period=periods[year], signed_on=datetime.date(year + 1, 1, 9))
        MemberLineFactory(decision=decision, member=nurse, award_type=award_type(form))
    decision = DecisionFactory(number="45/QĐ-CĐN", period=periods[2025], signed_on=datetime.date(2026, 1, 16))
    MemberLineFactory(decision=decision, member=nurse, award_type=award_type("Giấy khen"))
    work = InitiativeFactory(
        title="Cải tiến quy trình bàn giao người bệnh giữa các ca trực",
        base_union=own_union,
        period=periods[2025],
        level=Initiative.Level.BASE,
        recognition_decision="Quyết định số 158/QĐ ngày 31/12/2025 của Giám đốc",
        money_saved=45_000_000,
    )
    work.authors.add(nurse)
    return ProposalFactory(
        member=nurse,
        period=periods[2025],
        award_type=award_type("Chiến sĩ thi đua cơ sở"),
        achievement="Hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến được công nhận.",
    )


def texts(document):
    return [paragraph.text for paragraph in document.paragraphs]


def test_the_report_for_an_individual_is_filled_from_the_record(client, officer, record):
    client.force_login(officer)
    response = client.get(reverse("awards_staff:proposal_report_docx", args=[record.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-thanh-tich-hoang-thi-mai.docx"'
    document = Document(io.BytesIO(response.content))
    lines = texts(document)
    assert lines[:3] == [
        "BÁO CÁO THÀNH TÍCH",
        "ĐỀ NGHỊ TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ",
        "(Thành tích các năm 2021–2025)",
    ]
    assert "- Họ tên: Hoàng Thị Mai" in lines
    assert "- Sinh ngày, tháng, năm: 09/03/1984" in lines
    assert "- Chức vụ (đảng, chính quyền, đoàn thể): Điều dưỡng trưởng khoa" in lines
    assert "Hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến được công nhận." in lines
    assert [line for line in lines if line[:3] in {"I. ", "II.", "III"}] == [
        "I. SƠ LƯỢC LÝ LỊCH",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC",
        "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
    ]
    heading, initiatives, titles, commendations, signatures = document.tables
    assert heading.rows[0].cells[0].text == "CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH"
    assert [cell.text for cell in initiatives.rows[1].cells][:3] == [
        "2025",
        "Cải tiến quy trình bàn giao người bệnh giữa các ca trực",
        "Cấp cơ sở",
    ]
    # Only the years that count: the 2019 title is left out.
    assert [[cell.text for cell in row.cells] for row in titles.rows[1:]] == [
        ["2024", "Lao động tiên tiến", "Quyết định số 15/QĐ-SYT ngày 09/01/2025 của Công đoàn ngành Y tế"]
    ]
    assert commendations.rows[1].cells[1].text == "Giấy khen"
    assert [cell.paragraphs[0].text for cell in signatures.rows[0].cells] == [
        "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
        "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ",
        "NGƯỜI BÁO CÁO THÀNH TÍCH",
    ]

    page = client.get(reverse("awards_staff:proposal_report", args=[record.pk])).content.decode()
    assert "ĐỀ NGHỊ TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ" in page and "Quyết định số 15/QĐ-SYT" in page
    assert "Quyết định số 5/QĐ-SYT" not in page


def test_the_report_for_a_collective_describes_the_unit(client, emulation_office, own_union):
    own_union.address, own_union.founded_on = "Số 14 đường Trường Chinh, phường Đức Xuân", datetime.date(1996, 5, 2)
    own_union.save()
    proposal = ProposalFactory(
        recipient_kind=RecipientKind.BASE_UNION, member=None, base_union=own_union, award_type=award_type("Cờ thi đua")
    )
    client.force_login(emulation_office)
    document = Document(
        io.BytesIO(client.get(reverse("awards_staff:proposal_report_docx", args=[proposal.pk])).content)
    )
    lines = texts(document)
    assert "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" in lines
    assert "- Địa chỉ trụ sở: Số 14 đường Trường Chinh, phường Đức Xuân" in lines
    assert "- Ngày thành lập: 02/05/1996" in lines
    assert len(document.tables[-1].rows[0].cells) == 2


def test_an_officer_cannot_open_another_unions_report(client, officer, other_union):
    proposal = ProposalFactory(member=MemberFactory(base_union=other_union))
    client.force_login(officer)
    for name in ("proposal_report", "proposal_report_docx"):
        assert client.get(reverse(f"awards_staff:{name}", args=[proposal.pk])).status_code == 404


@pytest.mark.skipif(not shutil.which("soffice"), reason="no LibreOffice (apt-get install libreoffice-writer-nogui)")
def test_libreoffice_opens_the_report(client, officer, record, tmp_path):
    client.force_login(officer)
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(client.get(reverse("awards_staff:proposal_report_docx", args=[record.pk])).content)
    subprocess.run(  # noqa: S603
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],  # noqa: S607
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (tmp_path / "bao-cao.pdf").read_bytes().startswith(b"%PDF")


def test_the_year_statistics_count_by_level_and_form(client, sector_staff, officer, own_union, other_union, period):
    CampaignFactory(kind=Campaign.Kind.THEMATIC, launched_on=datetime.date(2025, 3, 2))
    CampaignFactory(kind=Campaign.Kind.REGULAR, launched_on=datetime.date(2025, 1, 5))
    CampaignFactory(kind=Campaign.Kind.REGULAR, launched_on=datetime.date(2024, 1, 5))
    sector = DecisionFactory(signed_on=datetime.date(2025, 5, 15), period=period)
    province = DecisionFactory(
        signed_on=datetime.date(2025, 7, 1), period=period, authority=authority("Ủy ban nhân dân tỉnh")
    )
    woman = MemberFactory(base_union=own_union, gender=Member.Gender.FEMALE)
    MemberLineFactory(decision=sector, member=woman, award_type=award_type("Giấy khen"))
    MemberLineFactory(decision=sector, member=MemberFactory(base_union=other_union), award_type=award_type("Giấy khen"))
    UnionLineFactory(decision=province, base_union=own_union, award_type=award_type("Cờ thi đua"))
    MemberLineFactory(decision=DecisionFactory(signed_on=datetime.date(2024, 5, 1), period=period), member=woman)

    client.force_login(sector_staff)
    response = client.get(reverse("awards_staff:year_statistics"), {"year": 2025})
    assert response["Content-Disposition"] == 'attachment; filename="thong-ke-thi-dua-khen-thuong-nam-2025.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Phong trào thi đua", "Theo cấp khen thưởng", "Theo danh hiệu, hình thức"]
    campaigns = {row[0]: row[1] for row in workbook["Phong trào thi đua"].iter_rows(min_row=6, values_only=True)}
    assert campaigns == {"Thường xuyên": 1, "Chuyên đề": 1, "Đột xuất": 0, "Tổng số": 2}
    levels = {row[0]: row[1:] for row in workbook["Theo cấp khen thưởng"].iter_rows(min_row=6, values_only=True)}
    assert levels[Authority.Level.PROVINCE.label] == (1, 1, 0, 0)
    assert levels[Authority.Level.SECTOR.label] == (2, 0, 2, 1)
    assert levels["Tổng số"] == (3, 1, 2, 1)
    forms = {
        row[0].strip(): row[1:] for row in workbook["Theo danh hiệu, hình thức"].iter_rows(min_row=6, values_only=True)
    }
    assert (
        forms["Giấy khen"] == (2, 0, 2, 1)
        and forms["Cờ thi đua"] == (1, 1, 0, 0)
        and forms["Bằng khen"] == (0, 0, 0, 0)
    )
    assert workbook["Theo cấp khen thưởng"]["A3"].value.startswith("Theo Thông tư 02/2023/TT-BNV")

    client.force_login(officer)
    workbook = load_workbook(io.BytesIO(client.get(reverse("awards_staff:year_statistics"), {"year": 2025}).content))
    levels = {row[0]: row[1:] for row in workbook["Theo cấp khen thưởng"].iter_rows(min_row=6, values_only=True)}
    assert levels["Tổng số"] == (2, 1, 1, 1)
    assert workbook["Theo cấp khen thưởng"]["A1"].value == "Đơn vị báo cáo: Công đoàn Bệnh viện Đa khoa tỉnh"
