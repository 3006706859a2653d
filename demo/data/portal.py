"""The demo portal's chrome: who runs it, its banner, running line, anniversaries and partner links.

The union is invented; the province is real so names of places read naturally. Contact
details use a reserved example domain so the demo never points at a real office.
"""

import datetime

from demo.data import PROVINCE
from demo.data.news import (
    BASE_UNIONS,
    CULTURE_SPORTS,
    DOCUMENTS,
    EMULATION,
    EXEMPLARS,
    MEMBER_CARE,
    NEWS,
    SAFETY,
)

SITE_SETTINGS = {
    "union_name": f"Công đoàn ngành Y tế tỉnh {PROVINCE}",
    "parent_name": f"Liên đoàn Lao động tỉnh {PROVINCE}",
    "tagline": "Đổi mới - Dân chủ - Đoàn kết - Phát triển",
    "editor_in_chief": "Phan Thị Thu Hương",
    "address": f"Số 75 đường Hải Thượng Lãn Ông, tỉnh {PROVINCE}",
    "phone": "0239 3855 678",
    "email": "vanphong@congdoanyte.example.com",
    "republish_notice": (
        f"Ghi rõ nguồn “Công đoàn ngành Y tế tỉnh {PROVINCE}” khi phát hành lại thông tin từ trang này."
    ),
    "description": (
        f"Cổng thông tin điện tử Công đoàn ngành Y tế tỉnh {PROVINCE}: tin hoạt động công đoàn, thi đua - khen "
        "thưởng, chăm lo đời sống đoàn viên và văn bản chính sách dành cho người lao động ngành y tế."
    ),
}
EMBLEM_COLOUR = (31, 95, 168)

# The slideshow: each slide leads to the story (in `stories/`) with this title.
SLIDES = [
    {
        "title": "Hội nghị Ban Chấp hành Công đoàn ngành Y tế mở rộng",
        "alt_text": "Đại biểu dự hội nghị Ban Chấp hành Công đoàn ngành Y tế mở rộng",
        "story": "Hội nghị Ban Chấp hành Công đoàn ngành Y tế mở rộng: tập trung chăm lo quyền lợi người lao động",
    },
    {
        "title": "Phát động phong trào thi đua “Lao động giỏi, lao động sáng tạo”",
        "alt_text": "Đại diện các công đoàn cơ sở ký giao ước thi đua",
        "story": "Phát động phong trào thi đua “Lao động giỏi, lao động sáng tạo” trong ngành y tế",
    },
    {
        "title": "Trao nhà Mái ấm Công đoàn cho đoàn viên khó khăn",
        "alt_text": "Bàn giao nhà Mái ấm Công đoàn cho nữ hộ sinh",
        "story": "Trao nhà “Mái ấm Công đoàn” cho nữ hộ sinh có hoàn cảnh khó khăn",
    },
    {
        "title": "Sôi nổi Hội thao cán bộ y tế toàn ngành",
        "alt_text": "Vận động viên thi đấu bóng chuyền hơi tại hội thao",
        "story": "Sôi nổi Hội thao cán bộ y tế toàn ngành",
    },
]

# The running line. `days`: how long from now an announcement stays up (None: until removed);
# `section`: the section it links to.
ANNOUNCEMENTS = [
    {"text": f"Nhiệt liệt chào mừng Đại hội Thi đua yêu nước ngành Y tế tỉnh {PROVINCE} lần thứ VI", "days": 60},
    {
        "text": "Nhiệt liệt hưởng ứng phong trào thi đua “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế "
        "hướng tới sự hài lòng của người bệnh”",
        "days": None,
        "section": EMULATION,
    },
    {"text": "Công đoàn ngành Y tế: Đổi mới - Dân chủ - Đoàn kết - Phát triển", "days": None},
]

ANNIVERSARIES = [
    {"name": "Ngày thành lập Đảng Cộng sản Việt Nam", "original_date": datetime.date(1930, 2, 3), "days_before": 30},
    {"name": "Ngày Thầy thuốc Việt Nam", "original_date": datetime.date(1955, 2, 27), "days_before": 30},
    {"name": "Ngày Quốc tế Lao động", "original_date": datetime.date(1886, 5, 1), "days_before": 20},
    {"name": "Ngày thành lập Công đoàn Việt Nam", "original_date": datetime.date(1929, 7, 28), "days_before": 30},
    {
        "name": "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "original_date": datetime.date(1945, 9, 2),
        "days_before": 20,
    },
    {"name": "Ngày Phụ nữ Việt Nam", "original_date": datetime.date(1930, 10, 20), "days_before": 15},
    {
        "name": "Ngày thành lập Quân đội nhân dân Việt Nam",
        "original_date": datetime.date(1944, 12, 22),
        "days_before": 30,
    },
]


# The partner sites in the side column, in this order.
QUICK_LINKS = [
    {"title": "Tổng Liên đoàn Lao động Việt Nam", "url": "https://congdoan.vn/"},
    {"title": "Công đoàn Y tế Việt Nam", "url": "https://congdoanyte.vn/"},
    {"title": "Bộ Y tế", "url": "https://moh.gov.vn/"},
    {"title": "Bảo hiểm xã hội Việt Nam", "url": "https://baohiemxahoi.gov.vn/"},
    {"title": "Cổng Dịch vụ công quốc gia", "url": "https://dichvucong.gov.vn/"},
    {"title": "Báo Lao Động", "url": "https://laodong.vn/"},
]

# The menu a provincial union's portal has: six top items, three with a dropdown, no two alike.
# Each item names a section (by name), a page of the portal (MenuItem.Page) or a link, and a label if
# it is not the section's or page's own name.
MENU = [
    {"page": "home"},
    {
        "section": NEWS,
        "label": "Tin tức",
        "children": [{"section": BASE_UNIONS}, {"section": CULTURE_SPORTS}, {"section": SAFETY}],
    },
    {
        "section": EMULATION,
        "children": [
            {"page": "campaigns"},
            {"section": EXEMPLARS},
            {"page": "honour_roll", "label": "Danh sách khen thưởng"},
        ],
    },
    {"section": MEMBER_CARE, "label": "Chăm lo đời sống"},
    {
        "page": "documents",
        "children": [{"section": DOCUMENTS, "label": "Chính sách, pháp luật"}, {"page": "polls"}],
    },
    {"page": "albums", "label": "Thư viện ảnh"},
]
