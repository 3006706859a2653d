STORIES = [
    {
        "title": "Những điểm mới của Luật Công đoàn năm 2024 người lao động cần biết",
        "lead": (
            "Luật Công đoàn năm 2024, có hiệu lực từ ngày 01/7/2025, mở rộng đối tượng được gia nhập công đoàn, làm "
            "rõ quyền, trách nhiệm của đoàn viên và yêu cầu công khai, minh bạch tài chính công đoàn."
        ),
        "caption": "Cán bộ công đoàn cơ sở tìm hiểu Luật Công đoàn năm 2024.",
        "author": "Ban Chính sách - Pháp luật",
        "source": "Tổng LĐLĐ Việt Nam",
        "body": [
            (
                "p",
                "Luật Công đoàn năm 2024 thay thế Luật Công đoàn năm 2012, kế thừa những quy định còn phù hợp và "
                "bổ sung nhiều nội dung mới sát với thực tiễn hoạt động công đoàn.",
            ),
            ("h2", "Một số điểm mới đáng chú ý"),
            (
                "ul",
                [
                    "Người lao động là người nước ngoài làm việc tại Việt Nam từ đủ 12 tháng trở lên được gia nhập và "
                    "hoạt động công đoàn tại cơ sở;",
                    "Quy định rõ hơn quyền của đoàn viên được thông tin, thảo luận, đề xuất và biểu quyết công việc "
                    "của tổ chức công đoàn;",
                    "Làm rõ nguồn thu, nhiệm vụ chi của tài chính công đoàn và trách nhiệm công khai, minh bạch;",
                    "Bổ sung trách nhiệm của người sử dụng lao động trong việc tạo điều kiện cho cán bộ công đoàn hoạt "
                    "động.",
                ],
            ),
            (
                "p",
                "Các công đoàn cơ sở trong ngành cần tổ chức tuyên truyền, phổ biến nội dung Luật tới đoàn viên, "
                "đồng thời rà soát lại quy chế phối hợp với thủ trưởng đơn vị cho phù hợp.",
            ),
        ],
    },
    {
        "title": "Rà soát, thực hiện đầy đủ chế độ phụ cấp ưu đãi theo nghề cho viên chức y tế",
        "lead": (
            "Công đoàn ngành Y tế tỉnh đề nghị công đoàn cơ sở phối hợp với thủ trưởng đơn vị rà soát danh sách, bảo "
            "đảm người lao động được hưởng đúng, đủ và kịp thời các chế độ phụ cấp theo quy định mới."
        ),
        "caption": "Cán bộ tổ chức và công đoàn cơ sở rà soát danh sách hưởng phụ cấp.",
        "author": "Ban Chính sách - Pháp luật",
        "body": [
            (
                "p",
                "Thời gian qua, Chính phủ và Bộ Y tế đã ban hành nhiều văn bản điều chỉnh chế độ phụ cấp đối với "
                "người làm chuyên môn y tế, đặc biệt ở y tế dự phòng và y tế cơ sở. Đây là sự quan tâm lớn, góp "
                "phần động viên đội ngũ gắn bó với nghề.",
            ),
            (
                "p",
                "Tuy nhiên, qua nắm bắt tại cơ sở, vẫn có người lao động chưa rõ mình thuộc nhóm đối tượng nào, "
                "mức hưởng ra sao, hoặc việc chi trả còn chậm do vướng mắc về nguồn kinh phí.",
            ),
            ("h2", "Đề nghị công đoàn cơ sở"),
            (
                "ol",
                [
                    "Phổ biến nội dung văn bản mới tới từng tổ công đoàn;",
                    "Cùng bộ phận tổ chức cán bộ rà soát danh sách đối tượng được hưởng;",
                    "Tổng hợp vướng mắc, báo cáo Công đoàn ngành trước ngày 25 hằng tháng.",
                ],
            ),
            ("p", "Toàn văn các văn bản liên quan được đăng trên cổng thông tin điện tử của Bộ Y tế và Sở Y tế."),
        ],
    },
    {
        "title": "Hướng dẫn tổ chức hội nghị viên chức, người lao động tại đơn vị sự nghiệp y tế",
        "lead": (
            "Hội nghị viên chức, người lao động là hình thức dân chủ trực tiếp quan trọng tại đơn vị. Công đoàn ngành "
            "hướng dẫn các bước chuẩn bị để hội nghị đúng quy định và thực chất."
        ),
        "caption": "Viên chức, người lao động biểu quyết tại hội nghị.",
        "author": "Ban Chính sách - Pháp luật",
        "body": [
            (
                "p",
                "Hội nghị được tổ chức mỗi năm một lần, thường vào đầu năm. Đơn vị có đông người lao động hoặc làm "
                "việc ở nhiều địa điểm có thể tổ chức hội nghị đại biểu, với đại biểu được bầu từ các khoa, phòng.",
            ),
            ("h2", "Các bước chuẩn bị"),
            (
                "ol",
                [
                    "Thủ trưởng đơn vị và ban chấp hành công đoàn thống nhất nội dung, thời gian, thành phần;",
                    "Tổ chức hội nghị ở các khoa, phòng để lấy ý kiến vào dự thảo báo cáo và các quy chế;",
                    "Tổng hợp ý kiến, hoàn thiện văn bản trình hội nghị;",
                    "Chuẩn bị chương trình, kịch bản và các điều kiện tổ chức.",
                ],
            ),
            (
                "p",
                "Nội dung hội nghị tập trung vào kết quả thực hiện nhiệm vụ, quy chế chi tiêu nội bộ, việc thực "
                "hiện chế độ, chính sách và phương hướng năm tới. Người lao động có quyền chất vấn và được thủ "
                "trưởng đơn vị trả lời ngay tại hội nghị.",
            ),
            (
                "quote",
                "Hội nghị không phải là một buổi họp cho đủ thủ tục. Đó là nơi người lao động nói lên tiếng nói "
                "của mình về chính đơn vị mình.",
                "",
            ),
        ],
    },
    {
        "title": "Hỏi - đáp: Làm thêm giờ, làm việc ban đêm được trả lương thế nào?",
        "lead": (
            "Nhiều đoàn viên làm việc theo ca kíp hỏi về cách tính tiền lương làm thêm giờ, làm việc ban đêm. Ban "
            "Biên tập trích dẫn quy định của Bộ luật Lao động năm 2019 để bạn đọc tham khảo."
        ),
        "caption": "Ca trực đêm tại khoa Cấp cứu.",
        "author": "Ban Chính sách - Pháp luật",
        "body": [
            ("h2", "Thế nào là làm việc vào ban đêm?"),
            (
                "p",
                "Theo Bộ luật Lao động năm 2019, giờ làm việc ban đêm được tính từ 22 giờ đến 6 giờ sáng ngày hôm sau.",
            ),
            ("h2", "Tiền lương làm thêm giờ"),
            (
                "table",
                "Mức tối thiểu so với tiền lương giờ làm việc bình thường",
                ["Thời điểm làm thêm", "Ít nhất bằng"],
                [
                    ["Ngày thường", "150%"],
                    ["Ngày nghỉ hằng tuần", "200%"],
                    ["Ngày nghỉ lễ, tết, ngày nghỉ có hưởng lương", "300%"],
                ],
            ),
            (
                "p",
                "Người lao động làm việc vào ban đêm được trả thêm ít nhất bằng 30% tiền lương của công việc làm "
                "vào ban ngày. Nếu làm thêm giờ vào ban đêm thì còn được trả thêm 20% tiền lương của công việc "
                "làm vào ban ngày của ngày đó.",
            ),
            ("h2", "Nghỉ giữa giờ và nghỉ chuyển ca"),
            (
                "p",
                "Người làm việc từ 6 giờ trở lên trong một ngày được nghỉ giữa giờ ít nhất 30 phút liên tục; làm "
                "việc vào ban đêm thì ít nhất 45 phút. Người làm việc theo ca được nghỉ ít nhất 12 giờ trước khi "
                "chuyển sang ca khác.",
            ),
            (
                "p",
                "Với viên chức làm chuyên môn y tế, chế độ trực và phụ cấp trực thực hiện theo quy định riêng của "
                "ngành. Đoàn viên có thắc mắc cụ thể xin liên hệ công đoàn cơ sở hoặc Ban Chính sách - Pháp luật "
                "Công đoàn ngành.",
            ),
        ],
    },
    {
        "title": "Tăng cường bảo vệ nhân viên y tế trước hành vi bạo lực tại nơi làm việc",
        "lead": (
            "Trước việc một số vụ hành hung, xúc phạm nhân viên y tế vẫn xảy ra, Công đoàn ngành đề nghị các đơn vị "
            "thực hiện nghiêm các biện pháp bảo vệ người lao động tại nơi làm việc."
        ),
        "caption": "Lực lượng bảo vệ thường trực tại khu vực tiếp đón khoa Cấp cứu.",
        "author": "Hải Yến",
        "body": [
            (
                "p",
                "Xâm phạm sức khỏe, danh dự, nhân phẩm của người hành nghề khám bệnh, chữa bệnh là hành vi bị "
                "nghiêm cấm. Tùy tính chất, mức độ, người vi phạm có thể bị xử phạt vi phạm hành chính hoặc bị truy "
                "cứu trách nhiệm hình sự.",
            ),
            ("h2", "Các biện pháp đề nghị đơn vị thực hiện"),
            (
                "ul",
                [
                    "Bố trí bảo vệ thường trực tại khoa Cấp cứu và các khu vực đông người;",
                    "Lắp đặt camera giám sát, chuông báo động ở những vị trí có nguy cơ cao;",
                    "Xây dựng quy trình xử lý tình huống và phối hợp với công an địa phương;",
                    "Tập huấn kỹ năng giao tiếp, xử lý xung đột cho nhân viên y tế.",
                ],
            ),
            (
                "p",
                "Khi có vụ việc, công đoàn cơ sở kịp thời thăm hỏi, hỗ trợ đoàn viên; phối hợp với đơn vị báo cáo "
                "cơ quan chức năng và theo dõi đến khi vụ việc được xử lý dứt điểm.",
            ),
            (
                "quote",
                "Bảo vệ nhân viên y tế cũng chính là bảo vệ người bệnh: chỉ khi được an toàn, thầy thuốc mới "
                "toàn tâm cứu chữa.",
                "",
            ),
        ],
    },
]
