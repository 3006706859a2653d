"""The demo documents library: plans, guidance, decisions, letters and reports of the union.

Each document is public unless it says `"is_public": False`; `campaign` names the campaign it belongs to.
"""

import datetime

from demo.data.emulation import DIGITAL_HEALTH, HOME_AND_WORK, PATIENT_SATISFACTION, SKILLED_WORK
from library.models import Document

# The issuing bodies, as migration awards.0002 names them.
SECTOR_UNION = "Công đoàn ngành Y tế"
FEDERATION = "Liên đoàn Lao động tỉnh"
NATIONAL = "Công đoàn Y tế Việt Nam"

DOCUMENTS = [
    {
        "kind": Document.Kind.PLAN,
        "number": "18/KH-CĐN",
        "issued_on": datetime.date(2021, 3, 2),
        "issuing_body": SECTOR_UNION,
        "title": "Kế hoạch phát động phong trào thi đua “Lao động giỏi, lao động sáng tạo” giai đoạn 2021–2025",
        "campaign": SKILLED_WORK,
    },
    {
        "kind": Document.Kind.PLAN,
        "number": "20/KH-CĐN",
        "issued_on": datetime.date(2021, 3, 8),
        "issuing_body": SECTOR_UNION,
        "title": (
            "Kế hoạch triển khai phong trào thi đua “Giỏi việc nước, đảm việc nhà” trong nữ đoàn viên "
            "giai đoạn 2021–2025"
        ),
        "campaign": HOME_AND_WORK,
    },
    {
        "kind": Document.Kind.PLAN,
        "number": "14/KH-CĐN",
        "issued_on": datetime.date(2025, 4, 10),
        "issuing_body": SECTOR_UNION,
        "title": "Kế hoạch tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2025",
    },
    {
        "kind": Document.Kind.REPORT,
        "number": "22/BC-CĐN",
        "issued_on": datetime.date(2025, 7, 15),
        "issuing_body": SECTOR_UNION,
        "title": "Báo cáo sơ kết hoạt động công đoàn 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025",
    },
    {
        "kind": Document.Kind.DECISION,
        "number": "45/QĐ-CĐN",
        "issued_on": datetime.date(2025, 12, 25),
        "issuing_body": SECTOR_UNION,
        "title": "Quyết định khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2025",
        "campaign": SKILLED_WORK,
    },
    {
        "kind": Document.Kind.REPORT,
        "number": "40/BC-CĐN",
        "issued_on": datetime.date(2025, 12, 20),
        "issuing_body": SECTOR_UNION,
        "title": "Báo cáo tổng kết hoạt động công đoàn năm 2025, phương hướng nhiệm vụ năm 2026",
    },
    {
        "kind": Document.Kind.OFFICIAL_LETTER,
        "number": "03/CV-CĐN",
        "issued_on": datetime.date(2026, 1, 8),
        "issuing_body": SECTOR_UNION,
        "title": "V/v thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Bính Ngọ 2026",
    },
    {
        "kind": Document.Kind.RESOLUTION,
        "number": "01/NQ-CĐN",
        "issued_on": datetime.date(2026, 1, 12),
        "issuing_body": SECTOR_UNION,
        "title": "Nghị quyết Hội nghị Ban Chấp hành lần thứ năm về nhiệm vụ công tác công đoàn năm 2026",
    },
    {
        "kind": Document.Kind.PLAN,
        "number": "05/KH-CĐN",
        "issued_on": datetime.date(2026, 1, 15),
        "issuing_body": SECTOR_UNION,
        "title": "Kế hoạch phát động thi đua đẩy mạnh chuyển đổi số trong khám bệnh, chữa bệnh năm 2026",
        "campaign": DIGITAL_HEALTH,
    },
    {
        "kind": Document.Kind.GUIDANCE,
        "number": "02/HD-CĐN",
        "issued_on": datetime.date(2026, 1, 20),
        "issuing_body": SECTOR_UNION,
        "title": (
            "Hướng dẫn đăng ký thi đua, đánh giá và chấm điểm phong trào “Lao động giỏi, lao động sáng tạo” năm 2026"
        ),
        "campaign": SKILLED_WORK,
    },
    {
        "kind": Document.Kind.PLAN,
        "number": "112/KH-CĐYT",
        "issued_on": datetime.date(2026, 2, 20),
        "issuing_body": NATIONAL,
        "title": (
            "Kế hoạch đẩy mạnh đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng "
            "của người bệnh năm 2026"
        ),
        "campaign": PATIENT_SATISFACTION,
    },
    {
        "kind": Document.Kind.NOTICE,
        "number": "09/TB-CĐN",
        "issued_on": datetime.date(2026, 3, 12),
        "issuing_body": SECTOR_UNION,
        "title": "Thông báo kết luận của Ban Thường vụ về công tác chăm lo đời sống đoàn viên quý I năm 2026",
    },
    {
        "kind": Document.Kind.GUIDANCE,
        "number": "15/HD-LĐLĐ",
        "issued_on": datetime.date(2026, 4, 2),
        "issuing_body": FEDERATION,
        "title": "Hướng dẫn tổ chức các hoạt động Tháng Công nhân năm 2026",
    },
    {
        "kind": Document.Kind.PLAN,
        "number": "12/KH-CĐN",
        "issued_on": datetime.date(2026, 4, 10),
        "issuing_body": SECTOR_UNION,
        "title": "Kế hoạch tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2026",
    },
    # Added by an editor and waiting for a publisher: staff see it, readers do not.
    {
        "kind": Document.Kind.OTHER,
        "number": "",
        "issued_on": datetime.date(2026, 4, 20),
        "issuing_body": SECTOR_UNION,
        "title": "Dự thảo Quy chế chi tiêu nội bộ của cơ quan Công đoàn ngành năm 2026 (lấy ý kiến)",
        "is_public": False,
    },
]
