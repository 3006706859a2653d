"""The demo's emulation campaigns with their periods and criteria, the pledges of registrations and
the topics of initiatives.
"""

import datetime

from emulation.models import Campaign, Initiative, Period, Registration

# The campaigns' names, as the awards, documents and articles of the demo refer to them.
SKILLED_WORK = "Lao động giỏi, lao động sáng tạo"
HOME_AND_WORK = "Giỏi việc nước, đảm việc nhà"
PATIENT_SATISFACTION = "Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh"
DIGITAL_HEALTH = "Thi đua đẩy mạnh chuyển đổi số trong khám bệnh, chữa bệnh năm 2026"

PROVINCE_BODY = "Ban Chấp hành Công đoàn ngành Y tế tỉnh"

ROUNDS_2026 = [
    {
        "name": "Đợt 1 năm 2026",
        "kind": Period.Kind.ROUND,
        "starts_on": datetime.date(2026, 1, 1),
        "ends_on": datetime.date(2026, 4, 30),
        # The unions' registrations and proposals are taken until then; later ones only by the office.
        "deadline": datetime.date(2026, 5, 10),
    },
    {
        "name": "Đợt 2 năm 2026",
        "kind": Period.Kind.ROUND,
        "starts_on": datetime.date(2026, 5, 1),
        "ends_on": datetime.date(2026, 7, 31),
        "deadline": datetime.date(2026, 8, 10),
    },
    {
        "name": "Đợt 3 năm 2026",
        "kind": Period.Kind.ROUND,
        "starts_on": datetime.date(2026, 8, 1),
        "ends_on": datetime.date(2026, 12, 31),
    },
]
YEAR_2023 = {
    "name": "Năm 2023",
    "kind": Period.Kind.YEAR,
    "starts_on": datetime.date(2023, 1, 1),
    "ends_on": datetime.date(2023, 12, 31),
}
YEAR_2024 = {
    "name": "Năm 2024",
    "kind": Period.Kind.YEAR,
    "starts_on": datetime.date(2024, 1, 1),
    "ends_on": datetime.date(2024, 12, 31),
}
YEAR_2025 = {
    "name": "Năm 2025",
    "kind": Period.Kind.YEAR,
    "starts_on": datetime.date(2025, 1, 1),
    "ends_on": datetime.date(2025, 12, 31),
}
YEAR_2026 = {
    "name": "Năm 2026",
    "kind": Period.Kind.YEAR,
    "starts_on": datetime.date(2026, 1, 1),
    "ends_on": datetime.date(2026, 12, 31),
}
PHASE_2021_2025 = {
    "name": "Giai đoạn 2021–2025",
    "kind": Period.Kind.PHASE,
    "starts_on": datetime.date(2021, 1, 1),
    "ends_on": datetime.date(2025, 12, 31),
}

CAMPAIGNS = [
    {
        "name": SKILLED_WORK,
        "slogan": "Mỗi cán bộ y tế một sáng kiến, mỗi khoa phòng một cải tiến",
        "kind": Campaign.Kind.REGULAR,
        "launched_by": PROVINCE_BODY,
        "launched_on": datetime.date(2021, 3, 2),
        "starts_on": datetime.date(2021, 1, 1),
        "ends_on": datetime.date(2030, 12, 31),
        "description": (
            "<p>Phong trào nhằm khơi dậy tinh thần lao động sáng tạo của đoàn viên, người lao động "
            "trong toàn ngành, gắn với nâng cao chất lượng khám bệnh, chữa bệnh và chăm sóc sức khỏe "
            "Nhân dân.</p><p>Các công đoàn cơ sở đăng ký thi đua theo từng đợt, sơ kết cuối mỗi đợt "
            "và tổng kết vào cuối năm.</p>"
        ),
        "periods": [PHASE_2021_2025, YEAR_2023, YEAR_2024, YEAR_2025, *ROUNDS_2026],
        "criteria": [
            "Hoàn thành xuất sắc nhiệm vụ chuyên môn được giao; không có sai sót chuyên môn gây hậu quả.",
            "Có ít nhất một sáng kiến, cải tiến kỹ thuật hoặc giải pháp công tác được Hội đồng cấp cơ sở công nhận.",
            "Tích cực học tập nâng cao trình độ chuyên môn, nghiệp vụ, kỹ năng số.",
            "Chấp hành nghiêm nội quy, quy chế của đơn vị; thực hành tiết kiệm, chống lãng phí.",
        ],
    },
    {
        "name": HOME_AND_WORK,
        "slogan": "Nữ cán bộ y tế giỏi chuyên môn, vững gia đình",
        "kind": Campaign.Kind.REGULAR,
        "launched_by": "Ban Nữ công Công đoàn ngành Y tế tỉnh",
        "launched_on": datetime.date(2021, 3, 8),
        "starts_on": datetime.date(2021, 1, 1),
        "ends_on": datetime.date(2030, 12, 31),
        "description": (
            "<p>Phong trào dành cho nữ đoàn viên, người lao động trong ngành, gắn với cuộc vận động "
            "xây dựng gia đình no ấm, tiến bộ, hạnh phúc.</p>"
        ),
        "periods": [YEAR_2025, YEAR_2026],
        "criteria": [
            "Hoàn thành tốt nhiệm vụ chuyên môn; tích cực tham gia các hoạt động của tổ chức công đoàn.",
            "Xây dựng gia đình văn hóa, thực hiện tốt chính sách dân số, chăm sóc và nuôi dạy con tốt.",
            "Tích cực tham gia các hoạt động xã hội, từ thiện tại địa phương.",
        ],
    },
    {
        "name": PATIENT_SATISFACTION,
        "slogan": "Người bệnh đến đón tiếp niềm nở, người bệnh ở chăm sóc tận tình, người bệnh về dặn dò chu đáo",
        "kind": Campaign.Kind.REGULAR,
        "launched_by": "Bộ Y tế; Công đoàn Y tế Việt Nam",
        "launched_on": datetime.date(2015, 6, 1),
        "starts_on": datetime.date(2015, 6, 1),
        "ends_on": datetime.date(2030, 12, 31),
        "description": (
            "<p>Thực hiện Kế hoạch của Bộ Y tế về đổi mới phong cách, thái độ phục vụ, các đơn vị triển "
            "khai đường dây nóng, hòm thư góp ý, khảo sát sự hài lòng của người bệnh định kỳ.</p>"
        ),
        "periods": [PHASE_2021_2025, YEAR_2026],
        "criteria": [
            "Thực hiện tốt Quy tắc ứng xử của công chức, viên chức, người lao động tại cơ sở y tế.",
            "Tỷ lệ người bệnh hài lòng qua khảo sát đạt từ 90% trở lên.",
            "Không có phản ánh về thái độ phục vụ được xác minh là đúng.",
            "Cải tiến quy trình khám bệnh, rút ngắn thời gian chờ của người bệnh.",
        ],
    },
    {
        "name": DIGITAL_HEALTH,
        "slogan": "Chuyển đổi số vì người bệnh",
        "kind": Campaign.Kind.THEMATIC,
        "launched_by": PROVINCE_BODY,
        "launched_on": datetime.date(2026, 1, 15),
        "starts_on": datetime.date(2026, 1, 1),
        "ends_on": datetime.date(2026, 12, 31),
        "description": (
            "<p>Phong trào chuyên đề hưởng ứng triển khai bệnh án điện tử, thanh toán không dùng tiền "
            "mặt và sổ sức khỏe điện tử tại các cơ sở khám bệnh, chữa bệnh.</p>"
        ),
        "periods": ROUNDS_2026,
        "criteria": [
            "Triển khai bệnh án điện tử theo đúng lộ trình của Sở Y tế.",
            "Trên 80% người bệnh ngoại trú thanh toán viện phí không dùng tiền mặt.",
            "100% đoàn viên được tập huấn kỹ năng số cơ bản.",
        ],
    },
]

# Every active base union registers for these periods: (campaign, period).
REGISTRATION_PERIODS = [
    (SKILLED_WORK, "Năm 2025"),
    (SKILLED_WORK, "Đợt 1 năm 2026"),
    (HOME_AND_WORK, "Năm 2026"),
]
PLEDGES = [
    "100% đoàn viên đăng ký thi đua; phấn đấu 85% đạt danh hiệu Lao động tiên tiến.",
    "Có ít nhất 5 sáng kiến, cải tiến kỹ thuật được Hội đồng cấp cơ sở công nhận.",
    "Công đoàn cơ sở đạt danh hiệu Vững mạnh, xuất sắc.",
    "Tỷ lệ người bệnh hài lòng đạt từ 90% trở lên.",
    "Không có đoàn viên vi phạm Quy tắc ứng xử.",
]
# How a registration stands in a period still running, in parts of fifteen; in a closed period all are approved.
REGISTRATION_STATUS_WEIGHTS = {
    Registration.Status.DRAFT: 2,
    Registration.Status.SUBMITTED: 4,
    Registration.Status.RETURNED: 1,
    Registration.Status.APPROVED: 8,
}
RETURN_REASON = "Đề nghị bổ sung chỉ tiêu về sáng kiến, cải tiến kỹ thuật."

# The initiatives belong to this campaign's years and rounds.
INITIATIVES_CAMPAIGN = SKILLED_WORK
INITIATIVE_COUNT = 100
# Titles begin with a topic and end with the unit's name; each topic has its field.
INITIATIVE_TOPICS = {
    Initiative.Kind.INITIATIVE: [
        {"topic": "Cải tiến quy trình đón tiếp người bệnh tại", "field": "Quản lý bệnh viện"},
        {"topic": "Ứng dụng phần mềm nhắc lịch tái khám qua tin nhắn tại", "field": "Công nghệ thông tin"},
        {"topic": "Giải pháp giảm thời gian chờ lấy mẫu xét nghiệm tại", "field": "Xét nghiệm"},
        {"topic": "Cải tiến xe tiêm an toàn trong chăm sóc người bệnh tại", "field": "Điều dưỡng"},
        {"topic": "Sáng kiến tái sử dụng vật tư tiêu hao hợp lý tại", "field": "Dược – Vật tư"},
        {"topic": "Cải tiến bảng theo dõi chăm sóc người bệnh nặng tại", "field": "Điều dưỡng"},
        {"topic": "Giải pháp tiết kiệm điện năng trong vận hành thiết bị tại", "field": "Hành chính quản trị"},
    ],
    Initiative.Kind.RESEARCH: [
        {"topic": "Đánh giá sự hài lòng của người bệnh nội trú tại", "field": "Quản lý bệnh viện"},
        {"topic": "Thực trạng kiến thức phòng chống nhiễm khuẩn của điều dưỡng tại", "field": "Kiểm soát nhiễm khuẩn"},
        {"topic": "Kết quả điều trị tăng huyết áp ngoại trú tại", "field": "Nội khoa"},
    ],
    Initiative.Kind.WORK: [
        {"topic": "Mô hình vườn thuốc nam mẫu tại", "field": "Y học cổ truyền"},
        {"topic": "Bộ dụng cụ tập phục hồi chức năng tự làm tại", "field": "Phục hồi chức năng"},
    ],
}
# How often each kind and level comes up, in parts of a hundred.
KIND_WEIGHTS = {Initiative.Kind.INITIATIVE: 70, Initiative.Kind.RESEARCH: 20, Initiative.Kind.WORK: 10}
LEVEL_WEIGHTS = {
    Initiative.Level.BASE: 60,
    Initiative.Level.SECTOR: 25,
    Initiative.Level.PROVINCE: 12,
    Initiative.Level.NATIONAL: 3,
}
# Who recognises an initiative at each level.
LEVEL_ISSUERS = {
    Initiative.Level.BASE: "Giám đốc đơn vị",
    Initiative.Level.SECTOR: "Công đoàn ngành Y tế tỉnh",
    Initiative.Level.PROVINCE: "UBND tỉnh",
    Initiative.Level.NATIONAL: "Tổng Liên đoàn Lao động Việt Nam",
}
EXTERNAL_CO_AUTHORS = ["TS. Lê Văn Hưng (Trường Đại học Y dược)", "ThS. Phạm Thu Trang (Sở Y tế)"]
