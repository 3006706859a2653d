"""What the demo_awards command records: decisions with their blocks of award lines, and open proposals.

The bodies, signers and numbering follow real provincial practice; the people are drawn at random
from the demo members.
"""

import datetime
from dataclasses import dataclass

from awards.models import Proposal, RecipientKind

D = datetime.date
Kind = RecipientKind
Status = Proposal.Status

LDG = "Lao động giỏi, lao động sáng tạo"
GVN = "Giỏi việc nước, đảm việc nhà"
DMPC = "Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh"
CDS = "Thi đua đẩy mạnh chuyển đổi số trong khám bệnh, chữa bệnh năm 2026"

SECTOR_UNION = "Công đoàn ngành Y tế"
FEDERATION = "Liên đoàn Lao động tỉnh"
CONFEDERATION = "Tổng Liên đoàn Lao động Việt Nam"
NATIONAL_HEALTH_UNION = "Công đoàn Y tế Việt Nam"
PEOPLES_COMMITTEE = "Ủy ban nhân dân tỉnh"
HEALTH_DEPARTMENT = "Sở Y tế"
# Who signs for each body: (name, title).
SIGNERS = {
    SECTOR_UNION: ("Hoàng Thị Thu Hà", "Chủ tịch"),
    FEDERATION: ("Nông Văn Thịnh", "Chủ tịch"),
    CONFEDERATION: ("Phan Văn Tuấn", "Phó Chủ tịch"),
    NATIONAL_HEALTH_UNION: ("Lê Thị Hồng Vân", "Phó Chủ tịch"),
    PEOPLES_COMMITTEE: ("Đỗ Minh Khang", "Phó Chủ tịch"),
    HEALTH_DEPARTMENT: ("Nguyễn Hữu Tiến", "Giám đốc"),
}
DEPUTY_OF_SECTOR_UNION = ("Vi Văn Lâm", "Phó Chủ tịch")
REVIEWER = "thidua"
REVIEWER_NAME = "Văn phòng thi đua"
# Who sends the proposals for each base union, by the union's position in the list (cycled).
UNION_SENDERS = [
    "Hoàng Thị Thu Trang", "Nguyễn Văn Dũng", "Lê Thị Hạnh", "Triệu Thị Mai", "Phạm Quang Huy",
    "Ma Thị Lan", "Đặng Văn Hải", "Nông Thị Hương", "Bùi Thị Thảo", "Trần Văn Kiên",
    "Lục Thị Yến", "Vũ Ngọc Anh", "Hà Thị Loan", "Dương Văn Toàn", "Lường Thị Nhung",
]  # fmt: skip
PUBLIC_SHARE = 0.95


@dataclass(frozen=True)
class Lines:
    """A block of a decision: one form of award to `count` recipients of one kind."""

    award: str
    kind: str
    count: int = 0
    texts: tuple = ()
    # "public": only public-service units (those under the Sở Y tế); "women": only women members.
    scope: str = ""
    # Outside people or units, named: (name, position, unit).
    named: tuple = ()


COVID_2021 = "Tích cực tham gia phòng, chống dịch COVID-19, hoàn thành xuất sắc nhiệm vụ năm 2021."
DECISIONS = [
    {
        "number": "112/QĐ-CĐN",
        "signed_on": D(2022, 1, 18),
        "authority": SECTOR_UNION,
        "period": (LDG, "Giai đoạn 2021–2025"),
        "subject": "V/v khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
        "“Lao động giỏi, lao động sáng tạo” năm 2021",
        "lines": [
            Lines("Giấy khen", Kind.BASE_UNION, 4, ("Hoàn thành xuất sắc nhiệm vụ công tác công đoàn năm 2021.",)),
            Lines(
                "Giấy khen",
                Kind.GROUP,
                4,
                ("Tổ công đoàn có nhiều đóng góp trong công tác phòng, chống dịch COVID-19 năm 2021.",),
            ),
            Lines(
                "Giấy khen",
                Kind.MEMBER,
                18,
                (
                    COVID_2021,
                    "Có thành tích xuất sắc trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2021.",
                ),
            ),
        ],
    },
    {
        "number": "2155/QĐ-UBND",
        "signed_on": D(2022, 12, 26),
        "authority": PEOPLES_COMMITTEE,
        "period": (LDG, "Giai đoạn 2021–2025"),
        "subject": "V/v tặng danh hiệu Tập thể lao động xuất sắc, Chiến sĩ thi đua cấp tỉnh năm 2022",
        "lines": [
            Lines(
                "Tập thể lao động xuất sắc",
                Kind.BASE_UNION,
                5,
                ("Hoàn thành xuất sắc nhiệm vụ năm 2022; là tập thể tiêu biểu của ngành Y tế tỉnh.",),
                scope="public",
            ),
            Lines(
                "Tập thể lao động xuất sắc",
                Kind.GROUP,
                3,
                ("Hoàn thành xuất sắc nhiệm vụ chuyên môn năm 2022, 100% cá nhân đạt Lao động tiên tiến.",),
                scope="public",
            ),
            Lines(
                "Chiến sĩ thi đua cấp tỉnh",
                Kind.MEMBER,
                6,
                (
                    "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2020–2022); có sáng kiến được "
                    "Hội đồng khoa học cấp tỉnh công nhận.",
                ),
                scope="public",
            ),
        ],
    },
    {
        "number": "286/QĐ-LĐLĐ",
        "signed_on": D(2023, 7, 24),
        "authority": FEDERATION,
        "period": (LDG, "Giai đoạn 2021–2025"),
        "subject": "V/v tặng Bằng khen nhân dịp kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam "
        "(28/7/1929 – 28/7/2023)",
        "lines": [
            Lines(
                "Bằng khen",
                Kind.BASE_UNION,
                3,
                ("Có thành tích xuất sắc trong xây dựng tổ chức công đoàn vững mạnh giai đoạn 2021–2023.",),
            ),
            Lines(
                "Bằng khen",
                Kind.MEMBER,
                8,
                (
                    "Có thành tích xuất sắc trong công tác công đoàn và phong trào công nhân, viên chức, "
                    "lao động năm 2022–2023.",
                ),
            ),
        ],
    },
    {
        "number": "95/QĐ-CĐYT",
        "signed_on": D(2024, 3, 22),
        "authority": NATIONAL_HEALTH_UNION,
        "period": (DMPC, "Giai đoạn 2021–2025"),
        "subject": "V/v tặng Bằng khen cho tập thể, cá nhân có thành tích xuất sắc trong thực hiện "
        "“Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh” năm 2023",
        "lines": [
            Lines(
                "Bằng khen",
                Kind.BASE_UNION,
                3,
                ("Tỷ lệ người bệnh hài lòng năm 2023 đạt trên 95%; triển khai hiệu quả đường dây nóng.",),
            ),
            Lines(
                "Bằng khen",
                Kind.GROUP,
                3,
                ("Khoa đạt tỷ lệ người bệnh hài lòng 98%, không có phản ánh về thái độ phục vụ năm 2023.",),
            ),
            Lines(
                "Bằng khen",
                Kind.MEMBER,
                8,
                (
                    "Gương mẫu thực hiện Quy tắc ứng xử; được người bệnh gửi thư cảm ơn nhiều lần trong năm 2023.",
                    "Có thành tích xuất sắc trong thực hiện đổi mới phong cách, thái độ phục vụ năm 2023.",
                ),
            ),
        ],
    },
    {
        "number": "1486/QĐ-TLĐ",
        "signed_on": D(2024, 10, 30),
        "authority": CONFEDERATION,
        "period": (LDG, "Giai đoạn 2021–2025"),
        "subject": "V/v tặng Bằng Lao động sáng tạo và Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn năm 2024",
        "lines": [
            Lines(
                "Bằng Lao động sáng tạo",
                Kind.MEMBER,
                6,
                (
                    "Tác giả sáng kiến cải tiến quy trình đón tiếp người bệnh, áp dụng hiệu quả, làm lợi trên "
                    "150 triệu đồng.",
                    "Tác giả giải pháp ứng dụng phần mềm nhắc lịch tái khám, được Hội đồng khoa học cấp tỉnh "
                    "công nhận.",
                    "Tác giả sáng kiến giảm thời gian chờ lấy mẫu xét nghiệm, làm lợi trên 80 triệu đồng.",
                ),
                scope="public",
            ),
            Lines(
                "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn",
                Kind.MEMBER,
                6,
                ("Có nhiều năm tham gia công tác công đoàn, đóng góp vào sự nghiệp xây dựng tổ chức Công đoàn.",),
            ),
        ],
    },
    {
        "number": "1912/QĐ-SYT",
        "signed_on": D(2024, 12, 20),
        "authority": HEALTH_DEPARTMENT,
        "period": (DMPC, "Giai đoạn 2021–2025"),
        "subject": "V/v tặng Giấy khen cho tập thể, cá nhân thực hiện tốt đổi mới phong cách, thái độ phục vụ năm 2024",
        "lines": [
            Lines(
                "Giấy khen",
                Kind.GROUP,
                8,
                ("Thực hiện tốt cải tiến quy trình khám bệnh, rút ngắn thời gian chờ của người bệnh năm 2024.",),
                scope="public",
            ),
            Lines(
                "Giấy khen",
                Kind.MEMBER,
                20,
                (
                    "Thực hiện tốt Quy tắc ứng xử, tận tình chăm sóc người bệnh năm 2024.",
                    "Có thành tích trong thực hiện đổi mới phong cách, thái độ phục vụ năm 2024.",
                ),
                scope="public",
            ),
        ],
    },
    {
        "number": "12/QĐ-SYT",
        "signed_on": D(2026, 1, 8),
        "authority": HEALTH_DEPARTMENT,
        "period": (LDG, "Năm 2025"),
        "subject": "V/v công nhận danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến "
        "năm 2025",
        "lines": [
            Lines(
                "Chiến sĩ thi đua cơ sở",
                Kind.MEMBER,
                30,
                (
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến được Hội đồng cấp cơ sở công nhận.",
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025; có đề tài nghiên cứu khoa học cấp cơ sở được nghiệm thu.",
                ),
                scope="public",
            ),
            Lines("Lao động tiên tiến", Kind.MEMBER, 140, ("Hoàn thành tốt nhiệm vụ năm 2025.",), scope="public"),
            Lines(
                "Tập thể lao động tiên tiến",
                Kind.GROUP,
                14,
                ("Hoàn thành tốt nhiệm vụ năm 2025; trên 70% cá nhân đạt danh hiệu Lao động tiên tiến.",),
                scope="public",
            ),
        ],
    },
    {
        "number": "45/QĐ-CĐN",
        "signed_on": D(2026, 1, 16),
        "authority": SECTOR_UNION,
        "period": (LDG, "Năm 2025"),
        "subject": "V/v khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua và hoạt động "
        "công đoàn năm 2025",
        "proposals": 5,
        "lines": [
            Lines(
                "Giấy khen",
                Kind.BASE_UNION,
                5,
                ("Hoàn thành xuất sắc nhiệm vụ công tác công đoàn năm 2025, đạt công đoàn cơ sở vững mạnh.",),
            ),
            Lines(
                "Giấy khen",
                Kind.GROUP,
                6,
                ("Tổ công đoàn tiêu biểu trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2025.",),
            ),
            Lines(
                "Giấy khen",
                Kind.MEMBER,
                25,
                (
                    "Có thành tích xuất sắc trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2025.",
                    "Tích cực tham gia các hoạt động văn hóa, thể thao do Công đoàn ngành tổ chức năm 2025.",
                ),
            ),
            Lines(
                "Giấy khen",
                Kind.PERSON,
                texts=("Có nhiều đóng góp trong công tác tuyên truyền hoạt động của Công đoàn ngành Y tế năm 2025.",),
                named=(
                    ("Đinh Quang Vinh", "Phóng viên", "Báo và Phát thanh, Truyền hình tỉnh"),
                    ("Lê Văn Hưng", "Giảng viên", "Trường Đại học Y dược"),
                ),
            ),
            Lines(
                "Giấy khen",
                Kind.UNIT,
                texts=("Đã phối hợp, hỗ trợ Công đoàn ngành Y tế xây dựng “Mái ấm Công đoàn” năm 2025.",),
                named=(
                    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "", ""),
                    ("Hội Chữ thập đỏ tỉnh", "", ""),
                ),
            ),
        ],
    },
    {
        "number": "168/QĐ-UBND",
        "signed_on": D(2026, 1, 27),
        "authority": PEOPLES_COMMITTEE,
        "period": (LDG, "Năm 2025"),
        "subject": "V/v tặng Cờ thi đua, danh hiệu Tập thể lao động xuất sắc và Chiến sĩ thi đua cấp tỉnh năm 2025",
        "lines": [
            Lines(
                "Cờ thi đua",
                Kind.BASE_UNION,
                2,
                ("Dẫn đầu phong trào thi đua khối các đơn vị sự nghiệp y tế năm 2025.",),
                scope="public",
            ),
            Lines(
                "Tập thể lao động xuất sắc",
                Kind.BASE_UNION,
                4,
                ("Hoàn thành xuất sắc nhiệm vụ năm 2025; là tập thể tiêu biểu của ngành Y tế tỉnh.",),
                scope="public",
            ),
            Lines(
                "Tập thể lao động xuất sắc",
                Kind.GROUP,
                3,
                ("Hoàn thành xuất sắc nhiệm vụ chuyên môn năm 2025, 100% cá nhân đạt Lao động tiên tiến.",),
                scope="public",
            ),
            Lines(
                "Chiến sĩ thi đua cấp tỉnh",
                Kind.MEMBER,
                5,
                (
                    "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2023–2025); có sáng kiến được "
                    "Hội đồng khoa học cấp tỉnh công nhận.",
                ),
                scope="public",
            ),
        ],
    },
    {
        "number": "36/QĐ-LĐLĐ",
        "signed_on": D(2026, 2, 10),
        "authority": FEDERATION,
        "period": (LDG, "Giai đoạn 2021–2025"),
        "subject": "V/v tặng Bằng khen cho tập thể, cá nhân tiêu biểu trong phong trào thi đua "
        "“Lao động giỏi, lao động sáng tạo” giai đoạn 2021–2025",
        "lines": [
            Lines(
                "Bằng khen",
                Kind.BASE_UNION,
                3,
                ("Tập thể tiêu biểu trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” giai đoạn 2021–2025.",),
            ),
            Lines(
                "Bằng khen",
                Kind.GROUP,
                2,
                ("Có nhiều sáng kiến, cải tiến kỹ thuật được áp dụng trong giai đoạn 2021–2025.",),
            ),
            Lines(
                "Bằng khen",
                Kind.MEMBER,
                10,
                (
                    "Điển hình tiên tiến trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” giai đoạn "
                    "2021–2025.",
                ),
            ),
        ],
    },
    {
        "number": "58/QĐ-CĐN",
        "signed_on": D(2026, 3, 4),
        "authority": SECTOR_UNION,
        "period": (GVN, "Năm 2025"),
        "subject": "V/v khen thưởng nữ đoàn viên đạt danh hiệu “Giỏi việc nước, đảm việc nhà” năm 2025, nhân kỷ "
        "niệm Ngày Quốc tế Phụ nữ 8/3",
        "lines": [
            Lines(
                "Giấy khen",
                Kind.MEMBER,
                30,
                (
                    "Hoàn thành tốt nhiệm vụ chuyên môn; xây dựng gia đình no ấm, tiến bộ, hạnh phúc năm 2025.",
                    "Đạt danh hiệu “Giỏi việc nước, đảm việc nhà” năm 2025; tích cực tham gia hoạt động nữ công.",
                ),
                scope="women",
            ),
        ],
    },
    {
        "number": "128/QĐ-CĐN",
        "signed_on": D(2026, 5, 20),
        "authority": SECTOR_UNION,
        "signer": DEPUTY_OF_SECTOR_UNION,
        "period": (CDS, "Đợt 1 năm 2026"),
        "subject": "V/v khen thưởng sơ kết Đợt 1 phong trào thi đua đẩy mạnh chuyển đổi số trong khám bệnh, "
        "chữa bệnh năm 2026",
        "proposals": 4,
        "lines": [
            Lines(
                "Giấy khen",
                Kind.BASE_UNION,
                3,
                ("Triển khai bệnh án điện tử đúng lộ trình; trên 80% người bệnh thanh toán không dùng tiền mặt.",),
                scope="public",
            ),
            Lines(
                "Giấy khen",
                Kind.GROUP,
                4,
                ("Tổ công đoàn đi đầu trong triển khai bệnh án điện tử tại khoa, phòng.",),
            ),
            Lines(
                "Giấy khen",
                Kind.MEMBER,
                12,
                (
                    "Có thành tích xuất sắc trong triển khai bệnh án điện tử Đợt 1 năm 2026.",
                    "Tích cực hướng dẫn người bệnh cài đặt, sử dụng sổ sức khỏe điện tử.",
                ),
            ),
        ],
    },
    {
        "number": "176/QĐ-CĐN",
        "signed_on": D(2026, 8, 12),
        "authority": SECTOR_UNION,
        "period": (LDG, "Đợt 2 năm 2026"),
        "subject": "V/v khen thưởng sơ kết Đợt 2 phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2026",
        "proposals": 5,
        "lines": [
            Lines(
                "Giấy khen",
                Kind.GROUP,
                3,
                ("Hoàn thành xuất sắc chỉ tiêu thi đua Đợt 2 năm 2026.",),
            ),
            Lines(
                "Giấy khen",
                Kind.MEMBER,
                15,
                (
                    "Có thành tích xuất sắc trong phong trào thi đua Đợt 2 năm 2026.",
                    "Có sáng kiến được Hội đồng cấp cơ sở công nhận trong Đợt 2 năm 2026.",
                ),
            ),
        ],
    },
]

# The open proposals: their state, how many, the period they are for, and when their union sent them.
OPEN_PROPOSALS = [
    (Status.DRAFT, 10, (LDG, "Đợt 3 năm 2026"), D(2026, 11, 20)),
    (Status.SUBMITTED, 12, (LDG, "Đợt 3 năm 2026"), D(2026, 11, 16)),
    (Status.RETURNED, 8, (CDS, "Đợt 3 năm 2026"), D(2026, 11, 5)),
    (Status.ACCEPTED, 10, (DMPC, "Năm 2026"), D(2026, 11, 2)),
    (Status.REJECTED, 6, (LDG, "Đợt 2 năm 2026"), D(2026, 7, 20)),
]
PROPOSAL_TEXTS = {
    Kind.MEMBER: [
        "Hoàn thành xuất sắc nhiệm vụ chuyên môn; tích cực tham gia phong trào thi đua của đơn vị.",
        "Có sáng kiến cải tiến quy trình chăm sóc người bệnh được Hội đồng cấp cơ sở công nhận.",
        "Tỷ lệ người bệnh hài lòng tại khoa đạt 96%; không có phản ánh về thái độ phục vụ.",
        "Tích cực tham gia hiến máu tình nguyện và các hoạt động từ thiện do công đoàn tổ chức.",
    ],
    Kind.GROUP: [
        "Tổ công đoàn có 100% đoàn viên hoàn thành tốt nhiệm vụ, có 2 sáng kiến được công nhận.",
        "Khoa triển khai thành công kỹ thuật mới, rút ngắn thời gian nằm viện trung bình.",
    ],
    Kind.BASE_UNION: [
        "Công đoàn cơ sở vững mạnh; tổ chức tốt phong trào thi đua và chăm lo đời sống đoàn viên.",
    ],
}
RETURN_REASONS = [
    "Thiếu biên bản họp bình xét của công đoàn cơ sở; đề nghị bổ sung.",
    "Thành tích chưa nêu rõ sáng kiến được công nhận; đề nghị bổ sung quyết định công nhận sáng kiến.",
    "Đề nghị ghi rõ số liệu cụ thể (số lượt khám, tỷ lệ người bệnh hài lòng) trong báo cáo thành tích.",
]
REJECT_REASONS = [
    "Không đủ điều kiện: trong năm có một lần bị nhắc nhở về thái độ giao tiếp với người bệnh.",
    "Vượt số lượng khen thưởng phân bổ cho công đoàn cơ sở trong đợt.",
    "Cá nhân đã được đề nghị khen thưởng cùng thành tích ở cấp trên.",
]
