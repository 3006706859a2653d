from demo.data.news import FEDERATION_SOURCE

STORIES = [
    {
        "title": "Bác sĩ Lê Minh Tuấn: mười năm gắn bó với khoa Hồi sức tích cực",
        "lead": (
            "Với anh, mỗi ca trực là một cuộc chạy đua với thời gian. Mười năm qua, bác sĩ Lê Minh Tuấn cùng đồng "
            "nghiệp đã giành lại sự sống cho hàng trăm người bệnh nặng."
        ),
        "caption": "Bác sĩ Lê Minh Tuấn trong một ca trực tại khoa Hồi sức tích cực.",
        "author": "Quang Huy",
        "body": [
            (
                "p",
                "Tốt nghiệp loại giỏi, anh Tuấn có nhiều lựa chọn làm việc ở các thành phố lớn nhưng quyết định "
                "trở về quê hương. Những ngày đầu, khoa Hồi sức tích cực của bệnh viện chỉ có vài máy thở cũ, nhân "
                "lực mỏng.",
            ),
            (
                "p",
                "Anh chủ động học thêm kỹ thuật lọc máu liên tục, thở máy không xâm nhập rồi về hướng dẫn lại cho "
                "đồng nghiệp. Đến nay, khoa đã làm chủ nhiều kỹ thuật chuyên sâu, hạn chế chuyển người bệnh lên "
                "tuyến trên.",
            ),
            (
                "figure",
                "Bác sĩ Lê Minh Tuấn thăm khám người bệnh",
                "Bác sĩ Lê Minh Tuấn (bên phải) thăm khám người bệnh tại khoa Hồi sức tích cực.",
            ),
            (
                "quote",
                "Người bệnh vào đến khoa mình thường là lúc nguy kịch nhất. Mình không được phép mệt, ít nhất là "
                "trong ca trực.",
                "Bác sĩ Lê Minh Tuấn",
            ),
            (
                "p",
                "Với những đóng góp đó, anh nhiều năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở và được Liên đoàn "
                "Lao động tỉnh tặng Bằng Lao động sáng tạo.",
            ),
        ],
    },
    {
        "title": "Nữ điều dưỡng trưởng và những sáng kiến vì người bệnh",
        "lead": (
            "Từ tấm bảng nhắc giờ uống thuốc bằng hình vẽ đến quy trình bàn giao người bệnh giữa các ca, điều dưỡng "
            "trưởng Phạm Thị Hồng Nhung đã có 5 sáng kiến được công nhận cấp cơ sở."
        ),
        "caption": "Điều dưỡng trưởng Phạm Thị Hồng Nhung hướng dẫn người bệnh dùng bảng nhắc giờ uống thuốc.",
        "author": "Ngọc Ánh",
        "body": [
            (
                "p",
                "Chị Nhung làm việc tại khoa Nội tổng hợp, nơi phần lớn người bệnh là người cao tuổi mắc nhiều bệnh "
                "mạn tính. Thấy nhiều cụ nhầm thuốc, quên liều khi về nhà, chị thiết kế tấm bảng nhắc giờ uống "
                "thuốc với hình mặt trời, mặt trăng dễ hiểu.",
            ),
            (
                "p",
                "Sáng kiến nhỏ ấy nhanh chóng được nhân rộng ra toàn bệnh viện. Sau đó, chị tiếp tục đề xuất chuẩn "
                "hóa việc bàn giao người bệnh bằng phiếu kiểm, giúp giảm đáng kể sai sót trong chăm sóc.",
            ),
            (
                "ul",
                [
                    "Hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở;",
                    "Bằng khen của Liên đoàn Lao động tỉnh;",
                    "Nhiều năm liền đạt danh hiệu “Giỏi việc nước, đảm việc nhà”.",
                ],
            ),
            (
                "p",
                "Chị chia sẻ: sáng kiến luôn bắt đầu từ việc quan sát kỹ những khó khăn hằng ngày của người bệnh "
                "và đồng nghiệp.",
            ),
        ],
    },
    {
        "title": "Trạm y tế xã vùng núi: bốn con người giữ sức khỏe cho hơn 5.000 dân",
        "lead": (
            "Giữa vùng đồi núi, trạm y tế xã với bốn nhân viên vẫn duy trì đầy đủ các chương trình y tế và được người "
            "dân tin tưởng gọi là “nhà của bà con”."
        ),
        "caption": "Nhân viên trạm y tế xã đi tiêm chủng tại thôn xa.",
        "author": "Đức Thắng",
        "body": [
            (
                "p",
                "Trạm nằm cách trung tâm gần 30 km, đường đến nhiều thôn còn khó khăn. Vào mùa mưa, các anh chị "
                "thường phải gửi xe ở đầu dốc rồi đi bộ để khám cho người già, tiêm chủng cho trẻ nhỏ.",
            ),
            (
                "p",
                "Trạm trưởng, y sĩ Hồ Văn Sơn, đã gần 20 năm gắn bó với xã. Anh thuộc từng hộ gia đình, biết nhà "
                "nào có người mắc bệnh mạn tính, nhà nào có phụ nữ sắp sinh để kịp thời theo dõi.",
            ),
            ("h2", "Những kết quả đáng ghi nhận"),
            (
                "ul",
                [
                    "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi nhiều năm đạt trên 98%;",
                    "Quản lý, điều trị ngoại trú cho gần 400 người mắc tăng huyết áp, đái tháo đường;",
                    "Không để dịch bệnh lớn xảy ra trên địa bàn.",
                ],
            ),
            (
                "quote",
                "Ở đây, bà con không chỉ nhờ khám bệnh mà còn hỏi cả chuyện nuôi con, chuyện ăn uống. Mình coi "
                "đó là niềm tin phải giữ.",
                "Y sĩ Hồ Văn Sơn",
            ),
        ],
    },
    {
        "title": "Kỹ thuật viên xét nghiệm với giải pháp tiết kiệm hàng trăm triệu đồng",
        "lead": (
            "Giải pháp sắp xếp lại quy trình chạy mẫu xét nghiệm sinh hóa của kỹ thuật viên Võ Thanh Bình giúp bệnh "
            "viện tiết kiệm khoảng 250 triệu đồng tiền hóa chất mỗi năm."
        ),
        "caption": "Kỹ thuật viên Võ Thanh Bình tại khoa Xét nghiệm.",
        "author": "Phương Thảo",
        "body": [
            (
                "p",
                "Trước đây, mỗi ngày khoa Xét nghiệm phải chạy chuẩn, kiểm tra chất lượng nhiều lần do mẫu đến "
                "rải rác. Anh Bình đề xuất sắp xếp lại khung giờ nhận mẫu, gom mẫu theo nhóm xét nghiệm và lập "
                "lịch hiệu chuẩn hợp lý.",
            ),
            (
                "p",
                "Sau một năm áp dụng, lượng hóa chất tiêu hao giảm rõ rệt, thời gian trả kết quả trung bình rút "
                "ngắn khoảng 20 phút, trong khi chất lượng xét nghiệm vẫn được bảo đảm.",
            ),
            (
                "table",
                "Hiệu quả sau một năm áp dụng",
                ["Chỉ số", "Trước", "Sau"],
                [
                    ["Thời gian trả kết quả trung bình", "75 phút", "55 phút"],
                    ["Số lần chạy chuẩn mỗi ngày", "6", "3"],
                    ["Chi phí hóa chất kiểm tra chất lượng mỗi năm", "610.000.000 đ", "360.000.000 đ"],
                ],
            ),
            (
                "p",
                "Giải pháp đã được công nhận sáng kiến cấp ngành và được Công đoàn ngành đề nghị xét tặng Bằng Lao "
                "động sáng tạo.",
            ),
        ],
    },
    {
        "title": "Gia đình ba thế hệ làm nghề y",
        "lead": (
            "Ông là y sĩ thời chiến, con gái là bác sĩ sản khoa, cháu nội vừa tốt nghiệp điều dưỡng. Ba thế hệ trong "
            "gia đình ông Trần Đình Lộc cùng chung một lựa chọn: khoác áo blouse trắng."
        ),
        "caption": "Ba thế hệ trong gia đình ông Trần Đình Lộc.",
        "author": "Thu Hằng",
        "body": [
            (
                "p",
                "Ông Lộc năm nay đã ngoài 80 tuổi nhưng vẫn nhớ như in những ngày mang hòm thuốc theo đơn vị. Sau "
                "ngày hòa bình, ông về làm việc tại trạm y tế xã cho đến khi nghỉ hưu.",
            ),
            (
                "p",
                "Con gái ông, bác sĩ Trần Thị Hòa, hiện là phó trưởng khoa Phụ sản của một trung tâm y tế. Chị kể, "
                "từ nhỏ đã quen cảnh người làng gõ cửa lúc nửa đêm nhờ bố đi đỡ đẻ, và điều đó đã định hướng con "
                "đường của chị.",
            ),
            (
                "quote",
                "Ông chỉ dặn con cháu một câu: làm nghề này thì phải thương người bệnh trước đã.",
                "Bác sĩ Trần Thị Hòa",
            ),
            (
                "p",
                "Gia đình ông Lộc vừa được Liên đoàn Lao động tỉnh biểu dương là một trong những gia đình công "
                "nhân, viên chức, lao động tiêu biểu.",
            ),
        ],
    },
    {
        "title": "Biểu dương 25 tập thể, 85 cá nhân điển hình tiên tiến giai đoạn 5 năm",
        "lead": (
            "Các điển hình được lựa chọn từ phong trào thi đua của công đoàn các cấp trong ngành, tiêu biểu cho tinh "
            "thần tận tụy, sáng tạo và trách nhiệm với người bệnh."
        ),
        "caption": "Các điển hình tiên tiến nhận giấy khen tại hội nghị biểu dương.",
        "author": "Minh Duyên",
        "source": FEDERATION_SOURCE,
        "body": [
            (
                "p",
                "Hội nghị biểu dương điển hình tiên tiến được tổ chức trang trọng với sự tham dự của lãnh đạo Liên "
                "đoàn Lao động tỉnh, Sở Y tế và đại diện các công đoàn cơ sở.",
            ),
            (
                "table",
                "Cơ cấu điển hình được biểu dương",
                ["Lĩnh vực", "Tập thể", "Cá nhân"],
                [
                    ["Khám bệnh, chữa bệnh", "11", "39"],
                    ["Y tế dự phòng, y tế cơ sở", "8", "27"],
                    ["Đào tạo, quản lý nhà nước", "4", "12"],
                    ["Công tác công đoàn", "2", "7"],
                    ["Cộng", "25", "85"],
                ],
            ),
            (
                "p",
                "Trong số các cá nhân được biểu dương có 31 người là điều dưỡng, hộ sinh, kỹ thuật viên và nhân "
                "viên trực tiếp phục vụ người bệnh.",
            ),
            (
                "figure",
                "Các điển hình tiên tiến chụp ảnh lưu niệm",
                "Các tập thể, cá nhân điển hình tiên tiến chụp ảnh lưu niệm cùng lãnh đạo Liên đoàn Lao động tỉnh.",
            ),
        ],
    },
]
