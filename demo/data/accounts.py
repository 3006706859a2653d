from django.core.management.base import BaseCommand
from django.db import transaction

from news.roles import EDITORS, PUBLISHERS
from unionportal.demo_accounts import ensure_account, print_accounts, refuse_in_production

# (username, group made by migration news.0003 or None for the superuser, role as staff read it)
ACCOUNTS = [
    ("quantri", None, "Quản trị hệ thống: toàn quyền"),
    ("bientap", EDITORS, "Biên tập viên: viết, sửa bài nháp, tải ảnh; không xuất bản được"),
    ("duyetbai", PUBLISHERS, "Duyệt bài: xuất bản, gỡ bài, sửa băng rôn, dòng chữ chạy, thông tin trang"),
]


class Command(BaseCommand):
    help = (
        "Tạo các tài khoản dùng thử trên máy phát triển (quantri, bientap, duyetbai) và in mật khẩu "
        "của mọi tài khoản dùng thử. Không chạy khi DEBUG tắt."
    )

    def handle(self, *args, **options):
        refuse_in_production()
        with transaction.atomic():
            for username, group_name, role in ACCOUNTS:
                ensure_account(username, role, group_name=group_name)
        print_accounts(self.stdout, self.style)
