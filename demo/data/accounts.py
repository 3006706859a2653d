"""The demo's logins. Their passwords are made at random when an account is made (see `demo/accounts.py`)."""

from awards.roles import EMULATION_OFFICE
from members.roles import OFFICERS
from news.roles import EDITORS, PUBLISHERS

# Made last, by `demo/accounts.py`: the staff group each joins (made by migration; None for the superuser)
# and the role as staff read it.
STAFF = [
    {"username": "quantri", "group": None, "role": "Quản trị hệ thống: toàn quyền"},
    {
        "username": "bientap",
        "group": EDITORS,
        "role": "Biên tập viên: viết, sửa bài nháp, tải ảnh; không xuất bản được",
    },
    {
        "username": "duyetbai",
        "group": PUBLISHERS,
        "role": "Duyệt bài: xuất bản, gỡ bài, sửa băng rôn, dòng chữ chạy, thông tin trang",
    },
]
# Made with the members, on a developer's machine only: an officer of the first base union.
OFFICER = {
    "username": "canbocoso",
    "group": OFFICERS,
    "role": "Cán bộ công đoàn cơ sở: chỉ thấy đoàn viên của {union}",
}
# Made with the awards: the emulation office, whom the review steps name. It can log in on a
# developer's machine only; elsewhere it is an inactive account with no password.
REVIEWER = {
    "username": "thidua",
    "group": EMULATION_OFFICE,
    "role": "Văn phòng thi đua: xét đề nghị, ghi quyết định khen thưởng",
    "first_name": "Văn phòng thi đua",
}
