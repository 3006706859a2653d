from django.core.management.base import BaseCommand

from notifications.mail import send_digests, send_due
from notifications.models import Notice


class Command(BaseCommand):
    help = (
        "Gửi thư thông báo còn nợ: thư riêng chưa gửi được (máy chủ thư lỗi) và, với --digest, thư tổng hợp "
        "mỗi ngày cho người chọn gộp. Chạy bằng bộ hẹn giờ systemd unionportal-notices.timer trên một máy."
    )

    def add_arguments(self, parser):
        parser.add_argument("--digest", action="store_true", help="Gửi cả thư tổng hợp trong ngày.")

    def handle(self, *args, digest, **options):
        retried = send_due(Notice.objects.due_now())
        digests = send_digests() if digest else 0
        self.stdout.write(f"Đã gửi {retried} thư riêng, {digests} thư tổng hợp.")
