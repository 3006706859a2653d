"""The demo portal's facts: who runs it, its sections, banner, running line and bylines.

The union is invented; the province is real so names of places read naturally. Contact
details use a reserved example domain so the demo never points at a real office.
"""

import datetime

PROVINCE = "Hà Tĩnh"

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

# Section names, used as keys by the stories and the generated phrases.
NEWS = "Tin tức - Sự kiện"
EMULATION = "Thi đua - Khen thưởng"
MEMBER_CARE = "Chăm lo đời sống đoàn viên"
DOCUMENTS = "Văn bản - Chính sách pháp luật"
EXEMPLARS = "Gương điển hình tiên tiến"
BASE_UNIONS = "Hoạt động công đoàn cơ sở"
CULTURE_SPORTS = "Văn hóa - Thể thao"
SAFETY = "An toàn vệ sinh lao động"

# Colours (gradient start, end) and motif of each section's illustrations.
SECTIONS = [
    {
        "name": NEWS,
        "description": "Hoạt động của Công đoàn ngành Y tế tỉnh và các sự kiện nổi bật của ngành.",
        "show_on_home": True,
        "colours": ((31, 95, 168), (16, 50, 100)),
        "motif": "cross",
    },
    {
        "name": EMULATION,
        "description": "Phát động, sơ kết, tổng kết các phong trào thi đua; quyết định và danh sách khen thưởng.",
        "show_on_home": True,
        "colours": ((179, 38, 30), (230, 120, 40)),
        "motif": "star",
    },
    {
        "name": MEMBER_CARE,
        "description": "Thăm hỏi, hỗ trợ đoàn viên khó khăn, Mái ấm Công đoàn, học bổng, phúc lợi cho người lao động.",
        "show_on_home": True,
        "colours": ((27, 127, 91), (12, 80, 90)),
        "motif": "heart",
    },
    {
        "name": DOCUMENTS,
        "description": "Văn bản mới, hỏi - đáp chính sách, pháp luật liên quan đến người lao động ngành y tế.",
        "show_on_home": False,
        "colours": ((55, 71, 79), (20, 30, 40)),
        "motif": "document",
    },
    {
        "name": EXEMPLARS,
        "description": "Những tập thể, cá nhân tiêu biểu trong lao động, sáng tạo và phục vụ người bệnh.",
        "show_on_home": True,
        "colours": ((199, 119, 0), (150, 60, 10)),
        "motif": "medal",
    },
    {
        "name": BASE_UNIONS,
        "description": "Tin hoạt động từ các công đoàn cơ sở và tổ công đoàn trong ngành.",
        "show_on_home": True,
        "colours": ((94, 53, 177), (40, 20, 110)),
        "motif": "people",
    },
    {
        "name": CULTURE_SPORTS,
        "description": "Hội thao, hội diễn văn nghệ, câu lạc bộ và phong trào văn hóa cơ sở.",
        "show_on_home": False,
        "colours": ((0, 131, 143), (20, 70, 140)),
        "motif": "trophy",
    },
    {
        "name": SAFETY,
        "description": "Phòng ngừa tai nạn lao động, phơi nhiễm nghề nghiệp và bảo vệ sức khỏe nhân viên y tế.",
        "show_on_home": False,
        "colours": ((46, 125, 50), (140, 160, 20)),
        "motif": "shield",
    },
]

# The slideshow: each slide leads to the story with this title.
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

AUTHORS = ["Minh Duyên", "Thu Hằng", "Quang Huy", "Ngọc Ánh", "Đức Thắng", "Hải Yến", "Phương Thảo", "Văn Lâm"]

UNION_SOURCE = f"CĐ ngành Y tế {PROVINCE}"
HEALTH_DEPARTMENT_SOURCE = f"Sở Y tế {PROVINCE}"
FEDERATION_SOURCE = f"LĐLĐ tỉnh {PROVINCE}"
# Sources with an address link to the home page only: the demo must not invent articles on real sites.
SOURCES = [
    {"name": UNION_SOURCE, "url": ""},
    {"name": HEALTH_DEPARTMENT_SOURCE, "url": ""},
    {"name": FEDERATION_SOURCE, "url": ""},
    {"name": "Tổng LĐLĐ Việt Nam", "url": "https://congdoan.vn/"},
    {"name": "Báo Lao Động", "url": "https://laodong.vn/"},
    {"name": "Bộ Y tế", "url": "https://moh.gov.vn/"},
]
