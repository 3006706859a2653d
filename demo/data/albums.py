"""The demo's photo album: a base union's congress, shown with the article that reports on it."""

from demo.data.news import BASE_UNIONS

ALBUM = {
    "title": "Đại hội Công đoàn Trung tâm Y tế Can Lộc nhiệm kỳ 2023-2028",
    "description": "Hình ảnh phiên chính thức của Đại hội (ảnh minh họa).",
    "held_days_ago": 30,
    # Its illustrations take this section's colours.
    "section": BASE_UNIONS,
    # The articles whose titles have these words show the album.
    "article_title_words": "tổ chức Đại hội",
    # Each photo: the motif drawn on it (see `demo/photos.py`) and its caption.
    "photos": [
        {"motif": "people", "caption": "Đoàn chủ tịch điều hành phiên khai mạc Đại hội"},
        {"motif": "star", "caption": "Đại biểu biểu quyết thông qua chương trình làm việc"},
        {"motif": "medal", "caption": "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc nhiệm kỳ qua"},
        {"motif": "people", "caption": "Ban Chấp hành nhiệm kỳ mới ra mắt Đại hội"},
        {"motif": "trophy", "caption": "Tặng hoa chúc mừng Chủ tịch Công đoàn tái đắc cử"},
        {"motif": "heart", "caption": "Đại biểu chụp ảnh lưu niệm"},
    ],
}
