import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from news.roles import EDITORS, PUBLISHERS

ADMIN_URL = "http://127.0.0.1:8000/admin/"
# (username, group made by migration news.0003 or None for the superuser, role as staff read it)
ACCOUNTS = [
    ("quantri", None, "Quản trị hệ thống: toàn quyền"),
    ("bientap", EDITORS, "Biên tập viên: viết, sửa bài nháp, tải ảnh; không xuất bản được"),
    ("duyetbai", PUBLISHERS, "Duyệt bài: xuất bản, gỡ bài, sửa băng rôn, dòng chữ chạy, thông tin trang"),
]


class Command(BaseCommand):
    help = (
        "Tạo ba tài khoản dùng thử trên máy phát triển (quantri, bientap, duyetbai) và in mật khẩu. "
        "Không chạy khi DEBUG tắt."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "demo_login chỉ dùng trên máy phát triển (DEBUG bật): không tạo tài khoản dùng thử trên máy chủ thật."
            )
        logins_file = settings.VAR_DIR / "demo-logins.txt"
        passwords = read_passwords(logins_file)
        with transaction.atomic():
            for username, group_name, _ in ACCOUNTS:
                passwords[username] = ensure_account(username, group_name, passwords.get(username))
        write_passwords(logins_file, passwords)

        self.stdout.write(self.style.SUCCESS("Tài khoản dùng thử (chỉ trên máy này):"))
        self.stdout.write(f"  Trang quản trị: {ADMIN_URL}")
        for username, _, role in ACCOUNTS:
            password = passwords[username] or "(đặt từ trước, không đổi)"
            self.stdout.write(f"  {username:<9} mật khẩu: {password:<18}  {role}")
        self.stdout.write(f"  Mật khẩu lưu trong {logins_file}")


def ensure_account(username, group_name, password):
    """Make the account if it is missing; keep an existing one's password. Returns the password
    to print: the one on file, a new one for a new account, or None when it is unknown."""
    user, created = get_user_model().objects.get_or_create(username=username)
    if created:
        password = password or secrets.token_urlsafe(12)
        user.set_password(password)
    user.is_staff = True
    user.is_superuser = group_name is None
    user.save()
    if group_name:
        try:
            user.groups.add(Group.objects.get(name=group_name))
        except Group.DoesNotExist:
            raise CommandError(f"Thiếu nhóm “{group_name}”: hãy chạy “manage.py migrate” trước.") from None
    return password


def read_passwords(path):
    if not path.exists():
        return {}
    pairs = (line.split(maxsplit=1) for line in path.read_text(encoding="utf-8").splitlines())
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


def write_passwords(path, passwords):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    lines = [f"{username} {password}" for username, password in passwords.items() if password]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
