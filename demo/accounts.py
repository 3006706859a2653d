"""Local accounts for trying the portal: made once with a random password kept in var/.

Made by the demo's members (the officer), awards (the emulation office) and, last, here (the staff);
never where DEBUG is off unless PORTAL_DEMO=1 (the deploy check).
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import CommandError
from django.db import transaction

from demo.data import accounts as data

ADMIN_URL = "http://127.0.0.1:8000/admin/"


@transaction.atomic
def load():
    """The staff accounts; returns every demo login with its password, for the command to print."""
    for account in data.STAFF:
        ensure_account(account["username"], account["role"], group_name=account["group"])
    return logins()


def logins_file():
    return settings.VAR_DIR / "demo-logins.txt"


def refuse_in_production():
    """The demo and its accounts exist only on a developer's machine, or where PORTAL_DEMO=1 says so
    (the deploy check, the benchmark)."""
    if not (settings.DEBUG or settings.PORTAL_DEMO):
        raise CommandError(
            "Dữ liệu mẫu và tài khoản dùng thử chỉ tạo trên máy phát triển (DEBUG bật) hoặc khi đặt PORTAL_DEMO=1, "
            "không bao giờ trên máy chủ thật."
        )


def ensure_account(username, role, *, group_name=None):
    """The account, made if missing (superuser when there is no group); its password and role
    are written to var/demo-logins.txt, and an existing account's password is never changed."""
    refuse_in_production()
    accounts = read_accounts()
    user, created = get_user_model().objects.get_or_create(username=username)
    if created:
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        accounts[username] = (password, role)
    elif username in accounts:
        accounts[username] = (accounts[username][0], role)
    user.is_staff = True
    user.is_superuser = group_name is None
    user.save()
    if group_name:
        try:
            user.groups.add(Group.objects.get(name=group_name))
        except Group.DoesNotExist:
            raise CommandError(f"Thiếu nhóm “{group_name}”: hãy chạy “manage.py migrate” trước.") from None
    write_accounts(accounts)
    return user


def read_accounts():
    """{username: (password, role)} from the logins file."""
    path = logins_file()
    if not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return {row[0]: (row[1], row[2]) for row in rows if len(row) == 3}


def write_accounts(accounts):
    path = logins_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.write_text("".join(f"{name}\t{password}\t{role}\n" for name, (password, role) in accounts.items()), "utf-8")


def logins():
    lines = ["Tài khoản dùng thử (chỉ trên máy này):", f"  Trang quản trị: {ADMIN_URL}"]
    lines += [
        f"  {username:<10} mật khẩu: {password:<18}  {role}" for username, (password, role) in read_accounts().items()
    ]
    lines.append(f"  Mật khẩu lưu trong {logins_file()}")
    return "\n".join(lines)
