"""The achievement report (báo cáo thành tích) a proposal carries, filled from the record.

Laid out as the report templates annexed to the decrees on emulation and commendation (Nghị định
152/2025/NĐ-CP, which keeps the shape of the templates of Nghị định 91/2017 and 98/2023): the one for an
individual (I. Sơ lược lý lịch, II. Thành tích đạt được, III. Các hình thức đã được khen thưởng) and the one
for a collective (I. Sơ lược đặc điểm, tình hình, …). `AchievementReport` holds the content once; the print
page and the DOCX both draw it, so they cannot disagree. What the record does not hold (home town,
the unit's tasks) is left as a dotted line for the union to finish before it signs.
"""

import io
from dataclasses import dataclass

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from awards.models import AwardLine, AwardType, RecipientKind
from emulation.models import Initiative
from members.models import BaseUnion

BLANK = "…" * 30
# How many years section III and the initiatives list go back, unless the form's conditions look further.
DEFAULT_YEARS = 5


@dataclass
class AchievementReport:
    issuer: str
    title: str
    subtitle: str
    individual: bool
    facts: list  # [(label, value)]
    duties: str
    achievement: str
    initiatives: list  # [(year, title, level, recognition, money)]
    titles: list  # [(year, form, decision)]
    commendations: list  # [(year, form, decision)]
    signatures: list  # [(heading, note)]
    years: range

    @classmethod
    def for_proposal(cls, proposal):
        individual = proposal.recipient_kind == RecipientKind.MEMBER
        year = proposal.period.ends_on.year
        rules = proposal.award_type.eligibility_rules.all()
        span = max([r.years for rule in rules for r in rule.requirements.all()] + [DEFAULT_YEARS])
        years = range(year - span + 1, year + 1)
        union = proposal.base_union
        lines = AwardLine.objects.history().filter(decision__period__ends_on__year__in=list(years))
        if individual:
            member = proposal.member
            lines = lines.of_member(member)
            initiatives = Initiative.objects.filter(authors=member)
            facts = [
                ("Họ tên", member.full_name),
                ("Sinh ngày, tháng, năm", f"{member.birth_date:%d/%m/%Y}"),
                ("Giới tính", member.get_gender_display()),
                ("Quê quán", BLANK),
                ("Trú quán", BLANK),
                ("Đơn vị công tác", ", ".join(filter(None, [member.group.name if member.group else "", union.name]))),
                ("Chức vụ (đảng, chính quyền, đoàn thể)", member.position or BLANK),
                ("Trình độ chuyên môn, nghiệp vụ", member.occupation or BLANK),
                ("Học hàm, học vị, danh hiệu, giải thưởng", BLANK),
            ]
            signatures = [
                ("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG", "(Ký, đóng dấu)"),
                ("THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", "(Ký, đóng dấu)"),
                ("NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ và tên)"),
            ]
            duties = "Quyền hạn, nhiệm vụ được giao hoặc đảm nhận"
        else:
            if proposal.recipient_kind == RecipientKind.GROUP:
                lines = lines.filter(recipient_kind=RecipientKind.GROUP, group=proposal.group)
                initiatives = Initiative.objects.none()
                facts = [("Tên tập thể", proposal.group.name), ("Thuộc", union.name)]
            else:
                lines = lines.of_union(union)
                initiatives = Initiative.objects.filter(base_union=union)
                facts = [
                    ("Tên đơn vị", union.name),
                    ("Địa chỉ trụ sở", union.address or BLANK),
                    ("Điện thoại, thư điện tử", ", ".join(filter(None, [union.phone, union.email])) or BLANK),
                    ("Ngày thành lập", f"{union.founded_on:%d/%m/%Y}" if union.founded_on else BLANK),
                    ("Số đoàn viên", str(BaseUnion.objects.annotate_member_count().get(pk=union.pk).member_count)),
                ]
            signatures = [
                ("XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG", "(Ký, đóng dấu)"),
                ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, đóng dấu)"),
            ]
            duties = "Chức năng, nhiệm vụ được giao"
        initiatives = initiatives.filter(period__ends_on__year__in=list(years)).select_related("period")
        lines = list(lines)

        def row(line):
            decision = line.decision
            where = f"Quyết định số {decision.number} ngày {decision.signed_on:%d/%m/%Y} của {decision.authority}"
            return (decision.period.ends_on.year, line.award_type.name, where)

        titles = sorted(row(line) for line in lines if line.award_type.category == AwardType.Category.TITLE)
        others = sorted(row(line) for line in lines if line.award_type.category != AwardType.Category.TITLE)
        return cls(
            issuer=union.name.upper(),
            title="BÁO CÁO THÀNH TÍCH",
            subtitle=f"ĐỀ NGHỊ TẶNG {proposal.award_type.certificate_phrase.removeprefix('Tặng ').upper()}",
            individual=individual,
            facts=facts,
            duties=duties,
            achievement=proposal.achievement,
            initiatives=[
                (
                    work.period.ends_on.year,
                    work.title,
                    work.get_level_display(),
                    work.recognition_decision,
                    work.money_saved_display if work.money_saved else "",
                )
                for work in sorted(initiatives, key=lambda work: (work.period.ends_on, work.title))
            ],
            titles=titles,
            commendations=others,
            signatures=signatures,
            years=years,
        )

    @property
    def period_label(self):
        return f"{self.years.start}–{self.years[-1]}"

    def docx(self, place_and_date):
        """The report as a Word file (A4, Times New Roman 13, margins of Nghị định 30/2020) for the union to finish."""
        document = Document()
        section = document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        style = document.styles["Normal"]
        style.font.name = "Times New Roman"
        style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
        style.font.size = Pt(13)
        style.paragraph_format.space_after = Pt(3)

        heading = document.add_table(rows=1, cols=2)
        fix_widths(heading, [Mm(62), Mm(103)])
        left, right = heading.rows[0].cells
        bold_line(left, self.issuer, center=True, size=12)
        bold_line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", center=True, size=12)
        bold_line(right, "Độc lập - Tự do - Hạnh phúc", center=True, underline=True)
        right.add_paragraph(place_and_date).alignment = WD_ALIGN_PARAGRAPH.CENTER
        right.paragraphs[-1].runs[0].italic = True

        for text in (self.title, self.subtitle):
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(text).bold = True
        document.add_paragraph(f"(Thành tích các năm {self.period_label})").alignment = WD_ALIGN_PARAGRAPH.CENTER

        part(document, "I. SƠ LƯỢC LÝ LỊCH" if self.individual else "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH")
        for label, value in self.facts:
            paragraph = document.add_paragraph(f"- {label}: ")
            paragraph.add_run(value)
        part(document, "II. THÀNH TÍCH ĐẠT ĐƯỢC")
        document.add_paragraph(f"1. {self.duties}: {BLANK}")
        document.add_paragraph("2. Thành tích đạt được:")
        document.add_paragraph(self.achievement)
        if self.initiatives:
            document.add_paragraph("Sáng kiến, đề tài khoa học, công trình được công nhận:")
            grid(
                document,
                ["Năm", "Tên sáng kiến, đề tài, công trình", "Cấp công nhận", "Quyết định công nhận", "Làm lợi"],
                self.initiatives,
                [Mm(14), Mm(54), Mm(22), Mm(53), Mm(22)],
            )
        part(document, "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")
        for number, (caption, rows, heading_text) in enumerate(
            [
                ("Danh hiệu thi đua", self.titles, "Danh hiệu thi đua"),
                ("Hình thức khen thưởng", self.commendations, "Hình thức khen thưởng"),
            ],
            start=1,
        ):
            document.add_paragraph(f"{number}. {caption}:")
            decision_heading = "Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định"
            grid(document, ["Năm", heading_text, decision_heading], rows or [("", "", "")], [Mm(18), Mm(55), Mm(92)])

        document.add_paragraph()
        signatures = document.add_table(rows=1, cols=len(self.signatures))
        signatures.alignment = WD_TABLE_ALIGNMENT.CENTER
        fix_widths(signatures, [Mm(165 // len(self.signatures))] * len(self.signatures))
        for cell, (title, note) in zip(signatures.rows[0].cells, self.signatures, strict=True):
            bold_line(cell, title, center=True, size=11)
            cell.add_paragraph(note).alignment = WD_ALIGN_PARAGRAPH.CENTER
            cell.paragraphs[-1].runs[0].italic = True
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()


def bold_line(cell, text, *, center=False, underline=False, size=None):
    paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.underline = True, underline
    if size:
        run.font.size = Pt(size)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def fix_widths(table, widths):
    """Column widths that Word and LibreOffice both keep: on the grid and on every cell, with autofit off."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def part(document, text):
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(9)
    paragraph.add_run(text).bold = True


def grid(document, headings, rows, widths):
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headings, strict=True):
        bold_line(cell, text, center=True, size=11)
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.paragraphs[0].add_run(str(value)).font.size = Pt(11)
    fix_widths(table, widths)
    # Word repeats the heading row at the top of each page the table runs onto.
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    return table
