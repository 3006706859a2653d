"""The demo's polls: one open in the side column, one closed with its results.

Times count back from the moment the demo is loaded; each answer has the number of sample votes it gets.
"""

POLLS = [
    {
        "question": "Theo bạn, Công đoàn ngành cần quan tâm hơn đến hoạt động nào trong năm 2026?",
        "opened_days_ago": 10,
        "closed_days_ago": None,
        "show_in_sidebar": True,
        "votes": {
            "Chăm lo đời sống, thăm hỏi đoàn viên khó khăn": 46,
            "Bảo vệ quyền lợi, chế độ chính sách cho người lao động": 38,
            "Phong trào thi đua, văn hóa, thể thao": 17,
            "Đào tạo, nâng cao kỹ năng nghề nghiệp": 23,
        },
    },
    {
        "question": "Bạn đánh giá thế nào về các hoạt động trong Tháng Công nhân năm 2026?",
        "opened_days_ago": 60,
        "closed_days_ago": 20,
        "show_in_sidebar": False,
        "votes": {"Rất thiết thực": 52, "Thiết thực": 31, "Cần đổi mới cách làm": 9},
    },
]
