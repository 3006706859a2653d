"""Building blocks of the generated articles (`manage.py demo --articles N`).

Titles, leads and paragraphs are templates; `demo.news.generated_article` fills their
{slots} from the lists below, so a hundred thousand articles read like a real archive
without a hundred thousand texts.
"""

from demo.data import news

UNITS = [
    "Bệnh viện Đa khoa tỉnh",
    "Bệnh viện Y dược cổ truyền",
    "Bệnh viện Phục hồi chức năng",
    "Bệnh viện Mắt",
    "Bệnh viện Phổi",
    "Bệnh viện Tâm thần",
    "Trung tâm Kiểm soát bệnh tật tỉnh",
    "Trường Cao đẳng Y tế",
    "Trung tâm Y tế Can Lộc",
    "Trung tâm Y tế Đức Thọ",
    "Trung tâm Y tế Hương Khê",
    "Trung tâm Y tế Hương Sơn",
    "Trung tâm Y tế Kỳ Anh",
    "Trung tâm Y tế Cẩm Xuyên",
    "Trung tâm Y tế Thạch Hà",
    "Trung tâm Y tế Nghi Xuân",
    "Trung tâm Y tế Vũ Quang",
    "Trung tâm Y tế Lộc Hà",
    "Trung tâm Y tế Hồng Lĩnh",
    "Trung tâm Giám định y khoa",
]

DEPARTMENTS = [
    "Nội tổng hợp",
    "Ngoại",
    "Nhi",
    "Phụ sản",
    "Cấp cứu",
    "Hồi sức tích cực",
    "Xét nghiệm",
    "Chẩn đoán hình ảnh",
    "Dược",
    "Kiểm soát nhiễm khuẩn",
    "Truyền nhiễm",
    "Khám bệnh",
]

CAMPAIGNS = [
    "Lao động giỏi, lao động sáng tạo",
    "Giỏi việc nước, đảm việc nhà",
    "Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh",
    "Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động",
]

ROUNDS = ["đợt 1", "đợt 2", "đợt 3", "6 tháng đầu năm"]
BENEFITS = [
    "phụ cấp ưu đãi theo nghề",
    "phụ cấp trực",
    "nghỉ dưỡng sức, phục hồi sức khỏe",
    "thai sản",
    "bồi dưỡng bằng hiện vật",
    "tai nạn lao động, bệnh nghề nghiệp",
]
SPORTS = ["bóng chuyền hơi", "cầu lông", "bóng bàn", "bóng đá mini", "cờ tướng", "kéo co"]
ROLES = ["Bác sĩ", "Điều dưỡng", "Hộ sinh", "Kỹ thuật viên", "Dược sĩ", "Y sĩ"]
NAMES = [
    "Nguyễn Thị Hằng",
    "Trần Văn Nam",
    "Lê Thị Thu",
    "Phạm Đức Anh",
    "Hoàng Thị Mai",
    "Võ Văn Tâm",
    "Đặng Thị Hương",
    "Bùi Quốc Việt",
    "Đỗ Thị Ngân",
    "Hồ Sỹ Hùng",
    "Ngô Thị Lý",
    "Phan Văn Đức",
    "Dương Thị Hạnh",
    "Lê Đình Phúc",
]

TITLES = {
    news.NEWS: [
        "{unit} tổ chức hội nghị viên chức, người lao động",
        "Lãnh đạo Công đoàn ngành làm việc với {unit}",
        "Kiểm tra công tác công đoàn tại {unit}",
        "Tập huấn nghiệp vụ công tác công đoàn tại {unit}",
        "{unit} triển khai nhiệm vụ trọng tâm {round}",
    ],
    news.EMULATION: [
        "{unit} sơ kết {round} phong trào thi đua “{campaign}”",
        "Khen thưởng {count} cá nhân tiêu biểu trong phong trào “{campaign}”",
        "{unit} phát động thi đua “{campaign}”",
        "Trao Giấy khen cho tập thể, cá nhân xuất sắc của {unit}",
        "{unit} có {small} sáng kiến được công nhận cấp cơ sở",
    ],
    news.MEMBER_CARE: [
        "{unit} thăm hỏi, tặng quà {small} đoàn viên có hoàn cảnh khó khăn",
        "Hỗ trợ {amount} cho đoàn viên {unit} mắc bệnh hiểm nghèo",
        "Công đoàn {unit} tổ chức khám sức khỏe định kỳ cho đoàn viên",
        "Trao học bổng cho con đoàn viên {unit}",
        "Quỹ tương trợ của Công đoàn {unit} giúp đoàn viên vượt khó",
    ],
    news.DOCUMENTS: [
        "Hướng dẫn thực hiện chế độ {benefit} đối với người lao động ngành y tế",
        "Hỏi - đáp về chế độ {benefit}",
        "Phổ biến văn bản mới về chế độ {benefit}",
        "{unit} tuyên truyền pháp luật lao động cho đoàn viên",
    ],
    news.EXEMPLARS: [
        "{role} {name}: {small} năm gắn bó với khoa {department}",
        "{role} {name}, người tận tụy của {unit}",
        "Khoa {department} {unit}: điểm sáng trong phong trào “{campaign}”",
        "Gặp gỡ {role} {name}, Chiến sĩ thi đua cơ sở của {unit}",
    ],
    news.BASE_UNIONS: [
        "Công đoàn {unit} tổ chức Đại hội nhiệm kỳ mới",
        "Công đoàn {unit} kết nạp {small} đoàn viên mới",
        "Tổ công đoàn khoa {department} {unit} sinh hoạt chuyên đề",
        "Công đoàn {unit} đối thoại định kỳ với người lao động",
        "Công đoàn {unit} ra quân “Xanh - sạch - đẹp”",
    ],
    news.CULTURE_SPORTS: [
        "{unit} tổ chức giải {sport} chào mừng ngày truyền thống",
        "Sôi nổi giải {sport} của công nhân, viên chức, lao động {unit}",
        "Hội diễn văn nghệ quần chúng tại {unit}",
        "Đội {sport} của {unit} giành giải nhất toàn ngành",
    ],
    news.SAFETY: [
        "{unit} huấn luyện an toàn, vệ sinh lao động cho {count} người lao động",
        "Diễn tập phòng cháy, chữa cháy tại {unit}",
        "{unit} tập huấn phòng ngừa phơi nhiễm nghề nghiệp",
        "Quan trắc môi trường lao động tại {unit}",
    ],
}
# For sections staff add themselves.
OTHER_TITLES = ["Hoạt động của Công đoàn {unit}", "{unit}: tin hoạt động công đoàn {round}"]

LEADS = [
    "Hơn {count} đoàn viên, người lao động của {unit} đã tham gia hoạt động, góp phần thực hiện thắng lợi nhiệm vụ "
    "chính trị của đơn vị và phong trào thi đua “{campaign}”.",
    "Với sự phối hợp chặt chẽ giữa ban chấp hành công đoàn và lãnh đạo {unit}, hoạt động đã được tổ chức chu đáo, "
    "thiết thực, nhận được sự hưởng ứng của đông đảo đoàn viên.",
    "Đây là hoạt động thường niên, thể hiện sự quan tâm của tổ chức công đoàn đối với {count} đoàn viên, người lao "
    "động đang công tác tại {unit}.",
]

HEADINGS = ["Kết quả nổi bật", "Những việc làm thiết thực", "Phương hướng thời gian tới", "Ý kiến đoàn viên"]

PARAGRAPHS = [
    "Phát biểu tại buổi lễ, đại diện ban chấp hành công đoàn {unit} ghi nhận sự cố gắng của các tổ công đoàn và đề "
    "nghị tiếp tục phát huy tinh thần đoàn kết, khắc phục khó khăn, hoàn thành tốt nhiệm vụ được giao.",
    "Từ đầu năm đến nay, công đoàn đơn vị đã phối hợp với chuyên môn tổ chức nhiều hoạt động chăm lo cho đoàn viên, "
    "thăm hỏi {small} lượt đoàn viên ốm đau, gia đình có việc hiếu, hỷ với tổng số tiền {amount}.",
    "Phong trào thi đua “{campaign}” tiếp tục được duy trì sâu rộng ở các khoa, phòng, với nhiều cách làm hay, "
    "sáng kiến thiết thực trong phục vụ người bệnh.",
    "Khoa {department} là một trong những tập thể tiêu biểu, thực hiện tốt quy tắc ứng xử, không có phản ánh tiêu "
    "cực của người bệnh và người nhà người bệnh.",
    "Các ý kiến tại buổi làm việc tập trung vào điều kiện làm việc, chế độ trực, thu nhập tăng thêm và nhu cầu đào "
    "tạo nâng cao trình độ chuyên môn của người lao động.",
    "Công đoàn ngành Y tế tỉnh đánh giá cao kết quả đạt được, đồng thời đề nghị {unit} tiếp tục quan tâm phát triển "
    "đoàn viên, nâng cao chất lượng sinh hoạt của các tổ công đoàn.",
    "Nhân dịp này, ban tổ chức đã trao giấy khen cho {small} tập thể và {count} cá nhân có thành tích xuất sắc trong "
    "phong trào thi đua của đơn vị.",
    "Hoạt động đã góp phần động viên tinh thần đoàn viên, người lao động, tạo không khí phấn khởi, gắn bó với đơn "
    "vị và với nghề.",
]

LIST_ITEMS = [
    "{small} đoàn viên được thăm hỏi, hỗ trợ kịp thời;",
    "Kết nạp mới {small} đoàn viên;",
    "{small} sáng kiến, cải tiến kỹ thuật được công nhận;",
    "100% tổ công đoàn sinh hoạt định kỳ;",
    "Tổ chức {small} buổi tập huấn, sinh hoạt chuyên đề;",
]

CAPTIONS = [
    "Quang cảnh buổi lễ.",
    "Các đại biểu tham dự chương trình.",
    "Đoàn viên tham gia hoạt động.",
    "Đại diện công đoàn trao quà cho đoàn viên.",
    "Ban tổ chức trao giấy khen cho các tập thể, cá nhân.",
]
