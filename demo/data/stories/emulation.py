from demo.data.news import FEDERATION_SOURCE

STORIES = [
    {
        "title": "Phát động phong trào thi đua “Lao động giỏi, lao động sáng tạo” trong ngành y tế",
        "lead": (
            "Phong trào hướng tới mục tiêu mỗi đơn vị có ít nhất một sáng kiến, giải pháp cải tiến được áp dụng, góp "
            "phần nâng cao chất lượng khám bệnh, chữa bệnh và sự hài lòng của người bệnh."
        ),
        "caption": "Đại diện các công đoàn cơ sở ký giao ước thi đua tại lễ phát động.",
        "featured": True,
        "author": "Phương Thảo",
        "body": [
            (
                "p",
                "Tại lễ phát động, Công đoàn ngành Y tế tỉnh đề nghị các công đoàn cơ sở phối hợp với thủ trưởng "
                "đơn vị xây dựng kế hoạch cụ thể, gắn phong trào với nhiệm vụ chuyên môn của từng khoa, phòng và "
                "từng cá nhân.",
            ),
            ("h2", "Chỉ tiêu chủ yếu"),
            (
                "ul",
                [
                    "100% công đoàn cơ sở đăng ký tham gia phong trào;",
                    "Mỗi đơn vị có ít nhất một sáng kiến, cải tiến kỹ thuật được công nhận cấp cơ sở;",
                    "Phấn đấu có từ 3 đến 5 công trình, sáng kiến được đề nghị tặng Bằng Lao động sáng tạo;",
                    "Không có đoàn viên vi phạm quy tắc ứng xử, y đức.",
                ],
            ),
            (
                "p",
                "Phong trào được chia thành ba đợt trong năm: đợt 1 từ 1/1 đến 30/4, đợt 2 từ 1/5 đến 31/7 và đợt 3 "
                "từ 1/8 đến 31/12. Cuối mỗi đợt, công đoàn cơ sở tổ chức sơ kết, lựa chọn điển hình để biểu "
                "dương.",
            ),
            (
                "figure",
                "Đại diện các công đoàn cơ sở ký giao ước thi đua",
                "Đại diện các công đoàn cơ sở ký giao ước thi đua tại lễ phát động.",
            ),
            (
                "p",
                "Công đoàn ngành sẽ kịp thời đề nghị Liên đoàn Lao động tỉnh khen thưởng các tập thể, cá nhân có "
                "thành tích tiêu biểu, nhất là những sáng kiến làm lợi lớn hoặc giúp giảm thời gian chờ đợi của "
                "người bệnh.",
            ),
        ],
    },
    {
        "title": "Sơ kết đợt 1 phong trào thi đua “Giỏi việc nước, đảm việc nhà”",
        "lead": (
            "Qua đợt 1, có 412 nữ đoàn viên được công đoàn cơ sở bình xét đạt danh hiệu “Giỏi việc nước, đảm việc "
            "nhà”, tăng 35 người so với cùng kỳ năm trước."
        ),
        "caption": "Nữ đoàn viên tiêu biểu nhận giấy khen tại hội nghị sơ kết.",
        "author": "Ngọc Ánh",
        "body": [
            (
                "p",
                "Nữ đoàn viên chiếm gần 70% tổng số đoàn viên toàn ngành. Nhiều chị vừa hoàn thành tốt nhiệm vụ "
                "chuyên môn, vừa tham gia tích cực các hoạt động xã hội và chăm lo chu đáo cho gia đình.",
            ),
            (
                "table",
                "Kết quả bình xét đợt 1",
                ["Khối đơn vị", "Số nữ đoàn viên", "Đạt danh hiệu", "Tỷ lệ"],
                [
                    ["Bệnh viện tuyến tỉnh", "684", "198", "28,9%"],
                    ["Trung tâm y tế", "512", "164", "32,0%"],
                    ["Đơn vị dự phòng, quản lý nhà nước", "143", "50", "35,0%"],
                ],
            ),
            (
                "p",
                "Ban Nữ công Công đoàn ngành đề nghị các cơ sở tiếp tục quan tâm đến điều kiện làm việc của lao "
                "động nữ, đặc biệt là nữ điều dưỡng, hộ sinh làm việc theo ca kíp, thường xuyên trực đêm.",
            ),
        ],
    },
    {
        "title": "Liên đoàn Lao động tỉnh tặng Bằng khen cho 12 tập thể, 25 cá nhân ngành y tế",
        "lead": (
            "Các tập thể, cá nhân được khen thưởng đã có thành tích xuất sắc trong phong trào thi đua lao động giỏi "
            "và xây dựng tổ chức công đoàn vững mạnh."
        ),
        "caption": "Lãnh đạo Liên đoàn Lao động tỉnh trao Bằng khen cho các cá nhân.",
        "author": "Quang Huy",
        "source": FEDERATION_SOURCE,
        "body": [
            (
                "p",
                "Theo quyết định của Ban Thường vụ Liên đoàn Lao động tỉnh, 12 tập thể và 25 cá nhân thuộc Công "
                "đoàn ngành Y tế được tặng Bằng khen; 3 công đoàn cơ sở được tặng Cờ thi đua.",
            ),
            ("h2", "Các công đoàn cơ sở được tặng Cờ thi đua"),
            (
                "ul",
                [
                    "Công đoàn Bệnh viện Đa khoa tỉnh;",
                    "Công đoàn Trung tâm Y tế Can Lộc;",
                    "Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh.",
                ],
            ),
            (
                "p",
                "Trong năm, các đơn vị này đã tổ chức tốt hội nghị viên chức, người lao động, thực hiện đầy đủ chế "
                "độ cho người lao động, có nhiều sáng kiến được áp dụng và làm tốt việc chăm lo cho đoàn viên có "
                "hoàn cảnh khó khăn.",
            ),
            (
                "figure",
                "Trao Cờ thi đua cho các công đoàn cơ sở",
                "Lãnh đạo Liên đoàn Lao động tỉnh trao Cờ thi đua cho các công đoàn cơ sở xuất sắc.",
            ),
        ],
    },
    {
        "title": "Hướng dẫn bình xét danh hiệu thi đua và hình thức khen thưởng cuối năm",
        "lead": (
            "Công đoàn ngành Y tế tỉnh ban hành hướng dẫn bình xét thi đua, khen thưởng cuối năm, nhấn mạnh khen "
            "thưởng phải chính xác, kịp thời, ưu tiên người lao động trực tiếp."
        ),
        "caption": "Hội đồng Thi đua - Khen thưởng Công đoàn ngành họp xét đề nghị khen thưởng.",
        "author": "Ban Tuyên giáo - Thi đua",
        "body": [
            (
                "p",
                "Hướng dẫn quy định rõ tiêu chuẩn của từng danh hiệu và hình thức khen thưởng, thành phần hồ sơ đề "
                "nghị và thời hạn gửi về Công đoàn ngành.",
            ),
            (
                "table",
                "Thời hạn nộp hồ sơ đề nghị khen thưởng",
                ["Hình thức", "Cấp quyết định", "Hạn nộp hồ sơ"],
                [
                    ["Bằng khen", "Tổng Liên đoàn Lao động Việt Nam", "Trước ngày 25/11"],
                    ["Bằng khen, Cờ thi đua", "Liên đoàn Lao động tỉnh", "Trước ngày 05/12"],
                    ["Giấy khen", "Công đoàn ngành Y tế tỉnh", "Trước ngày 10/12"],
                ],
            ),
            ("h2", "Một số lưu ý"),
            (
                "ol",
                [
                    "Ưu tiên đề nghị khen thưởng cá nhân là người lao động trực tiếp: điều dưỡng, hộ sinh, kỹ thuật "
                    "viên, hộ lý, lái xe;",
                    "Hồ sơ gồm tờ trình, biên bản họp bình xét và báo cáo thành tích theo mẫu;",
                    "Không đề nghị khen thưởng tập thể, cá nhân đang trong thời gian xem xét kỷ luật.",
                ],
            ),
            (
                "p",
                "Mọi vướng mắc trong quá trình thực hiện, công đoàn cơ sở liên hệ Ban Tuyên giáo - Thi đua Công "
                "đoàn ngành để được hướng dẫn.",
            ),
        ],
    },
    {
        "title": "Trao thưởng 18 sáng kiến, cải tiến kỹ thuật tiêu biểu cấp ngành",
        "lead": (
            "Các sáng kiến tập trung vào cải tiến quy trình chăm sóc người bệnh, ứng dụng công nghệ thông tin và tiết "
            "kiệm vật tư, ước tính làm lợi hơn 2,1 tỷ đồng mỗi năm."
        ),
        "caption": "Các tác giả sáng kiến tiêu biểu nhận giấy chứng nhận.",
        "author": "Phương Thảo",
        "body": [
            (
                "p",
                "Hội đồng sáng kiến cấp ngành đã xem xét 46 sáng kiến do các đơn vị đề xuất và lựa chọn 18 sáng "
                "kiến tiêu biểu để trao thưởng. Nhiều sáng kiến do điều dưỡng, kỹ thuật viên thực hiện, xuất phát "
                "từ chính những khó khăn hằng ngày tại khoa, phòng.",
            ),
            (
                "table",
                "Một số sáng kiến tiêu biểu",
                ["Sáng kiến", "Đơn vị", "Làm lợi ước tính mỗi năm"],
                [
                    ["Phần mềm nhắc lịch tái khám qua tin nhắn", "Trung tâm Y tế Đức Thọ", "320.000.000 đ"],
                    ["Cải tiến xe tiêm an toàn cho khoa Nhi", "Bệnh viện Đa khoa tỉnh", "85.000.000 đ"],
                    [
                        "Quy trình bảo quản, cấp phát vật tư tiêu hao theo ca",
                        "Bệnh viện Phục hồi chức năng",
                        "140.000.000 đ",
                    ],
                ],
            ),
            (
                "p",
                "Công đoàn ngành sẽ chọn các sáng kiến xuất sắc nhất để đề nghị Liên đoàn Lao động tỉnh xét tặng "
                "Bằng Lao động sáng tạo.",
            ),
            (
                "quote",
                "Sáng kiến không nhất thiết phải lớn. Chỉ cần giúp người bệnh bớt một lần xếp hàng, giúp đồng "
                "nghiệp bớt một thao tác thừa là đã đáng quý.",
                "Thành viên Hội đồng sáng kiến cấp ngành",
            ),
        ],
    },
    {
        "title": "Đăng ký thi đua năm: 100% công đoàn cơ sở cam kết tham gia các phong trào",
        "lead": (
            "Toàn ngành có 15 công đoàn cơ sở gửi bản đăng ký thi đua, trong đó 6 đơn vị đăng ký phấn đấu đạt Cờ thi "
            "đua của Liên đoàn Lao động tỉnh."
        ),
        "caption": "Cán bộ Văn phòng Công đoàn ngành tổng hợp bản đăng ký thi đua của các đơn vị.",
        "author": "Thu Hằng",
        "body": [
            (
                "p",
                "Bản đăng ký thi đua năm nay được gửi qua hệ thống quản lý văn bản điện tử, giúp Công đoàn ngành "
                "tổng hợp nhanh và theo dõi tiến độ thực hiện của từng đơn vị.",
            ),
            (
                "ul",
                [
                    "Phong trào “Lao động giỏi, lao động sáng tạo”: 15/15 đơn vị đăng ký;",
                    "Phong trào “Giỏi việc nước, đảm việc nhà”: 15/15 đơn vị;",
                    "Phong trào “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người "
                    "bệnh”: 13/15 đơn vị;",
                    "Phong trào “Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động”: 12/15 đơn vị.",
                ],
            ),
            (
                "p",
                "Ban Thường vụ Công đoàn ngành đề nghị các đơn vị cụ thể hóa chỉ tiêu đăng ký thành kế hoạch hành "
                "động của từng tổ công đoàn, tránh đăng ký hình thức.",
            ),
        ],
    },
]
