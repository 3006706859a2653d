"""The newsroom's two groups, made by migration 0003: editors write, publishers publish."""

EDITORS = "Biên tập viên"
PUBLISHERS = "Duyệt bài"
PUBLISH_PERMISSION = "news.publish_article"
