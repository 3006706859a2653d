"""The demo's base unions and what their about 2,000 members are drawn from: names, occupations, care."""

from members.models import BaseUnion, Member, Support

# The sector's base unions by block, each with how many members and union groups it has.
BASE_UNIONS = {
    BaseUnion.Block.PUBLIC_SERVICE: [
        {"name": "Công đoàn Bệnh viện Đa khoa tỉnh", "code": "BVDKT", "members": 420, "groups": 22},
        {"name": "Công đoàn Bệnh viện Sản – Nhi tỉnh", "code": "BVSN", "members": 260, "groups": 20},
        {"name": "Công đoàn Bệnh viện Y dược cổ truyền tỉnh", "code": "BVYDCT", "members": 150, "groups": 16},
        {"name": "Công đoàn Bệnh viện Phổi tỉnh", "code": "BVP", "members": 110, "groups": 12},
        {"name": "Công đoàn Bệnh viện Tâm thần tỉnh", "code": "BVTT", "members": 90, "groups": 10},
        {"name": "Công đoàn Trung tâm Y tế huyện Chợ Mới", "code": "TTYTCM", "members": 180, "groups": 14},
        {"name": "Công đoàn Trung tâm Y tế huyện Bạch Thông", "code": "TTYTBT", "members": 140, "groups": 12},
        {"name": "Công đoàn Trung tâm Y tế huyện Na Rì", "code": "TTYTNR", "members": 130, "groups": 12},
        {"name": "Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh", "code": "CDC", "members": 95, "groups": 8},
        {
            "name": "Công đoàn Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm",
            "code": "TTKN",
            "members": 35,
            "groups": 5,
        },
        {"name": "Công đoàn cơ quan Sở Y tế", "code": "SYT", "members": 60, "groups": 6},
        {"name": "Công đoàn Trường Cao đẳng Y tế", "code": "CDYT", "members": 85, "groups": 8},
    ],
    BaseUnion.Block.NON_PUBLIC: [
        {"name": "Công đoàn Bệnh viện Đa khoa tư nhân An Phước", "code": "BVAP", "members": 120, "groups": 10},
        {"name": "Công đoàn Phòng khám Đa khoa Thiện Tâm", "code": "PKTT", "members": 40, "groups": 4},
    ],
    BaseUnion.Block.ENTERPRISE: [
        {"name": "Công đoàn Công ty Cổ phần Dược – Vật tư y tế", "code": "DUOCVT", "members": 95, "groups": 6},
    ],
}
# Union groups are the first departments of a list: a hospital's, or a small unit's when it has few groups.
HOSPITAL_DEPARTMENTS = [
    "Khoa Khám bệnh", "Khoa Cấp cứu", "Khoa Hồi sức tích cực – Chống độc", "Khoa Nội tổng hợp",
    "Khoa Nội tim mạch", "Khoa Ngoại tổng hợp", "Khoa Chấn thương chỉnh hình", "Khoa Phụ sản",
    "Khoa Nhi", "Khoa Truyền nhiễm", "Khoa Y học cổ truyền", "Khoa Gây mê hồi sức",
    "Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh", "Khoa Dược", "Khoa Dinh dưỡng",
    "Khoa Kiểm soát nhiễm khuẩn", "Phòng Kế hoạch tổng hợp", "Phòng Điều dưỡng", "Phòng Tổ chức cán bộ",
    "Phòng Tài chính kế toán", "Phòng Hành chính quản trị",
]  # fmt: skip
SMALL_UNIT_DEPARTMENTS = [
    "Phòng Tổ chức – Hành chính", "Phòng Kế hoạch – Nghiệp vụ", "Phòng Tài chính – Kế toán",
    "Khoa Kiểm soát bệnh tật", "Khoa Xét nghiệm", "Trạm Y tế xã", "Tổ Văn phòng", "Tổ Sản xuất",
]  # fmt: skip

# Family names with their rough share of the population, in parts of a hundred.
FAMILY_NAMES = {
    "Nguyễn": 38, "Trần": 11, "Lê": 9, "Phạm": 7, "Hoàng": 5, "Phan": 4, "Vũ": 4, "Đặng": 2, "Bùi": 2, "Đỗ": 2,
    "Hồ": 1, "Ngô": 1, "Dương": 1, "Lý": 1, "Nông": 2, "Hà": 1, "Lường": 1, "Triệu": 1, "Ma": 1, "Lục": 1,
}  # fmt: skip
MIDDLE_NAMES = {
    Member.Gender.MALE: ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công", "Ngọc", "Xuân"],
    Member.Gender.FEMALE: ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Hồng", "Thúy"],
}
GIVEN_NAMES = {
    Member.Gender.MALE: [
        "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khải", "Khánh",
        "Kiên", "Long", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng",
        "Thành", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh",
    ],
    Member.Gender.FEMALE: [
        "Anh", "Ánh", "Châu", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huệ",
        "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh",
        "Thảo", "Thu", "Thủy", "Trang", "Vân", "Yến",
    ],
}  # fmt: skip
# Most health workers are women.
WOMEN_SHARE = 0.68
# Occupations with their share of the members, in parts of a hundred.
OCCUPATIONS = {
    "Bác sĩ": 25, "Điều dưỡng": 35, "Hộ sinh": 5, "Kỹ thuật viên": 10, "Dược sĩ": 7, "Y sĩ": 5, "Kế toán": 4,
    "Nhân viên hành chính": 6, "Hộ lý": 3,
}  # fmt: skip
# The offices some members hold, by occupation, and the share of members of that occupation who hold one.
POSITIONS = {
    "Bác sĩ": ["Trưởng khoa", "Phó Trưởng khoa", "Phó Giám đốc"],
    "Điều dưỡng": ["Điều dưỡng trưởng khoa", "Điều dưỡng trưởng"],
    "Hộ sinh": ["Hộ sinh trưởng khoa"],
    "Kỹ thuật viên": ["Kỹ thuật viên trưởng"],
    "Dược sĩ": ["Trưởng khoa Dược"],
    "Kế toán": ["Kế toán trưởng"],
    "Nhân viên hành chính": ["Trưởng phòng", "Phó Trưởng phòng"],
}
POSITION_SHARE = 0.18
# Members are drawn from this list: 92 in 100 active, 5 retired, 3 who left.
STATUSES = [Member.Status.ACTIVE] * 92 + [Member.Status.RETIRED] * 5 + [Member.Status.LEFT] * 3

TRANSFER_COUNT = 12
TRANSFER_REASONS = ["Điều động công tác", "Chuyển nơi làm việc theo nguyện vọng", "Luân chuyển cán bộ"]

SUPPORT_COUNT = 340
# Each kind of care with how often it is given (in parts of a hundred) and the amounts it comes in.
SUPPORTS = {
    Support.Kind.SICK_VISIT: {"weight": 30, "amounts": [500_000, 1_000_000]},
    Support.Kind.HARDSHIP: {"weight": 30, "amounts": [1_000_000, 2_000_000, 3_000_000]},
    Support.Kind.TET_GIFT: {"weight": 36, "amounts": [500_000, 1_000_000]},
    Support.Kind.HOUSING: {"weight": 4, "amounts": [30_000_000, 50_000_000]},
}
