from django.conf import settings
from django.db import models


class ExportLog(models.Model):
    """One export of member data: who, when, with which filter, how many rows."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="người xuất",
    )
    username = models.CharField("tên đăng nhập", max_length=150, help_text="Giữ lại cả khi tài khoản bị xoá.")
    exported_at = models.DateTimeField("thời điểm", auto_now_add=True)
    data = models.CharField("dữ liệu", max_length=100)
    file_format = models.CharField("định dạng", max_length=10)
    query = models.CharField("bộ lọc", max_length=1000, blank=True, help_text="Chuỗi truy vấn của danh sách đã lọc.")
    row_count = models.PositiveIntegerField("số dòng")

    class Meta:
        ordering = ["-exported_at", "-pk"]
        verbose_name = "nhật ký xuất dữ liệu"
        verbose_name_plural = "nhật ký xuất dữ liệu"

    def __str__(self):
        return f"{self.username} – {self.data} ({self.row_count})"
