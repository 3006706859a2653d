"""The demo's decisions on commendations with their blocks of award lines, and the open proposals.

The bodies, signers and numbering follow real provincial practice; the people are drawn at random
from the demo members.
"""

import datetime
from dataclasses import dataclass

from awards.models import Proposal, RecipientKind
from demo.data.emulation import DIGITAL_HEALTH, HOME_AND_WORK, PATIENT_SATISFACTION, SKILLED_WORK

# The issuing bodies, as migration awards.0002 names them.
SECTOR_UNION = "Công đoàn ngành Y tế"
FEDERATION = "Liên đoàn Lao động tỉnh"
CONFEDERATION = "Tổng Liên đoàn Lao động Việt Nam"
NATIONAL_HEALTH_UNION = "Công đoàn Y tế Việt Nam"
PEOPLES_COMMITTEE = "Ủy ban nhân dân tỉnh"
HEALTH_DEPARTMENT = "Sở Y tế"
# Who signs for each body, unless a decision names its own signer.
SIGNERS = {
    SECTOR_UNION: {"name": "Hoàng Thị Thu Hà", "title": "Chủ tịch"},
    FEDERATION: {"name": "Nông Văn Thịnh", "title": "Chủ tịch"},
    CONFEDERATION: {"name": "Phan Văn Tuấn", "title": "Phó Chủ tịch"},
    NATIONAL_HEALTH_UNION: {"name": "Lê Thị Hồng Vân", "title": "Phó Chủ tịch"},
    PEOPLES_COMMITTEE: {"name": "Đỗ Minh Khang", "title": "Phó Chủ tịch"},
    HEALTH_DEPARTMENT: {"name": "Nguyễn Hữu Tiến", "title": "Giám đốc"},
}
DEPUTY_OF_SECTOR_UNION = {"name": "Vi Văn Lâm", "title": "Phó Chủ tịch"}
# Who sends the proposals for each base union, by the union's position in the list (cycled).
UNION_SENDERS = [
    "Hoàng Thị Thu Trang", "Nguyễn Văn Dũng", "Lê Thị Hạnh", "Triệu Thị Mai", "Phạm Quang Huy",
    "Ma Thị Lan", "Đặng Văn Hải", "Nông Thị Hương", "Bùi Thị Thảo", "Trần Văn Kiên",
    "Lục Thị Yến", "Vũ Ngọc Anh", "Hà Thị Loan", "Dương Văn Toàn", "Lường Thị Nhung",
]  # fmt: skip
# The share of award lines shown on the public honour roll.
PUBLIC_SHARE = 0.95


@dataclass(frozen=True)
class AwardLines:
    """A block of a decision: one form of award to `count` recipients of one kind, each for one of the
    `achievements` (drawn at random)."""

    award: str
    recipient_kind: str
    count: int = 0
    achievements: tuple = ()
    # "public": only public-service units (those under the Sở Y tế); "women": only women members.
    scope: str = ""
    # Outside people or units, named instead of drawn: dicts of `recipient_name`, `position`, `recipient_unit`.
    named: tuple = ()


COVID_2021 = "Tích cực tham gia phòng, chống dịch COVID-19, hoàn thành xuất sắc nhiệm vụ năm 2021."
# Each decision: its number, signing day, issuing body (and signer, when not the body's usual one),
# the campaign period it closes, its subject and its blocks of award lines; `proposals`: how many
# members' proposals the office accepted are put in it, as staff do.
DECISIONS = [
    {
        "number": "112/QĐ-CĐN",
        "signed_on": datetime.date(2022, 1, 18),
        "authority": SECTOR_UNION,
        "campaign": SKILLED_WORK,
        "period": "Giai đoạn 2021–2025",
        "subject": "V/v khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
        "“Lao động giỏi, lao động sáng tạo” năm 2021",
        "lines": [
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.BASE_UNION,
                count=4,
                achievements=("Hoàn thành xuất sắc nhiệm vụ công tác công đoàn năm 2021.",),
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.GROUP,
                count=4,
                achievements=("Tổ công đoàn có nhiều đóng góp trong công tác phòng, chống dịch COVID-19 năm 2021.",),
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.MEMBER,
                count=18,
                achievements=(
                    COVID_2021,
                    "Có thành tích xuất sắc trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2021.",
                ),
            ),
        ],
    },
    {
        "number": "2155/QĐ-UBND",
        "signed_on": datetime.date(2022, 12, 26),
        "authority": PEOPLES_COMMITTEE,
        "campaign": SKILLED_WORK,
        "period": "Giai đoạn 2021–2025",
        "subject": "V/v tặng danh hiệu Tập thể lao động xuất sắc, Chiến sĩ thi đua cấp tỉnh năm 2022",
        "lines": [
            AwardLines(
                award="Tập thể lao động xuất sắc",
                recipient_kind=RecipientKind.BASE_UNION,
                count=5,
                achievements=("Hoàn thành xuất sắc nhiệm vụ năm 2022; là tập thể tiêu biểu của ngành Y tế tỉnh.",),
                scope="public",
            ),
            AwardLines(
                award="Tập thể lao động xuất sắc",
                recipient_kind=RecipientKind.GROUP,
                count=3,
                achievements=(
                    "Hoàn thành xuất sắc nhiệm vụ chuyên môn năm 2022, 100% cá nhân đạt Lao động tiên tiến.",
                ),
                scope="public",
            ),
            AwardLines(
                award="Chiến sĩ thi đua cấp tỉnh",
                recipient_kind=RecipientKind.MEMBER,
                count=6,
                achievements=(
                    "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2020–2022); có sáng kiến được "
                    "Hội đồng khoa học cấp tỉnh công nhận.",
                ),
                scope="public",
            ),
        ],
    },
    {
        "number": "286/QĐ-LĐLĐ",
        "signed_on": datetime.date(2023, 7, 24),
        "authority": FEDERATION,
        "campaign": SKILLED_WORK,
        "period": "Giai đoạn 2021–2025",
        "subject": "V/v tặng Bằng khen nhân dịp kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam "
        "(28/7/1929 – 28/7/2023)",
        "lines": [
            AwardLines(
                award="Bằng khen",
                recipient_kind=RecipientKind.BASE_UNION,
                count=3,
                achievements=(
                    "Có thành tích xuất sắc trong xây dựng tổ chức công đoàn vững mạnh giai đoạn 2021–2023.",
                ),
            ),
            AwardLines(
                award="Bằng khen",
                recipient_kind=RecipientKind.MEMBER,
                count=8,
                achievements=(
                    "Có thành tích xuất sắc trong công tác công đoàn và phong trào công nhân, viên chức, "
                    "lao động năm 2022–2023.",
                ),
            ),
        ],
    },
    {
        "number": "95/QĐ-CĐYT",
        "signed_on": datetime.date(2024, 3, 22),
        "authority": NATIONAL_HEALTH_UNION,
        "campaign": PATIENT_SATISFACTION,
        "period": "Giai đoạn 2021–2025",
        "subject": "V/v tặng Bằng khen cho tập thể, cá nhân có thành tích xuất sắc trong thực hiện "
        "“Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh” năm 2023",
        "lines": [
            AwardLines(
                award="Bằng khen",
                recipient_kind=RecipientKind.BASE_UNION,
                count=3,
                achievements=("Tỷ lệ người bệnh hài lòng năm 2023 đạt trên 95%; triển khai hiệu quả đường dây nóng.",),
            ),
            AwardLines(
                award="Bằng khen",
                recipient_kind=RecipientKind.GROUP,
                count=3,
                achievements=(
                    "Khoa đạt tỷ lệ người bệnh hài lòng 98%, không có phản ánh về thái độ phục vụ năm 2023.",
                ),
            ),
            AwardLines(
                award="Bằng khen",
                recipient_kind=RecipientKind.MEMBER,
                count=8,
                achievements=(
                    "Gương mẫu thực hiện Quy tắc ứng xử; được người bệnh gửi thư cảm ơn nhiều lần trong năm 2023.",
                    "Có thành tích xuất sắc trong thực hiện đổi mới phong cách, thái độ phục vụ năm 2023.",
                ),
            ),
        ],
    },
    {
        "number": "1486/QĐ-TLĐ",
        "signed_on": datetime.date(2024, 10, 30),
        "authority": CONFEDERATION,
        "campaign": SKILLED_WORK,
        "period": "Giai đoạn 2021–2025",
        "subject": "V/v tặng Bằng Lao động sáng tạo và Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn năm 2024",
        "lines": [
            AwardLines(
                award="Bằng Lao động sáng tạo",
                recipient_kind=RecipientKind.MEMBER,
                count=6,
                achievements=(
                    "Tác giả sáng kiến cải tiến quy trình đón tiếp người bệnh, áp dụng hiệu quả, làm lợi trên "
                    "150 triệu đồng.",
                    "Tác giả giải pháp ứng dụng phần mềm nhắc lịch tái khám, được Hội đồng khoa học cấp tỉnh "
                    "công nhận.",
                    "Tác giả sáng kiến giảm thời gian chờ lấy mẫu xét nghiệm, làm lợi trên 80 triệu đồng.",
                ),
                scope="public",
            ),
            AwardLines(
                award="Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn",
                recipient_kind=RecipientKind.MEMBER,
                count=6,
                achievements=(
                    "Có nhiều năm tham gia công tác công đoàn, đóng góp vào sự nghiệp xây dựng tổ chức Công đoàn.",
                ),
            ),
        ],
    },
    {
        "number": "1912/QĐ-SYT",
        "signed_on": datetime.date(2024, 12, 20),
        "authority": HEALTH_DEPARTMENT,
        "campaign": PATIENT_SATISFACTION,
        "period": "Giai đoạn 2021–2025",
        "subject": "V/v tặng Giấy khen cho tập thể, cá nhân thực hiện tốt đổi mới phong cách, thái độ phục vụ năm 2024",
        "lines": [
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.GROUP,
                count=8,
                achievements=(
                    "Thực hiện tốt cải tiến quy trình khám bệnh, rút ngắn thời gian chờ của người bệnh năm 2024.",
                ),
                scope="public",
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.MEMBER,
                count=20,
                achievements=(
                    "Thực hiện tốt Quy tắc ứng xử, tận tình chăm sóc người bệnh năm 2024.",
                    "Có thành tích trong thực hiện đổi mới phong cách, thái độ phục vụ năm 2024.",
                ),
                scope="public",
            ),
        ],
    },
    {
        "number": "08/QĐ-SYT",
        "signed_on": datetime.date(2024, 1, 10),
        "authority": HEALTH_DEPARTMENT,
        "campaign": SKILLED_WORK,
        "period": "Năm 2023",
        "subject": "V/v công nhận danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở năm 2023",
        "lines": [
            AwardLines(
                award="Chiến sĩ thi đua cơ sở",
                recipient_kind=RecipientKind.MEMBER,
                count=8,
                achievements=(
                    "Hoàn thành xuất sắc nhiệm vụ năm 2023; có sáng kiến được Hội đồng cấp cơ sở công nhận.",
                ),
                scope="public",
            ),
            AwardLines(
                award="Lao động tiên tiến",
                recipient_kind=RecipientKind.MEMBER,
                count=25,
                achievements=("Hoàn thành tốt nhiệm vụ năm 2023.",),
                scope="public",
            ),
        ],
    },
    {
        "number": "15/QĐ-SYT",
        "signed_on": datetime.date(2025, 1, 9),
        "authority": HEALTH_DEPARTMENT,
        "campaign": SKILLED_WORK,
        "period": "Năm 2024",
        "subject": "V/v công nhận danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở năm 2024",
        "lines": [
            AwardLines(
                award="Chiến sĩ thi đua cơ sở",
                recipient_kind=RecipientKind.MEMBER,
                count=8,
                achievements=(
                    "Hoàn thành xuất sắc nhiệm vụ năm 2024; có sáng kiến được Hội đồng cấp cơ sở công nhận.",
                ),
                scope="public",
            ),
            AwardLines(
                award="Lao động tiên tiến",
                recipient_kind=RecipientKind.MEMBER,
                count=25,
                achievements=("Hoàn thành tốt nhiệm vụ năm 2024.",),
                scope="public",
            ),
        ],
    },
    {
        "number": "12/QĐ-SYT",
        "signed_on": datetime.date(2026, 1, 8),
        "authority": HEALTH_DEPARTMENT,
        "campaign": SKILLED_WORK,
        "period": "Năm 2025",
        "subject": "V/v công nhận danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến "
        "năm 2025",
        "lines": [
            AwardLines(
                award="Chiến sĩ thi đua cơ sở",
                recipient_kind=RecipientKind.MEMBER,
                count=30,
                achievements=(
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến được Hội đồng cấp cơ sở công nhận.",
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025; có đề tài nghiên cứu khoa học cấp cơ sở được nghiệm thu.",
                ),
                scope="public",
            ),
            AwardLines(
                award="Lao động tiên tiến",
                recipient_kind=RecipientKind.MEMBER,
                count=140,
                achievements=("Hoàn thành tốt nhiệm vụ năm 2025.",),
                scope="public",
            ),
            AwardLines(
                award="Tập thể lao động tiên tiến",
                recipient_kind=RecipientKind.GROUP,
                count=14,
                achievements=("Hoàn thành tốt nhiệm vụ năm 2025; trên 70% cá nhân đạt danh hiệu Lao động tiên tiến.",),
                scope="public",
            ),
        ],
    },
    {
        "number": "45/QĐ-CĐN",
        "signed_on": datetime.date(2026, 1, 16),
        "authority": SECTOR_UNION,
        "campaign": SKILLED_WORK,
        "period": "Năm 2025",
        "subject": "V/v khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua và hoạt động "
        "công đoàn năm 2025",
        "proposals": 5,
        "lines": [
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.BASE_UNION,
                count=5,
                achievements=(
                    "Hoàn thành xuất sắc nhiệm vụ công tác công đoàn năm 2025, đạt công đoàn cơ sở vững mạnh.",
                ),
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.GROUP,
                count=6,
                achievements=(
                    "Tổ công đoàn tiêu biểu trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2025.",
                ),
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.MEMBER,
                count=25,
                achievements=(
                    "Có thành tích xuất sắc trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2025.",
                    "Tích cực tham gia các hoạt động văn hóa, thể thao do Công đoàn ngành tổ chức năm 2025.",
                ),
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.PERSON,
                achievements=(
                    "Có nhiều đóng góp trong công tác tuyên truyền hoạt động của Công đoàn ngành Y tế năm 2025.",
                ),
                named=(
                    {
                        "recipient_name": "Đinh Quang Vinh",
                        "position": "Phóng viên",
                        "recipient_unit": "Báo và Phát thanh, Truyền hình tỉnh",
                    },
                    {
                        "recipient_name": "Lê Văn Hưng",
                        "position": "Giảng viên",
                        "recipient_unit": "Trường Đại học Y dược",
                    },
                ),
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.UNIT,
                achievements=("Đã phối hợp, hỗ trợ Công đoàn ngành Y tế xây dựng “Mái ấm Công đoàn” năm 2025.",),
                named=(
                    {"recipient_name": "Ngân hàng Chính sách xã hội chi nhánh tỉnh"},
                    {"recipient_name": "Hội Chữ thập đỏ tỉnh"},
                ),
            ),
        ],
    },
    {
        "number": "168/QĐ-UBND",
        "signed_on": datetime.date(2026, 1, 27),
        "authority": PEOPLES_COMMITTEE,
        "campaign": SKILLED_WORK,
        "period": "Năm 2025",
        "subject": "V/v tặng Cờ thi đua, danh hiệu Tập thể lao động xuất sắc và Chiến sĩ thi đua cấp tỉnh năm 2025",
        "lines": [
            AwardLines(
                award="Cờ thi đua",
                recipient_kind=RecipientKind.BASE_UNION,
                count=2,
                achievements=("Dẫn đầu phong trào thi đua khối các đơn vị sự nghiệp y tế năm 2025.",),
                scope="public",
            ),
            AwardLines(
                award="Tập thể lao động xuất sắc",
                recipient_kind=RecipientKind.BASE_UNION,
                count=4,
                achievements=("Hoàn thành xuất sắc nhiệm vụ năm 2025; là tập thể tiêu biểu của ngành Y tế tỉnh.",),
                scope="public",
            ),
            AwardLines(
                award="Tập thể lao động xuất sắc",
                recipient_kind=RecipientKind.GROUP,
                count=3,
                achievements=(
                    "Hoàn thành xuất sắc nhiệm vụ chuyên môn năm 2025, 100% cá nhân đạt Lao động tiên tiến.",
                ),
                scope="public",
            ),
            AwardLines(
                award="Chiến sĩ thi đua cấp tỉnh",
                recipient_kind=RecipientKind.MEMBER,
                count=5,
                achievements=(
                    "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2023–2025); có sáng kiến được "
                    "Hội đồng khoa học cấp tỉnh công nhận.",
                ),
                scope="public",
            ),
        ],
    },
    {
        "number": "36/QĐ-LĐLĐ",
        "signed_on": datetime.date(2026, 2, 10),
        "authority": FEDERATION,
        "campaign": SKILLED_WORK,
        "period": "Giai đoạn 2021–2025",
        "subject": "V/v tặng Bằng khen cho tập thể, cá nhân tiêu biểu trong phong trào thi đua "
        "“Lao động giỏi, lao động sáng tạo” giai đoạn 2021–2025",
        "lines": [
            AwardLines(
                award="Bằng khen",
                recipient_kind=RecipientKind.BASE_UNION,
                count=3,
                achievements=(
                    "Tập thể tiêu biểu trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” "
                    "giai đoạn 2021–2025.",
                ),
            ),
            AwardLines(
                award="Bằng khen",
                recipient_kind=RecipientKind.GROUP,
                count=2,
                achievements=("Có nhiều sáng kiến, cải tiến kỹ thuật được áp dụng trong giai đoạn 2021–2025.",),
            ),
            AwardLines(
                award="Bằng khen",
                recipient_kind=RecipientKind.MEMBER,
                count=10,
                achievements=(
                    "Điển hình tiên tiến trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” giai đoạn "
                    "2021–2025.",
                ),
            ),
        ],
    },
    {
        "number": "58/QĐ-CĐN",
        "signed_on": datetime.date(2026, 3, 4),
        "authority": SECTOR_UNION,
        "campaign": HOME_AND_WORK,
        "period": "Năm 2025",
        "subject": "V/v khen thưởng nữ đoàn viên đạt danh hiệu “Giỏi việc nước, đảm việc nhà” năm 2025, nhân kỷ "
        "niệm Ngày Quốc tế Phụ nữ 8/3",
        "lines": [
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.MEMBER,
                count=30,
                achievements=(
                    "Hoàn thành tốt nhiệm vụ chuyên môn; xây dựng gia đình no ấm, tiến bộ, hạnh phúc năm 2025.",
                    "Đạt danh hiệu “Giỏi việc nước, đảm việc nhà” năm 2025; tích cực tham gia hoạt động nữ công.",
                ),
                scope="women",
            ),
        ],
    },
    {
        "number": "128/QĐ-CĐN",
        "signed_on": datetime.date(2026, 5, 20),
        "authority": SECTOR_UNION,
        "signer": DEPUTY_OF_SECTOR_UNION,
        "campaign": DIGITAL_HEALTH,
        "period": "Đợt 1 năm 2026",
        "subject": "V/v khen thưởng sơ kết Đợt 1 phong trào thi đua đẩy mạnh chuyển đổi số trong khám bệnh, "
        "chữa bệnh năm 2026",
        "proposals": 4,
        "lines": [
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.BASE_UNION,
                count=3,
                achievements=(
                    "Triển khai bệnh án điện tử đúng lộ trình; trên 80% người bệnh thanh toán không dùng tiền mặt.",
                ),
                scope="public",
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.GROUP,
                count=4,
                achievements=("Tổ công đoàn đi đầu trong triển khai bệnh án điện tử tại khoa, phòng.",),
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.MEMBER,
                count=12,
                achievements=(
                    "Có thành tích xuất sắc trong triển khai bệnh án điện tử Đợt 1 năm 2026.",
                    "Tích cực hướng dẫn người bệnh cài đặt, sử dụng sổ sức khỏe điện tử.",
                ),
            ),
        ],
    },
    {
        "number": "176/QĐ-CĐN",
        "signed_on": datetime.date(2026, 8, 12),
        "authority": SECTOR_UNION,
        "campaign": SKILLED_WORK,
        "period": "Đợt 2 năm 2026",
        "subject": "V/v khen thưởng sơ kết Đợt 2 phong trào thi đua “Lao động giỏi, lao động sáng tạo” năm 2026",
        "proposals": 5,
        "lines": [
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.GROUP,
                count=3,
                achievements=("Hoàn thành xuất sắc chỉ tiêu thi đua Đợt 2 năm 2026.",),
            ),
            AwardLines(
                award="Giấy khen",
                recipient_kind=RecipientKind.MEMBER,
                count=15,
                achievements=(
                    "Có thành tích xuất sắc trong phong trào thi đua Đợt 2 năm 2026.",
                    "Có sáng kiến được Hội đồng cấp cơ sở công nhận trong Đợt 2 năm 2026.",
                ),
            ),
        ],
    },
]

# Members whose record "Đủ điều kiện đề nghị" reads for the year 2025: how many of them, the emulation titles
# they hold by year (written into the demo's decisions of those years) and the initiatives they wrote
# (year: level of recognition). Some are eligible; the others miss by one condition.
TITLE_DECISIONS = {2023: "08/QĐ-SYT", 2024: "15/QĐ-SYT", 2025: "12/QĐ-SYT"}
BASE_TITLE = "Chiến sĩ thi đua cơ sở"
GOOD_WORK = "Lao động tiên tiến"
HISTORIES = [
    # Eligible for Chiến sĩ thi đua cấp tỉnh: three years running, and an initiative recognised by the province.
    {"count": 2, "titles": {2023: BASE_TITLE, 2024: BASE_TITLE, 2025: BASE_TITLE}, "initiatives": {2025: "tinh"}},
    # One short of it: the initiative is recognised only at the base.
    {"count": 3, "titles": {2023: BASE_TITLE, 2024: BASE_TITLE, 2025: BASE_TITLE}, "initiatives": {2024: "co_so"}},
    # Eligible for a Bằng khen: Chiến sĩ thi đua cơ sở two years running.
    {"count": 3, "titles": {2024: BASE_TITLE, 2025: BASE_TITLE}, "initiatives": {}},
    # Eligible for Chiến sĩ thi đua cơ sở 2025, which was not given them: a good year and an initiative.
    {"count": 3, "titles": {2024: GOOD_WORK, 2025: GOOD_WORK}, "initiatives": {2025: "co_so"}},
    # One short of it: a good year, no initiative.
    {"count": 3, "titles": {2024: GOOD_WORK, 2025: GOOD_WORK}, "initiatives": {}},
]
HISTORY_PERIOD = "Năm {year}"
HISTORY_ACHIEVEMENTS = {
    BASE_TITLE: "Hoàn thành xuất sắc nhiệm vụ năm {year}; có sáng kiến được Hội đồng cấp cơ sở công nhận.",
    GOOD_WORK: "Hoàn thành tốt nhiệm vụ năm {year}.",
}
HISTORY_INITIATIVES = [
    {
        "title": "Cải tiến quy trình bàn giao người bệnh giữa các ca trực",
        "field": "Điều dưỡng",
        "money_saved": 45_000_000,
    },
    {"title": "Bảng kiểm an toàn phẫu thuật điện tử", "field": "Ngoại khoa", "money_saved": 120_000_000},
    {
        "title": "Nhắc lịch tái khám qua tin nhắn cho người bệnh mạn tính",
        "field": "Khám bệnh",
        "money_saved": 60_000_000,
    },
    {"title": "Tủ thuốc cấp cứu chuẩn hóa theo mã màu", "field": "Dược", "money_saved": 30_000_000},
]

# The open proposals: their state, how many, the campaign period they are for, and when their union sent them
# (drafts: when they were started).
OPEN_PROPOSALS = [
    {
        "status": Proposal.Status.DRAFT,
        "count": 10,
        "campaign": SKILLED_WORK,
        "period": "Đợt 3 năm 2026",
        "sent_on": datetime.date(2026, 11, 20),
    },
    {
        "status": Proposal.Status.SUBMITTED,
        "count": 12,
        "campaign": SKILLED_WORK,
        "period": "Đợt 3 năm 2026",
        "sent_on": datetime.date(2026, 11, 16),
    },
    {
        "status": Proposal.Status.RETURNED,
        "count": 8,
        "campaign": DIGITAL_HEALTH,
        "period": "Đợt 3 năm 2026",
        "sent_on": datetime.date(2026, 11, 5),
    },
    {
        "status": Proposal.Status.ACCEPTED,
        "count": 10,
        "campaign": PATIENT_SATISFACTION,
        "period": "Năm 2026",
        "sent_on": datetime.date(2026, 11, 2),
    },
    {
        "status": Proposal.Status.REJECTED,
        "count": 6,
        "campaign": SKILLED_WORK,
        "period": "Đợt 2 năm 2026",
        "sent_on": datetime.date(2026, 7, 20),
    },
]
# The achievements a union writes in its proposals, by the kind of recipient.
PROPOSAL_TEXTS = {
    RecipientKind.MEMBER: [
        "Hoàn thành xuất sắc nhiệm vụ chuyên môn; tích cực tham gia phong trào thi đua của đơn vị.",
        "Có sáng kiến cải tiến quy trình chăm sóc người bệnh được Hội đồng cấp cơ sở công nhận.",
        "Tỷ lệ người bệnh hài lòng tại khoa đạt 96%; không có phản ánh về thái độ phục vụ.",
        "Tích cực tham gia hiến máu tình nguyện và các hoạt động từ thiện do công đoàn tổ chức.",
    ],
    RecipientKind.GROUP: [
        "Tổ công đoàn có 100% đoàn viên hoàn thành tốt nhiệm vụ, có 2 sáng kiến được công nhận.",
        "Khoa triển khai thành công kỹ thuật mới, rút ngắn thời gian nằm viện trung bình.",
    ],
    RecipientKind.BASE_UNION: [
        "Công đoàn cơ sở vững mạnh; tổ chức tốt phong trào thi đua và chăm lo đời sống đoàn viên.",
    ],
}
# Why the office returned or rejected a proposal.
REASONS = {
    Proposal.Status.RETURNED: [
        "Thiếu biên bản họp bình xét của công đoàn cơ sở; đề nghị bổ sung.",
        "Thành tích chưa nêu rõ sáng kiến được công nhận; đề nghị bổ sung quyết định công nhận sáng kiến.",
        "Đề nghị ghi rõ số liệu cụ thể (số lượt khám, tỷ lệ người bệnh hài lòng) trong báo cáo thành tích.",
    ],
    Proposal.Status.REJECTED: [
        "Không đủ điều kiện: trong năm có một lần bị nhắc nhở về thái độ giao tiếp với người bệnh.",
        "Vượt số lượng khen thưởng phân bổ cho công đoàn cơ sở trong đợt.",
        "Cá nhân đã được đề nghị khen thưởng cùng thành tích ở cấp trên.",
    ],
}
