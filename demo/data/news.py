"""The demo's sections, bylines and sources, the campaigns its articles report on and the tags they carry.

The articles themselves are in `stories/` (hand-written) and `phrases.py` (the generated ones).
"""

from demo.data import PROVINCE
from demo.data.emulation import HOME_AND_WORK, SKILLED_WORK

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

# Words of a story's title and the motif its cover shows (the first that matches; else its section's).
MOTIF_WORDS = [
    ("đại hội", "people"),
    ("hội nghị", "people"),
    ("tập huấn", "people"),
    ("khen thưởng", "medal"),
    ("điển hình", "medal"),
    ("biểu dương", "medal"),
    ("sáng kiến", "trophy"),
    ("hội thao", "trophy"),
    ("giải", "trophy"),
    ("thi đua", "star"),
    ("văn nghệ", "star"),
    ("an toàn", "shield"),
    ("phòng cháy", "shield"),
    ("phơi nhiễm", "shield"),
    ("chăm lo", "heart"),
    ("trao quà", "heart"),
    ("mái ấm", "heart"),
    ("thăm hỏi", "heart"),
    ("hiến máu", "heart"),
    ("văn bản", "document"),
    ("quy định", "document"),
    ("hướng dẫn", "document"),
    ("luật", "document"),
    ("chính sách", "document"),
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

# Which campaign a published article reports on, by words of its title.
CAMPAIGN_TITLE_WORDS = {
    SKILLED_WORK: ["Lao động giỏi", "sáng kiến"],
    HOME_AND_WORK: ["Giỏi việc nước"],
}
# Tags, each put on the articles whose title has its words (in any case).
TAGS = [
    {"name": "Đại hội công đoàn", "title_words": "Đại hội"},
    {"name": "Lao động giỏi, lao động sáng tạo", "title_words": "Lao động giỏi"},
    {"name": "An toàn vệ sinh lao động", "title_words": "an toàn"},
    {"name": "Sáng kiến", "title_words": "sáng kiến"},
]
