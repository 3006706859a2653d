STORIES = [
    {
        "title": "Công đoàn Trung tâm Y tế Can Lộc tổ chức Đại hội nhiệm kỳ mới",
        "lead": (
            "Đại hội đã bầu Ban Chấp hành gồm 9 đồng chí và thông qua nghị quyết với nhiều chỉ tiêu hướng vào chăm lo "
            "đời sống, phát triển đoàn viên."
        ),
        "caption": "Ban Chấp hành nhiệm kỳ mới ra mắt đại hội.",
        "author": "Văn Lâm",
        "source": "CĐCS Trung tâm Y tế Can Lộc",
        "body": [
            (
                "p",
                "Công đoàn Trung tâm Y tế có 246 đoàn viên sinh hoạt tại 18 tổ công đoàn. Nhiệm kỳ qua, công đoàn "
                "đã phối hợp tốt với chuyên môn trong việc thực hiện dân chủ ở cơ sở và tổ chức nhiều hoạt động "
                "chăm lo thiết thực cho đoàn viên.",
            ),
            (
                "ul",
                [
                    "Hằng năm, 100% đoàn viên được khám sức khỏe định kỳ;",
                    "Quỹ tương trợ hơn 200 triệu đồng, giúp 46 lượt đoàn viên vay không lãi;",
                    "21 sáng kiến được công nhận cấp cơ sở.",
                ],
            ),
            (
                "p",
                "Đại hội đã bầu đồng chí Nguyễn Thị Thu Trang tiếp tục giữ chức Chủ tịch Công đoàn Trung tâm nhiệm "
                "kỳ mới.",
            ),
            (
                "figure",
                "Ban Chấp hành Công đoàn Trung tâm Y tế ra mắt đại hội",
                "Ban Chấp hành Công đoàn Trung tâm Y tế Can Lộc nhiệm kỳ mới.",
            ),
        ],
    },
    {
        "title": "Mô hình “Tổ công đoàn tự quản” ở khoa Nhi",
        "lead": (
            "Tổ công đoàn khoa Nhi Bệnh viện Đa khoa tỉnh tự xây dựng quy ước sinh hoạt, tự quản lý quỹ và phân công "
            "nhau giúp đỡ đồng nghiệp khi ốm đau, sinh nở."
        ),
        "caption": "Buổi sinh hoạt định kỳ của tổ công đoàn khoa Nhi.",
        "author": "Minh Duyên",
        "source": "CĐCS Bệnh viện Đa khoa tỉnh",
        "body": [
            (
                "p",
                "Tổ có 32 đoàn viên, phần lớn là nữ và đang nuôi con nhỏ. Để đồng nghiệp yên tâm nghỉ thai sản, "
                "tổ chủ động sắp xếp lại lịch trực, mỗi người nhận thêm một phần việc mà không ảnh hưởng đến chất "
                "lượng chăm sóc bệnh nhi.",
            ),
            (
                "p",
                "Mỗi tháng, tổ sinh hoạt một lần vào cuối giờ chiều, vừa trao đổi chuyên môn, vừa lắng nghe tâm tư "
                "của từng thành viên. Những kiến nghị chính đáng được tổ trưởng tổng hợp, báo cáo ban chấp hành "
                "công đoàn cơ sở.",
            ),
            (
                "quote",
                "Tổ công đoàn mạnh thì công đoàn cơ sở mới mạnh. Mọi hoạt động đều bắt đầu từ những việc nhỏ ở tổ.",
                "Tổ trưởng tổ công đoàn khoa Nhi",
            ),
            ("p", "Mô hình đã được Công đoàn ngành lựa chọn để giới thiệu, nhân rộng tại các bệnh viện trong tỉnh."),
        ],
    },
    {
        "title": "Công đoàn Bệnh viện Y dược cổ truyền ra quân trồng cây xanh, cây dược liệu",
        "lead": (
            "Hơn 150 đoàn viên tham gia trồng 300 cây xanh và cây dược liệu trong khuôn viên bệnh viện, góp phần xây "
            "dựng môi trường “Xanh - sạch - đẹp”."
        ),
        "caption": "Đoàn viên Bệnh viện Y dược cổ truyền trồng cây trong khuôn viên bệnh viện.",
        "author": "Hải Yến",
        "body": [
            (
                "p",
                "Ngoài cây bóng mát, bệnh viện dành riêng một khu vườn trồng các loại cây thuốc quen thuộc như ngải "
                "cứu, hương nhu, đinh lăng, tía tô, vừa để giới thiệu với người bệnh, vừa tạo cảnh quan xanh mát.",
            ),
            (
                "figure",
                "Đoàn viên trồng cây dược liệu trong khuôn viên bệnh viện",
                "Vườn cây dược liệu vừa được các khoa, phòng trồng mới.",
            ),
            (
                "p",
                "Mỗi khoa, phòng nhận chăm sóc một khu vực cây xanh; kết quả chăm sóc được đưa vào tiêu chí bình xét "
                "thi đua hằng tháng của tổ công đoàn.",
            ),
        ],
    },
    {
        "title": "Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh tổ chức Ngày hội gia đình",
        "lead": (
            "Ngày hội thu hút hơn 300 đoàn viên và người thân với nhiều trò chơi dân gian, hội thi nấu ăn và chương "
            "trình văn nghệ do chính các gia đình đoàn viên dàn dựng."
        ),
        "caption": "Các gia đình đoàn viên tham gia trò chơi kéo co.",
        "state": "draft",
        "author": "Văn Lâm",
        "body": [
            (
                "p",
                "Đây là năm thứ ba Công đoàn Trung tâm tổ chức Ngày hội gia đình, tạo dịp để đoàn viên và người "
                "thân giao lưu, gắn kết sau những ngày làm việc căng thẳng.",
            ),
            (
                "ul",
                [
                    "Hội thi “Bữa cơm gia đình” với 12 đội tham gia;",
                    "Các trò chơi kéo co, nhảy bao bố, ô ăn quan cho các cháu thiếu nhi;",
                    "Chương trình văn nghệ “Gia đình tôi”.",
                ],
            ),
            (
                "p",
                "Ban tổ chức đã trao giải cho các đội đạt thành tích cao và tặng quà cho 45 cháu là con đoàn viên "
                "có thành tích học tập tốt.",
            ),
        ],
    },
    {
        "title": "Bệnh viện Phục hồi chức năng tổ chức hội nghị viên chức, người lao động",
        "lead": (
            "Hội nghị đã thông qua quy chế chi tiêu nội bộ sửa đổi, trong đó tăng mức hỗ trợ cho người lao động trực "
            "đêm và làm việc tại các khoa có nguy cơ cao."
        ),
        "caption": "Giám đốc bệnh viện trả lời kiến nghị của người lao động.",
        "author": "Ngọc Ánh",
        "body": [
            (
                "p",
                "Trước hội nghị, 100% khoa, phòng đã tổ chức hội nghị cấp khoa, phòng để góp ý vào dự thảo các văn "
                "bản. Nhiều ý kiến thiết thực đã được tiếp thu, bổ sung vào quy chế.",
            ),
            (
                "p",
                "Tại hội nghị, giám đốc bệnh viện đã trực tiếp trả lời kiến nghị của người lao động về cải thiện "
                "phòng nghỉ cho nhân viên trực, bổ sung tủ đồ cá nhân và trang bị thêm máy lọc nước.",
            ),
            (
                "ul",
                [
                    "Tăng mức hỗ trợ trực đêm thêm 20.000 đ mỗi người mỗi phiên;",
                    "Hỗ trợ 500.000 đ mỗi người khi đi học nâng cao trình độ;",
                    "Dành 5% quỹ phúc lợi cho hoạt động văn hóa, thể thao.",
                ],
            ),
            (
                "p",
                "Hội nghị cũng đã phát động thi đua thực hiện thắng lợi nhiệm vụ năm và ký giao ước thi đua giữa "
                "các khoa, phòng.",
            ),
        ],
    },
    {
        "title": "Công đoàn Trường Cao đẳng Y tế chăm lo cho người lao động hợp đồng",
        "lead": (
            "Không chỉ viên chức, người lao động hợp đồng làm bảo vệ, tạp vụ, phục vụ tại trường cũng được kết nạp "
            "vào công đoàn và hưởng đầy đủ các chế độ thăm hỏi, hỗ trợ."
        ),
        "caption": "Công đoàn trường tặng quà người lao động hợp đồng.",
        "author": "Văn Lâm",
        "source": "CĐCS Trường Cao đẳng Y tế",
        "body": [
            (
                "p",
                "Nhà trường hiện có 18 người lao động hợp đồng, phần lớn có thu nhập thấp. Công đoàn trường đã vận "
                "động tất cả gia nhập công đoàn và thành lập một tổ công đoàn riêng để thuận tiện sinh hoạt.",
            ),
            (
                "p",
                "Hằng năm, công đoàn phối hợp với nhà trường tổ chức khám sức khỏe, tặng quà dịp lễ, tết và hỗ trợ "
                "học bổng cho con người lao động.",
            ),
            (
                "quote",
                "Làm ở đây đã gần mười năm, tôi thấy mình cũng là một phần của nhà trường chứ không phải người "
                "làm thuê.",
                "Chị Lê Thị Hoa, nhân viên tạp vụ",
            ),
        ],
    },
    {
        "title": "Công đoàn Trung tâm Y tế Hương Khê đối thoại định kỳ tại nơi làm việc",
        "lead": (
            "Buổi đối thoại định kỳ giữa Giám đốc Trung tâm và đại diện tập thể người lao động đã giải quyết dứt điểm "
            "8 kiến nghị, trong đó có việc sửa chữa khu nhà công vụ cho nhân viên ở xa."
        ),
        "caption": "Quang cảnh buổi đối thoại tại Trung tâm Y tế Hương Khê.",
        "author": "Đức Thắng",
        "body": [
            (
                "p",
                "Trước buổi đối thoại, ban chấp hành công đoàn đã lấy ý kiến tại các tổ công đoàn và các trạm y tế "
                "xã. Kiến nghị được tổng hợp, gửi lãnh đạo trung tâm trước 10 ngày để chuẩn bị nội dung trả lời.",
            ),
            (
                "table",
                "Kết quả giải quyết kiến nghị",
                ["Nội dung kiến nghị", "Kết quả"],
                [
                    ["Sửa chữa khu nhà công vụ", "Hoàn thành trong quý"],
                    ["Bổ sung máy giặt, máy sấy cho khoa Truyền nhiễm", "Đã mua sắm"],
                    ["Điều chỉnh lịch trực tại trạm y tế xã vùng xa", "Đã điều chỉnh"],
                    ["Hỗ trợ chi phí đi lại khi tập huấn tại tỉnh", "Đưa vào quy chế chi tiêu nội bộ"],
                ],
            ),
            (
                "p",
                "Công đoàn cơ sở sẽ giám sát việc thực hiện và thông báo kết quả tại buổi sinh hoạt tổ công đoàn "
                "tháng tới.",
            ),
        ],
    },
]
