from demo.data.news import HEALTH_DEPARTMENT_SOURCE

STORIES = [
    {
        "title": "Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động trong các cơ sở y tế",
        "lead": (
            "Công đoàn ngành đề nghị các đơn vị rà soát nguy cơ mất an toàn tại từng khoa, phòng, đặc biệt là nguy cơ "
            "phơi nhiễm với máu, dịch cơ thể và hóa chất."
        ),
        "caption": "Kiểm tra phương tiện bảo vệ cá nhân tại khoa Kiểm soát nhiễm khuẩn.",
        "author": "Quang Huy",
        "body": [
            (
                "p",
                "Nhân viên y tế thường xuyên đối mặt với nhiều yếu tố nguy hiểm, có hại như vật sắc nhọn, tác nhân "
                "gây bệnh, bức xạ ion hóa, hóa chất khử khuẩn và áp lực tâm lý kéo dài.",
            ),
            ("h2", "Các hoạt động trọng tâm"),
            (
                "ul",
                [
                    "Tự kiểm tra về an toàn, vệ sinh lao động và phòng cháy, chữa cháy;",
                    "Tập huấn quy trình xử lý phơi nhiễm do vật sắc nhọn;",
                    "Kiểm tra, bổ sung phương tiện bảo vệ cá nhân;",
                    "Quan trắc môi trường lao động tại các khoa Chẩn đoán hình ảnh, Xét nghiệm, Kiểm soát nhiễm khuẩn.",
                ],
            ),
            (
                "figure",
                "Nhân viên y tế diễn tập xử lý sự cố hóa chất",
                "Nhân viên y tế diễn tập xử lý sự cố tràn đổ hóa chất tại khoa Xét nghiệm.",
            ),
            (
                "p",
                "Mạng lưới an toàn, vệ sinh viên ở các tổ công đoàn có trách nhiệm nhắc nhở đồng nghiệp, phát hiện "
                "và báo cáo kịp thời các nguy cơ.",
            ),
        ],
    },
    {
        "title": "Phòng ngừa phơi nhiễm do kim tiêm và vật sắc nhọn: những điều cần nhớ",
        "lead": (
            "Tổn thương do kim tiêm là một trong những tai nạn nghề nghiệp thường gặp nhất ở nhân viên y tế. Tuân thủ "
            "đúng quy trình giúp phòng ngừa phần lớn các trường hợp."
        ),
        "caption": "Hộp đựng vật sắc nhọn đặt trên xe tiêm.",
        "author": "Hải Yến",
        "source": HEALTH_DEPARTMENT_SOURCE,
        "body": [
            ("h2", "Trong khi làm thủ thuật"),
            (
                "ul",
                [
                    "Không đậy lại nắp kim bằng hai tay sau khi tiêm;",
                    "Bỏ ngay kim, vật sắc nhọn vào hộp an toàn đặt trong tầm tay;",
                    "Không để hộp an toàn đầy quá vạch quy định;",
                    "Mang găng khi có nguy cơ tiếp xúc với máu, dịch cơ thể.",
                ],
            ),
            ("h2", "Khi không may bị phơi nhiễm"),
            (
                "ol",
                [
                    "Rửa ngay vết thương dưới vòi nước sạch, để máu tự chảy, không nặn bóp;",
                    "Báo ngay cho người phụ trách và ghi nhận sự cố;",
                    "Đánh giá nguy cơ, xét nghiệm và điều trị dự phòng sớm theo chỉ định của bác sĩ;",
                    "Tái khám, theo dõi đúng lịch hẹn.",
                ],
            ),
            (
                "p",
                "Trường hợp phơi nhiễm khi làm nhiệm vụ được xem xét giải quyết chế độ tai nạn lao động, bệnh nghề "
                "nghiệp theo quy định. Công đoàn cơ sở có trách nhiệm hỗ trợ đoàn viên hoàn thiện hồ sơ.",
            ),
        ],
    },
    {
        "title": "Kiểm tra công tác an toàn, vệ sinh lao động tại 6 trung tâm y tế",
        "lead": (
            "Đoàn kiểm tra liên ngành đã làm việc tại 6 trung tâm y tế, đánh giá việc huấn luyện an toàn, trang bị "
            "bảo hộ và xử lý chất thải y tế."
        ),
        "caption": "Đoàn kiểm tra khu lưu giữ chất thải y tế.",
        "author": "Đức Thắng",
        "source": HEALTH_DEPARTMENT_SOURCE,
        "body": [
            (
                "p",
                "Qua kiểm tra, các đơn vị đều đã thành lập hội đồng an toàn, vệ sinh lao động, xây dựng kế hoạch "
                "hằng năm và tổ chức huấn luyện cho người lao động.",
            ),
            (
                "table",
                "Tổng hợp kết quả kiểm tra",
                ["Nội dung", "Đạt", "Cần khắc phục"],
                [
                    ["Huấn luyện an toàn, vệ sinh lao động", "6", "0"],
                    ["Trang bị phương tiện bảo vệ cá nhân", "5", "1"],
                    ["Phân loại, thu gom chất thải y tế", "4", "2"],
                    ["Phòng cháy, chữa cháy", "6", "0"],
                ],
            ),
            (
                "p",
                "Đoàn đề nghị các đơn vị còn tồn tại khẩn trương khắc phục và báo cáo kết quả về Sở Y tế, Công đoàn "
                "ngành trong vòng 30 ngày.",
            ),
        ],
    },
    {
        "title": "Chăm sóc sức khỏe tinh thần cho nhân viên y tế",
        "lead": (
            "Áp lực công việc, ca trực kéo dài và nguy cơ bị bạo hành khiến không ít nhân viên y tế rơi vào tình "
            "trạng kiệt sức. Công đoàn ngành triển khai nhiều giải pháp hỗ trợ."
        ),
        "caption": "Buổi sinh hoạt chuyên đề về quản lý căng thẳng.",
        "author": "Phương Thảo",
        "body": [
            (
                "p",
                "Khảo sát nhanh do Công đoàn ngành thực hiện với hơn 600 đoàn viên cho thấy gần một phần ba người "
                "được hỏi thường xuyên mệt mỏi, mất ngủ sau các ca trực đêm.",
            ),
            ("h2", "Các giải pháp được triển khai"),
            (
                "ul",
                [
                    "Mở đường dây tư vấn tâm lý miễn phí cho đoàn viên, do bác sĩ chuyên khoa tâm thần trực;",
                    "Tổ chức các buổi sinh hoạt chuyên đề về quản lý căng thẳng;",
                    "Đề nghị các đơn vị bố trí phòng nghỉ cho nhân viên trực, sắp xếp lịch trực hợp lý.",
                ],
            ),
            (
                "quote",
                "Chăm sóc người chăm sóc là việc cần làm. Nhân viên y tế khỏe mạnh cả thể chất lẫn tinh thần "
                "mới phục vụ người bệnh tốt được.",
                "Một bác sĩ chuyên khoa tâm thần tham gia đường dây tư vấn",
            ),
        ],
    },
    {
        "title": "Huấn luyện phòng cháy, chữa cháy và cứu nạn, cứu hộ tại bệnh viện",
        "lead": (
            "Hơn 200 cán bộ, nhân viên Bệnh viện Đa khoa tỉnh tham gia huấn luyện và diễn tập phương án chữa cháy, "
            "di chuyển người bệnh ra khỏi khu vực nguy hiểm."
        ),
        "caption": "Nhân viên bệnh viện thực hành sử dụng bình chữa cháy.",
        "author": "Văn Lâm",
        "body": [
            (
                "p",
                "Tình huống giả định là cháy tại tầng 3 khu điều trị nội trú vào ban đêm, khi lực lượng tại chỗ "
                "mỏng. Đội phòng cháy, chữa cháy cơ sở đã nhanh chóng báo động, cắt điện, dùng bình chữa cháy dập "
                "lửa và phối hợp di chuyển người bệnh nặng.",
            ),
            (
                "figure",
                "Nhân viên bệnh viện diễn tập chữa cháy",
                "Di chuyển người bệnh nặng ra khỏi khu vực giả định có cháy.",
            ),
            (
                "p",
                "Sau buổi diễn tập, cán bộ Cảnh sát phòng cháy, chữa cháy đã nhận xét, rút kinh nghiệm và hướng dẫn "
                "cách thoát nạn khi có khói, cách sử dụng mặt nạ lọc độc.",
            ),
        ],
    },
]
