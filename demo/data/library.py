"""The demo documents library: plans, guidance, decisions, letters and reports of the union.

Some belong to the demo campaigns (made by demo_emulation), found by their slug: when the
campaigns are not there yet the documents wait unattached, and a later run attaches them.
Each file is a one-page PDF saying it is a sample, so downloads open.
"""

import datetime
import textwrap

from django.core.files.base import ContentFile

from emulation.models import Campaign
from library.models import Document
from news.demo.site import PROVINCE
from unionportal.text import fold, vietnamese_slugify

D = datetime.date
Kind = Document.Kind
STANDING = f"Ban Thường vụ Công đoàn ngành Y tế tỉnh {PROVINCE}"
EXECUTIVE = f"Ban Chấp hành Công đoàn ngành Y tế tỉnh {PROVINCE}"
FEDERATION = f"Liên đoàn Lao động tỉnh {PROVINCE}"
NATIONAL = "Công đoàn Y tế Việt Nam"
SKILLED_WORK = "lao-dong-gioi-lao-dong-sang-tao"
HOME_AND_WORK = "gioi-viec-nuoc-dam-viec-nha"
SERVICE = "doi-moi-phong-cach-thai-do-phuc-vu-cua-can-bo-y-te-huong-toi-su-hai-long-cua-nguoi-benh"
DIGITAL = "thi-dua-day-manh-chuyen-doi-so-trong-kham-benh-chua-benh-nam-2026"

# (kind, number, issued on, issuing body, title, campaign slug or "")
DOCUMENTS = [
    (
        Kind.PLAN,
        "18/KH-CĐN",
        D(2021, 3, 2),
        STANDING,
        "Kế hoạch phát động phong trào thi đua “Lao động giỏi, lao động sáng tạo” giai đoạn 2021–2025",
        SKILLED_WORK,
    ),
    (
        Kind.PLAN,
        "20/KH-CĐN",
        D(2021, 3, 8),
        STANDING,
        "Kế hoạch triển khai phong trào thi đua “Giỏi việc nước, đảm việc nhà” trong nữ đoàn viên giai đoạn 2021–2025",
        HOME_AND_WORK,
    ),
    (
        Kind.PLAN,
        "14/KH-CĐN",
        D(2025, 4, 10),
        STANDING,
        "Kế hoạch tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2025",
        "",
    ),
    (
        Kind.REPORT,
        "22/BC-CĐN",
        D(2025, 7, 15),
        STANDING,
        "Báo cáo sơ kết hoạt động công đoàn 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025",
        "",
    ),
    (
        Kind.DECISION,
        "45/QĐ-CĐN",
        D(2025, 12, 25),
        STANDING,
        "Quyết định khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2025",
        SKILLED_WORK,
    ),
    (
        Kind.REPORT,
        "40/BC-CĐN",
        D(2025, 12, 20),
        EXECUTIVE,
        "Báo cáo tổng kết hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026",
        "",
    ),
    (
        Kind.OFFICIAL_LETTER,
        "03/CV-CĐN",
        D(2026, 1, 8),
        STANDING,
        "V/v thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Bính Ngọ 2026",
        "",
    ),
    (
        Kind.RESOLUTION,
        "01/NQ-CĐN",
        D(2026, 1, 12),
        EXECUTIVE,
        "Nghị quyết Hội nghị Ban Chấp hành lần thứ năm về nhiệm vụ công tác công đoàn năm 2026",
        "",
    ),
    (
        Kind.PLAN,
        "05/KH-CĐN",
        D(2026, 1, 15),
        STANDING,
        "Kế hoạch phát động thi đua đẩy mạnh chuyển đổi số trong khám bệnh, chữa bệnh năm 2026",
        DIGITAL,
    ),
    (
        Kind.GUIDANCE,
        "02/HD-CĐN",
        D(2026, 1, 20),
        STANDING,
        "Hướng dẫn đăng ký thi đua, đánh giá và chấm điểm phong trào “Lao động giỏi, lao động sáng tạo” năm 2026",
        SKILLED_WORK,
    ),
    (
        Kind.PLAN,
        "112/KH-CĐYT",
        D(2026, 2, 20),
        NATIONAL,
        "Kế hoạch đẩy mạnh đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh "
        "năm 2026",
        SERVICE,
    ),
    (
        Kind.NOTICE,
        "09/TB-CĐN",
        D(2026, 3, 12),
        STANDING,
        "Thông báo kết luận của Ban Thường vụ về công tác chăm lo đời sống đoàn viên quý I năm 2026",
        "",
    ),
    (
        Kind.GUIDANCE,
        "15/HD-LĐLĐ",
        D(2026, 4, 2),
        FEDERATION,
        "Hướng dẫn tổ chức các hoạt động Tháng Công nhân năm 2026",
        "",
    ),
    (
        Kind.PLAN,
        "12/KH-CĐN",
        D(2026, 4, 10),
        STANDING,
        "Kế hoạch tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2026",
        "",
    ),
]
# Added by an editor and waiting for a publisher: staff see it, readers do not.
DRAFT = (
    Kind.OTHER,
    "",
    D(2026, 4, 20),
    STANDING,
    "Dự thảo Quy chế chi tiêu nội bộ của cơ quan Công đoàn ngành năm 2026 (lấy ý kiến)",
    "",
)


def create_documents():
    """Make the demo documents that are missing and attach waiting ones to their campaigns.

    Returns (made, attached, waiting): waiting documents name a campaign that does not exist yet.
    """
    campaigns = Campaign.objects.in_bulk({row[5] for row in DOCUMENTS if row[5]}, field_name="slug")
    made = attached = waiting = 0
    for row, is_public in [*((row, True) for row in DOCUMENTS), (DRAFT, False)]:
        kind, number, issued_on, issuing_body, title, slug = row
        campaign = campaigns.get(slug)
        document = Document.objects.filter(title=title).first()
        if document is None:
            document = Document(
                kind=kind,
                number=number,
                issued_on=issued_on,
                issuing_body=issuing_body,
                title=title,
                campaign=campaign,
                is_public=is_public,
            )
            document.file.save(f"{vietnamese_slugify(number or title)}.pdf", ContentFile(sample_pdf(row)), save=False)
            document.save()
            made += 1
        elif slug and campaign and document.campaign_id is None:
            document.campaign = campaign
            document.save(update_fields=["campaign"])
            attached += 1
        if slug and not campaign:
            waiting += 1
    return made, attached, waiting


def sample_pdf(row):
    """A one-page PDF naming the document. The built-in PDF font has no Vietnamese marks, so the text is folded."""
    kind, number, issued_on, issuing_body, title, _ = row
    lines = [
        fold(issuing_body).upper(),
        f"So: {number}" if number else "",
        f"Ngay {issued_on:%d/%m/%Y}",
        fold(kind.label).upper(),
        *textwrap.wrap(fold(title), 70),
        "",
        "(Van ban mau cua cong thong tin - khong co gia tri phap ly)",
    ]
    text = " ".join(f"({_pdf_text(line)}) Tj 0 -20 Td" for line in lines)
    stream = f"BT /F1 12 Tf 60 780 Td {text} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return pdf


def _pdf_text(line):
    ascii_line = line.replace("–", "-").replace("“", '"').replace("”", '"').encode("ascii", "replace").decode()
    return ascii_line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
