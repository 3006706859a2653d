from demo.data.news import HEALTH_DEPARTMENT_SOURCE

STORIES = [
    {
        "title": "Hội nghị Ban Chấp hành Công đoàn ngành Y tế mở rộng: tập trung chăm lo quyền lợi người lao động",
        "lead": (
            "Công đoàn ngành Y tế tỉnh vừa tổ chức Hội nghị Ban Chấp hành mở rộng, đánh giá kết quả công tác từ đầu "
            "năm và thống nhất nhiều giải pháp chăm lo việc làm, thu nhập, điều kiện làm việc cho hơn 1.900 đoàn "
            "viên trong ngành."
        ),
        "caption": "Các đại biểu biểu quyết thông qua nghị quyết hội nghị.",
        "featured": True,
        "author": "Minh Duyên",
        "body": [
            (
                "p",
                "Dự hội nghị có đại diện lãnh đạo Liên đoàn Lao động tỉnh, Sở Y tế cùng các đồng chí Ủy viên Ban "
                "Chấp hành và chủ tịch công đoàn cơ sở trực thuộc. Hội nghị được tổ chức trực tiếp, kết hợp "
                "trực tuyến tới 15 điểm cầu tại các bệnh viện, trung tâm y tế.",
            ),
            ("h2", "Nhiều chỉ tiêu đạt và vượt kế hoạch"),
            (
                "p",
                "Báo cáo tại hội nghị cho biết, từ đầu năm đến nay, công đoàn các cấp trong ngành đã phối hợp với "
                "chuyên môn tổ chức hội nghị viên chức, người lao động đúng quy định tại 100% đơn vị; kết nạp "
                "mới 86 đoàn viên; thăm hỏi, hỗ trợ 214 lượt đoàn viên ốm đau, có hoàn cảnh khó khăn với tổng "
                "số tiền hơn 180 triệu đồng.",
            ),
            (
                "ul",
                [
                    "100% công đoàn cơ sở xây dựng và ký kết quy chế phối hợp với thủ trưởng đơn vị;",
                    "52 sáng kiến, cải tiến kỹ thuật được công nhận cấp cơ sở;",
                    "3 lớp tập huấn nghiệp vụ cho 240 cán bộ công đoàn cơ sở.",
                ],
            ),
            (
                "figure",
                "Quang cảnh hội nghị Ban Chấp hành mở rộng",
                "Quang cảnh hội nghị tại điểm cầu chính ở hội trường Sở Y tế.",
            ),
            (
                "p",
                "Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra một số hạn chế: việc nắm bắt tâm tư, "
                "nguyện vọng của người lao động ở một số đơn vị còn chậm; hoạt động của một số tổ công đoàn chưa "
                "thường xuyên; số sáng kiến được áp dụng rộng rãi còn ít.",
            ),
            (
                "quote",
                "Mỗi cán bộ công đoàn phải là chỗ dựa tin cậy của đoàn viên: đi sát cơ sở, lắng nghe và giải "
                "quyết kịp thời những vướng mắc ngay từ tổ công đoàn.",
                "Chủ tịch Công đoàn ngành Y tế tỉnh phát biểu kết luận hội nghị",
            ),
            ("h2", "Nhiệm vụ trọng tâm những tháng tới"),
            (
                "p",
                "Hội nghị thống nhất đẩy mạnh phong trào thi đua “Đổi mới phong cách, thái độ phục vụ của cán bộ y "
                "tế hướng tới sự hài lòng của người bệnh”, chuẩn bị tốt các hoạt động chăm lo cho đoàn viên, đồng "
                "thời rà soát, đề xuất khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.",
            ),
        ],
    },
    {
        "title": "Sở Y tế và Công đoàn ngành ký kết quy chế phối hợp giai đoạn mới",
        "lead": (
            "Quy chế phối hợp giữa Sở Y tế và Công đoàn ngành Y tế tỉnh xác định rõ trách nhiệm của mỗi bên trong "
            "việc bảo đảm quyền, lợi ích hợp pháp của người lao động và xây dựng môi trường làm việc an toàn, thân "
            "thiện."
        ),
        "caption": "Đại diện lãnh đạo Sở Y tế và Công đoàn ngành ký kết quy chế phối hợp.",
        "author": "Thu Hằng",
        "source": HEALTH_DEPARTMENT_SOURCE,
        "body": [
            (
                "p",
                "Theo quy chế, hai bên định kỳ 6 tháng một lần họp giao ban để đánh giá việc thực hiện chế độ, "
                "chính sách đối với viên chức, người lao động; phối hợp tổ chức các phong trào thi đua yêu nước "
                "và cùng xem xét, đề xuất khen thưởng.",
            ),
            (
                "p",
                "Sở Y tế có trách nhiệm mời đại diện Công đoàn ngành tham gia các hội đồng liên quan trực tiếp đến "
                "người lao động như hội đồng thi đua - khen thưởng, hội đồng xét nâng lương, hội đồng kỷ luật. "
                "Công đoàn ngành chủ động tuyên truyền, vận động đoàn viên chấp hành tốt quy chế chuyên môn, "
                "quy tắc ứng xử và y đức.",
            ),
            ("h2", "Những nội dung phối hợp chính"),
            (
                "ol",
                [
                    "Tổ chức hội nghị viên chức, người lao động và thực hiện dân chủ ở cơ sở;",
                    "Chăm lo đời sống vật chất, tinh thần cho người lao động;",
                    "Bảo đảm an toàn, vệ sinh lao động và phòng, chống bạo lực đối với nhân viên y tế;",
                    "Phát động, sơ kết, tổng kết các phong trào thi đua.",
                ],
            ),
            (
                "p",
                "Phát biểu tại lễ ký, lãnh đạo Sở Y tế đề nghị thủ trưởng các đơn vị tạo điều kiện để công đoàn "
                "cơ sở hoạt động thực chất, coi công đoàn là người đồng hành trong nâng cao chất lượng khám bệnh, "
                "chữa bệnh.",
            ),
        ],
    },
    {
        "title": "Khai mạc lớp tập huấn nghiệp vụ công tác công đoàn cho cán bộ cơ sở",
        "lead": (
            "Hơn 120 chủ tịch, phó chủ tịch và ủy viên ban chấp hành công đoàn cơ sở trong ngành tham gia lớp tập "
            "huấn hai ngày về kỹ năng đối thoại, thương lượng và quản lý tài chính công đoàn."
        ),
        "caption": "Học viên thảo luận nhóm tại lớp tập huấn.",
        "state": "scheduled",
        "author": "Quang Huy",
        "body": [
            (
                "p",
                "Lớp tập huấn do Công đoàn ngành Y tế tỉnh tổ chức. Giảng viên là các báo cáo viên giàu kinh "
                "nghiệm của Liên đoàn Lao động tỉnh và cán bộ làm công tác công đoàn lâu năm trong ngành.",
            ),
            ("h2", "Nội dung tập huấn"),
            (
                "ul",
                [
                    "Những điểm mới của Luật Công đoàn năm 2024 và các văn bản hướng dẫn;",
                    "Kỹ năng tổ chức đối thoại tại nơi làm việc;",
                    "Quản lý, sử dụng tài chính, tài sản công đoàn cơ sở;",
                    "Ứng dụng công nghệ thông tin trong quản lý đoàn viên.",
                ],
            ),
            (
                "p",
                "Ngoài phần lý thuyết, học viên được chia nhóm thảo luận các tình huống thường gặp ở cơ sở như "
                "giải quyết kiến nghị về chế độ trực, phụ cấp hay vận động đoàn viên tham gia phong trào thi đua.",
            ),
        ],
    },
    {
        "title": "Ra mắt cổng thông tin điện tử Công đoàn ngành Y tế tỉnh",
        "lead": (
            "Cổng thông tin điện tử mới giúp đoàn viên theo dõi tin tức, văn bản, phong trào thi đua và các hoạt "
            "động chăm lo của công đoàn ngành ngay trên điện thoại di động."
        ),
        "caption": "Giao diện cổng thông tin trên điện thoại di động.",
        "author": "Ban Biên tập",
        "body": [
            (
                "p",
                "Cổng thông tin được xây dựng với giao diện gọn nhẹ, tải nhanh cả khi kết nối mạng yếu ở các trạm "
                "y tế vùng sâu, vùng xa. Bạn đọc có thể tìm bài viết bằng tiếng Việt có dấu hoặc không dấu.",
            ),
            ("h2", "Những chuyên mục chính"),
            (
                "ul",
                [
                    "Tin tức - Sự kiện: hoạt động của Công đoàn ngành và các công đoàn cơ sở;",
                    "Thi đua - Khen thưởng: phát động, sơ kết các phong trào, danh sách khen thưởng;",
                    "Văn bản - Chính sách pháp luật: văn bản mới liên quan trực tiếp đến người lao động ngành y tế;",
                    "Chăm lo đời sống đoàn viên: thăm hỏi, hỗ trợ, chương trình Mái ấm Công đoàn.",
                ],
            ),
            (
                "p",
                "Ban Biên tập mong nhận được tin, bài, ảnh phản ánh hoạt động từ các công đoàn cơ sở. Tin bài gửi "
                "về hộp thư của Văn phòng Công đoàn ngành, ghi rõ họ tên, đơn vị và số điện thoại người viết.",
            ),
            (
                "quote",
                "Chúng tôi muốn mỗi đoàn viên, dù làm việc ở bệnh viện tuyến tỉnh hay trạm y tế xã, đều có thể "
                "cập nhật thông tin của tổ chức mình nhanh nhất.",
                "Đại diện Ban Biên tập",
            ),
        ],
    },
    {
        "title": "Đoàn công tác Công đoàn Y tế Việt Nam làm việc với Công đoàn ngành Y tế tỉnh",
        "lead": (
            "Đoàn công tác đánh giá cao cách làm sáng tạo trong chăm lo đời sống đoàn viên và đề nghị Công đoàn "
            "ngành tiếp tục quan tâm phát triển đoàn viên tại các cơ sở y tế ngoài công lập."
        ),
        "caption": "Đoàn công tác làm việc tại Văn phòng Công đoàn ngành Y tế tỉnh.",
        "author": "Hải Yến",
        "body": [
            (
                "p",
                "Tại buổi làm việc, Công đoàn ngành Y tế tỉnh đã báo cáo tình hình tổ chức, hoạt động, trong đó "
                "nêu rõ khó khăn khi một số đơn vị sắp xếp lại, số lượng đoàn viên biến động lớn; thu nhập tăng "
                "thêm của người lao động tại một số trung tâm y tế còn thấp.",
            ),
            (
                "p",
                "Đoàn công tác ghi nhận những kết quả nổi bật như mô hình “Tổ công đoàn tự quản” ở các khoa lâm "
                "sàng, quỹ tương trợ do đoàn viên tự nguyện đóng góp và việc số hóa hồ sơ đoàn viên.",
            ),
            ("h2", "Kiến nghị gửi công đoàn cấp trên"),
            (
                "ul",
                [
                    "Sớm có hướng dẫn về tổ chức công đoàn sau khi sắp xếp các đơn vị sự nghiệp y tế;",
                    "Tăng mức hỗ trợ cho đoàn viên mắc bệnh hiểm nghèo;",
                    "Mở thêm lớp tập huấn kỹ năng đối thoại cho cán bộ công đoàn cơ sở.",
                ],
            ),
            (
                "p",
                "Kết thúc buổi làm việc, đoàn đã đến thăm, tặng quà một số đoàn viên có hoàn cảnh khó khăn tại "
                "Bệnh viện Đa khoa tỉnh.",
            ),
        ],
    },
    {
        "title": "Hội nghị đối thoại giữa lãnh đạo Sở Y tế với đoàn viên, người lao động",
        "lead": (
            "Gần 30 ý kiến, kiến nghị về chế độ phụ cấp, điều kiện làm việc, đào tạo chuyên môn đã được lãnh đạo "
            "Sở Y tế trả lời trực tiếp tại hội nghị đối thoại do Công đoàn ngành phối hợp tổ chức."
        ),
        "caption": "Đoàn viên nêu kiến nghị tại hội nghị đối thoại.",
        "author": "Minh Duyên",
        "body": [
            (
                "p",
                "Các ý kiến tập trung vào việc chi trả một số khoản phụ cấp còn chậm, chế độ trực đêm chưa tương "
                "xứng với cường độ công việc và nhu cầu được cử đi đào tạo chuyên khoa của bác sĩ trẻ ở tuyến cơ "
                "sở.",
            ),
            (
                "p",
                "Với từng nhóm vấn đề, lãnh đạo Sở Y tế và các phòng chức năng đã giải thích rõ căn cứ pháp lý, lộ "
                "trình giải quyết; những nội dung vượt thẩm quyền được ghi nhận để kiến nghị lên cấp trên.",
            ),
            (
                "table",
                "Ý kiến, kiến nghị tại hội nghị đối thoại",
                ["Nhóm nội dung", "Số ý kiến", "Đã trả lời tại hội nghị"],
                [
                    ["Chế độ, chính sách, phụ cấp", "11", "9"],
                    ["Điều kiện làm việc, trang thiết bị", "8", "8"],
                    ["Đào tạo, bồi dưỡng chuyên môn", "6", "5"],
                    ["Nội dung khác", "4", "4"],
                ],
            ),
            (
                "p",
                "Công đoàn ngành sẽ theo dõi, giám sát việc thực hiện các nội dung đã cam kết và thông tin kết quả "
                "đến đoàn viên qua công đoàn cơ sở.",
            ),
        ],
    },
    {
        "title": "Đoàn viên ngành y tế ủng hộ đồng bào, đồng nghiệp bị thiệt hại do mưa lũ",
        "lead": (
            "Hưởng ứng lời kêu gọi của Liên đoàn Lao động tỉnh, đoàn viên, người lao động ngành y tế đã ủng hộ hơn "
            "650 triệu đồng giúp đồng bào và đồng nghiệp bị thiệt hại do mưa lũ."
        ),
        "caption": "Công đoàn ngành trao tiền hỗ trợ đoàn viên có nhà bị hư hỏng do mưa lũ.",
        "author": "Đức Thắng",
        "body": [
            (
                "p",
                "Ngay sau khi nhận được lời kêu gọi, các công đoàn cơ sở đã vận động đoàn viên đóng góp ít nhất "
                "một ngày lương. Nhiều tập thể khoa, phòng còn quyên góp thêm nhu yếu phẩm, thuốc men gửi về vùng "
                "bị ngập.",
            ),
            (
                "figure",
                "Đoàn viên chuyển hàng cứu trợ lên xe",
                "Đoàn viên Trung tâm Y tế Hương Khê chuyển hàng cứu trợ đến các xã bị ngập lụt.",
            ),
            (
                "p",
                "Số tiền ủng hộ được chuyển về Ủy ban Mặt trận Tổ quốc tỉnh; riêng 120 triệu đồng được Công đoàn "
                "ngành dành hỗ trợ trực tiếp 24 đoàn viên có nhà cửa bị hư hỏng nặng.",
            ),
            (
                "quote",
                "Nhìn đồng nghiệp vừa lội nước đi cấp cứu, vừa lo nhà mình bị ngập, chúng tôi càng thấm thía "
                "hai chữ đồng nghiệp.",
                "Điều dưỡng Trần Thị Mai, Bệnh viện Đa khoa tỉnh",
            ),
        ],
    },
]
