STORIES = [
    {
        "title": "Trao nhà “Mái ấm Công đoàn” cho nữ hộ sinh có hoàn cảnh khó khăn",
        "lead": (
            "Sau gần ba tháng xây dựng, ngôi nhà mới rộng 60 m² của chị Nguyễn Thị Lan, hộ sinh trạm y tế xã, đã "
            "hoàn thành với sự hỗ trợ của Công đoàn ngành, đồng nghiệp và các nhà hảo tâm."
        ),
        "caption": "Đại diện Công đoàn ngành trao biểu trưng hỗ trợ xây nhà cho chị Nguyễn Thị Lan.",
        "featured": True,
        "author": "Minh Duyên",
        "body": [
            (
                "p",
                "Chồng mất sớm, một mình nuôi hai con nhỏ, chị Lan nhiều năm sống trong căn nhà cấp bốn xuống cấp, "
                "mùa mưa bão nào cũng phải sang nhờ nhà hàng xóm. Dù vậy, chị chưa bao giờ để việc riêng ảnh "
                "hưởng đến ca trực tại trạm.",
            ),
            (
                "p",
                "Ngôi nhà có tổng kinh phí gần 320 triệu đồng, trong đó Công đoàn ngành hỗ trợ 60 triệu đồng từ "
                "quỹ Mái ấm Công đoàn, công đoàn cơ sở và đồng nghiệp góp 45 triệu đồng cùng nhiều ngày công, "
                "phần còn lại do gia đình và người thân đóng góp.",
            ),
            ("figure", "Trao biểu trưng hỗ trợ nhà Mái ấm Công đoàn", "Ngôi nhà mới của chị Lan trong ngày bàn giao."),
            (
                "quote",
                "Có nhà mới, mẹ con tôi không còn lo mỗi khi trời chuyển mưa. Tôi chỉ biết cố gắng làm việc "
                "thật tốt để đáp lại tấm lòng của mọi người.",
                "Chị Nguyễn Thị Lan",
            ),
            (
                "p",
                "Từ đầu nhiệm kỳ đến nay, Công đoàn ngành Y tế tỉnh đã hỗ trợ xây mới, sửa chữa 14 nhà Mái ấm "
                "Công đoàn với tổng kinh phí hỗ trợ hơn 700 triệu đồng.",
            ),
        ],
    },
    {
        "title": "Thăm hỏi, tặng quà đoàn viên mắc bệnh hiểm nghèo",
        "lead": (
            "Công đoàn ngành Y tế tỉnh vừa đến thăm, tặng quà 26 đoàn viên đang điều trị bệnh hiểm nghèo, mỗi suất "
            "quà trị giá từ 2 đến 5 triệu đồng."
        ),
        "caption": "Đoàn công tác thăm hỏi đoàn viên đang điều trị tại nhà.",
        "author": "Hải Yến",
        "body": [
            (
                "p",
                "Đoàn đã đến tận nhà hoặc nơi điều trị để động viên các đoàn viên, lắng nghe hoàn cảnh và trao đổi "
                "với thủ trưởng đơn vị về việc bố trí công việc phù hợp khi đoàn viên trở lại làm việc.",
            ),
            (
                "p",
                "Trong số các đoàn viên được thăm có nhiều điều dưỡng, kỹ thuật viên trẻ, là lao động chính trong "
                "gia đình. Chi phí điều trị kéo dài khiến cuộc sống của họ gặp rất nhiều khó khăn.",
            ),
            (
                "ul",
                [
                    "Tổng số suất quà: 26;",
                    "Tổng kinh phí: 98.000.000 đ;",
                    "Nguồn kinh phí: quỹ xã hội Công đoàn ngành và đóng góp của các công đoàn cơ sở.",
                ],
            ),
            (
                "p",
                "Công đoàn ngành đề nghị các công đoàn cơ sở thường xuyên nắm bắt hoàn cảnh của đoàn viên, kịp "
                "thời báo cáo để có hình thức hỗ trợ phù hợp.",
            ),
        ],
    },
    {
        "title": "“Phiên chợ Công đoàn” mang hàng hóa giá ưu đãi đến đoàn viên",
        "lead": (
            "Hơn 1.200 đoàn viên, người lao động ngành y tế đã mua sắm hàng hóa thiết yếu với mức giảm từ 10 đến 50% "
            "tại phiên chợ do Công đoàn ngành phối hợp với các doanh nghiệp tổ chức."
        ),
        "caption": "Đoàn viên chọn mua hàng tại Phiên chợ Công đoàn.",
        "author": "Ngọc Ánh",
        "body": [
            (
                "p",
                "Mỗi đoàn viên được phát một phiếu mua hàng trị giá 300.000 đồng từ nguồn kinh phí công đoàn. Các "
                "gian hàng bày bán gạo, dầu ăn, sữa, đồ dùng gia đình và nông sản địa phương có nguồn gốc rõ ràng.",
            ),
            (
                "figure",
                "Đoàn viên mua hàng tại gian hàng nông sản",
                "Gian hàng nông sản địa phương thu hút đông đảo đoàn viên.",
            ),
            (
                "p",
                "Phiên chợ được bố trí vào buổi chiều cuối tuần tại khuôn viên Bệnh viện Đa khoa tỉnh để nhân viên "
                "y tế các ca trực thuận tiện tham gia.",
            ),
        ],
    },
    {
        "title": "Hỗ trợ đoàn viên bị tai nạn lao động khi đi cấp cứu người bệnh",
        "lead": (
            "Trên đường đi cấp cứu người bệnh lúc nửa đêm, xe cứu thương của một trung tâm y tế gặp tai nạn khiến lái "
            "xe và một điều dưỡng bị thương. Công đoàn ngành đã kịp thời thăm hỏi, hỗ trợ."
        ),
        "caption": "Đại diện Công đoàn ngành thăm hỏi đoàn viên bị tai nạn lao động.",
        "author": "Đức Thắng",
        "body": [
            (
                "p",
                "Ngay trong đêm, công đoàn cơ sở cùng lãnh đạo đơn vị đã có mặt tại bệnh viện để hỗ trợ gia đình. "
                "Công đoàn ngành trao 10 triệu đồng cho mỗi người và phối hợp với cơ quan bảo hiểm xã hội hướng "
                "dẫn thủ tục hưởng chế độ tai nạn lao động.",
            ),
            (
                "p",
                "Vụ việc một lần nữa cho thấy áp lực và rủi ro của những người làm công tác cấp cứu ngoại viện, "
                "thường xuyên di chuyển trong điều kiện thời tiết xấu, đường sá xa xôi.",
            ),
            ("h2", "Đề xuất của công đoàn"),
            (
                "ul",
                [
                    "Rà soát, bảo dưỡng định kỳ xe cứu thương; bố trí lái xe nghỉ ngơi hợp lý giữa các ca;",
                    "Mua bảo hiểm tai nạn cho cán bộ làm nhiệm vụ cấp cứu ngoại viện;",
                    "Tập huấn kỹ năng lái xe an toàn trong tình huống khẩn cấp.",
                ],
            ),
        ],
    },
    {
        "title": "Khám sức khỏe và tầm soát ung thư miễn phí cho nữ đoàn viên",
        "lead": (
            "Hơn 800 nữ đoàn viên được khám phụ khoa, tầm soát ung thư vú và ung thư cổ tử cung miễn phí trong "
            "chương trình do Ban Nữ công Công đoàn ngành phối hợp với Bệnh viện Đa khoa tỉnh thực hiện."
        ),
        "caption": "Nữ đoàn viên được tư vấn sức khỏe sau khi khám.",
        "author": "Phương Thảo",
        "body": [
            (
                "p",
                "Hằng ngày chăm sóc sức khỏe cho người dân, nhưng không ít nữ nhân viên y tế lại ít có thời gian "
                "quan tâm đến sức khỏe của chính mình. Chương trình được tổ chức ngay tại đơn vị, theo lịch linh "
                "hoạt để chị em không phải nghỉ việc.",
            ),
            (
                "p",
                "Qua đợt khám, các bác sĩ đã phát hiện 37 trường hợp có dấu hiệu bất thường và tư vấn theo dõi, "
                "điều trị sớm. Kết quả được bảo mật và gửi riêng cho từng người.",
            ),
            (
                "quote",
                "Nhiều chị em nói rằng nếu không có chương trình này thì cứ lần lữa mãi, đến khi có triệu "
                "chứng mới đi khám.",
                "Trưởng Ban Nữ công Công đoàn ngành",
            ),
        ],
    },
    {
        "title": "Trao học bổng “Vòng tay Công đoàn” cho con đoàn viên vượt khó học giỏi",
        "lead": (
            "50 suất học bổng, mỗi suất 2 triệu đồng, đã được trao cho con đoàn viên ngành y tế có thành tích học "
            "tập tốt trong hoàn cảnh gia đình khó khăn."
        ),
        "caption": "Các em học sinh nhận học bổng “Vòng tay Công đoàn”.",
        "author": "Thu Hằng",
        "body": [
            (
                "p",
                "Quỹ học bổng được hình thành từ đóng góp của các công đoàn cơ sở và các nhà hảo tâm. Năm nay, số "
                "suất học bổng tăng thêm 10 suất so với năm trước.",
            ),
            (
                "table",
                "Học bổng theo cấp học",
                ["Cấp học", "Số suất", "Kinh phí"],
                [
                    ["Tiểu học", "18", "36.000.000 đ"],
                    ["Trung học cơ sở", "17", "34.000.000 đ"],
                    ["Trung học phổ thông", "15", "30.000.000 đ"],
                    ["Cộng", "50", "100.000.000 đ"],
                ],
            ),
            (
                "p",
                "Nhiều em có bố hoặc mẹ là nhân viên y tế đã mất hoặc đang mắc bệnh nặng. Những phần quà nhỏ là "
                "lời động viên để các em tiếp tục nỗ lực trong học tập.",
            ),
        ],
    },
]
