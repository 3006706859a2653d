from demo.data.news import FEDERATION_SOURCE

STORIES = [
    {
        "title": "Sôi nổi Hội thao cán bộ y tế toàn ngành",
        "lead": (
            "Hơn 400 vận động viên đến từ 15 công đoàn cơ sở tranh tài ở các môn bóng chuyền hơi, cầu lông, bóng "
            "bàn, kéo co và cờ tướng trong hai ngày thi đấu."
        ),
        "caption": "Các vận động viên diễu hành tại lễ khai mạc hội thao.",
        "author": "Quang Huy",
        "body": [
            (
                "p",
                "Hội thao là dịp để cán bộ, nhân viên y tế rèn luyện sức khỏe, giao lưu, học hỏi lẫn nhau sau "
                "những giờ làm việc căng thẳng. Nhiều vận động viên vừa rời ca trực đã có mặt tại sân thi đấu.",
            ),
            (
                "figure",
                "Trận chung kết bóng chuyền hơi nữ",
                "Trận chung kết bóng chuyền hơi nữ giữa Bệnh viện Đa khoa tỉnh và Trung tâm Y tế Đức Thọ.",
            ),
            (
                "table",
                "Các đơn vị dẫn đầu toàn đoàn",
                ["Xếp hạng", "Đơn vị", "Huy chương vàng"],
                [
                    ["Nhất", "Bệnh viện Đa khoa tỉnh", "5"],
                    ["Nhì", "Trung tâm Y tế Đức Thọ", "3"],
                    ["Ba", "Trung tâm Kiểm soát bệnh tật tỉnh", "2"],
                ],
            ),
            (
                "p",
                "Ban tổ chức đã trao giải nhất, nhì, ba cho các đội và vận động viên ở từng nội dung, đồng thời "
                "trao giải phong cách cho đội kéo co của một trạm y tế xã vùng núi.",
            ),
        ],
    },
    {
        "title": "Hội diễn văn nghệ “Tiếng hát áo blouse trắng”",
        "lead": (
            "22 tiết mục ca, múa, nhạc và kịch ngắn do chính các y bác sĩ, điều dưỡng dàn dựng đã mang đến cho khán "
            "giả một đêm hội đầy cảm xúc."
        ),
        "caption": "Tiết mục múa của Trung tâm Y tế Hương Sơn.",
        "author": "Thu Hằng",
        "body": [
            (
                "p",
                "Các tiết mục ca ngợi Đảng, Bác Hồ, quê hương và tình yêu với nghề y. Tiểu phẩm “Ca trực đêm” của "
                "Bệnh viện Đa khoa tỉnh tái hiện chân thực áp lực và niềm vui khi cứu sống người bệnh, nhận được "
                "tràng pháo tay dài của khán giả.",
            ),
            (
                "p",
                "Ban giám khảo đánh giá chất lượng hội diễn năm nay được nâng lên rõ rệt; nhiều tiết mục được dàn "
                "dựng công phu, đầu tư về trang phục và âm thanh.",
            ),
            (
                "ul",
                [
                    "Giải A: Bệnh viện Đa khoa tỉnh, Trung tâm Y tế Hương Sơn;",
                    "Giải B: Bệnh viện Y dược cổ truyền, Trường Cao đẳng Y tế, Trung tâm Y tế Kỳ Anh;",
                    "Giải C: 5 đơn vị.",
                ],
            ),
        ],
    },
    {
        "title": "Giải cầu lông công nhân, viên chức, lao động ngành y tế",
        "lead": (
            "Giải đấu quy tụ 96 tay vợt ở 6 nội dung đơn và đôi, là hoạt động thiết thực hưởng ứng cuộc vận động "
            "“Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”."
        ),
        "caption": "Trận chung kết đôi nam nữ.",
        "author": "Văn Lâm",
        "body": [
            (
                "p",
                "Giải được tổ chức tại nhà thi đấu đa năng của tỉnh. Bên cạnh những tay vợt đã quen thuộc qua nhiều "
                "mùa giải, năm nay xuất hiện nhiều gương mặt trẻ là bác sĩ, điều dưỡng mới được tuyển dụng.",
            ),
            (
                "p",
                "Ở nội dung đôi nam nữ, cặp vợt của Trung tâm Y tế Thạch Hà đã có màn lội ngược dòng ấn tượng để "
                "giành chức vô địch.",
            ),
            (
                "p",
                "Ban tổ chức đã trao 6 bộ huy chương và giải phong cách cho vận động viên lớn tuổi nhất, một bác sĩ "
                "đã ngoài 55 tuổi.",
            ),
        ],
    },
    {
        "title": "Câu lạc bộ đi bộ “Sức khỏe cho người thầy thuốc” thu hút đông đảo đoàn viên",
        "lead": (
            "Ra đời từ một nhóm nhỏ 10 người, câu lạc bộ hiện có hơn 80 thành viên, duy trì đi bộ mỗi sáng và tổ chức "
            "chạy bộ gây quỹ hỗ trợ đồng nghiệp khó khăn."
        ),
        "caption": "Thành viên câu lạc bộ đi bộ buổi sáng quanh hồ.",
        "state": "draft",
        "author": "Hải Yến",
        "body": [
            (
                "p",
                "Câu lạc bộ sinh hoạt lúc 5 giờ 30 mỗi sáng trên tuyến đường ven hồ và kết thúc trước giờ giao ban "
                "để các thành viên kịp vào ca làm việc.",
            ),
            (
                "p",
                "Mỗi quý, câu lạc bộ tổ chức một buổi chạy bộ gây quỹ; mỗi ki-lô-mét được các nhà tài trợ quy đổi "
                "thành tiền ủng hộ quỹ tương trợ của công đoàn.",
            ),
        ],
    },
    {
        "title": "Đoàn ngành y tế giành giải ba toàn đoàn tại Ngày hội văn hóa, thể thao công nhân viên chức lao động",
        "lead": (
            "Đoàn Công đoàn ngành Y tế giành 2 huy chương vàng, 3 huy chương bạc và giải ba toàn đoàn tại ngày hội do "
            "Liên đoàn Lao động tỉnh tổ chức."
        ),
        "caption": "Đội kéo co Công đoàn ngành Y tế trong trận bán kết.",
        "author": "Minh Duyên",
        "source": FEDERATION_SOURCE,
        "body": [
            (
                "p",
                "Đoàn gồm 45 vận động viên, diễn viên, tham gia tranh tài ở các nội dung bóng chuyền hơi, kéo co, "
                "việt dã và hội diễn văn nghệ.",
            ),
            (
                "p",
                "Điểm nhấn của đoàn là tiết mục múa “Áo trắng miền quê” do các nữ hộ sinh tuyến cơ sở biểu diễn, "
                "đoạt huy chương vàng phần thi văn nghệ.",
            ),
            ("figure", "Đội kéo co ngành y tế thi đấu", "Đội kéo co Công đoàn ngành Y tế trong trận bán kết."),
        ],
    },
    {
        "title": "Tủ sách công đoàn: nuôi dưỡng văn hóa đọc trong giờ nghỉ",
        "lead": (
            "Nhiều công đoàn cơ sở đã đặt tủ sách tại phòng nghỉ của nhân viên, kết hợp sách chuyên môn, sách pháp "
            "luật và văn học để đoàn viên đọc trong giờ nghỉ."
        ),
        "caption": "Góc đọc sách tại phòng nghỉ nhân viên khoa Nội.",
        "author": "Ngọc Ánh",
        "body": [
            (
                "p",
                "Sách do đoàn viên, nhà tài trợ và Công đoàn ngành đóng góp. Mỗi tủ sách có sổ theo dõi mượn, trả "
                "do một thành viên tổ công đoàn phụ trách.",
            ),
            (
                "ul",
                [
                    "15/15 công đoàn cơ sở có tủ sách hoặc góc đọc;",
                    "Hơn 4.200 cuốn sách các loại;",
                    "6 buổi giới thiệu sách và tọa đàm về văn hóa đọc.",
                ],
            ),
            (
                "p",
                "Công đoàn ngành sẽ tiếp tục bổ sung sách pháp luật về lao động, bảo hiểm xã hội và chế độ, chính "
                "sách cho các tủ sách.",
            ),
        ],
    },
]
