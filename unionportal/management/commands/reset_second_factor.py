"""manage.py reset_second_factor USERNAME…: forget the accounts' authenticator apps and recovery codes.

For the administrator when someone lost their phone and their recovery codes, and for the last
superuser, who has nobody to reset theirs in the admin. They enrol again at their next sign-in.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from unionportal.accounts import reset_second_factor


class Command(BaseCommand):
    help = "Đặt lại xác thực hai bước của các tài khoản: họ quét lại mã QR ở lần đăng nhập sau."

    def add_arguments(self, parser):
        parser.add_argument("usernames", nargs="+", metavar="USERNAME")

    def handle(self, *, usernames, **options):
        users = {user.get_username(): user for user in get_user_model().objects.filter(username__in=usernames)}
        if missing := [name for name in usernames if name not in users]:
            raise CommandError(f"Không có tài khoản: {', '.join(missing)}")
        for name in usernames:
            reset_second_factor(users[name])
            self.stdout.write(f"Đã đặt lại xác thực hai bước cho {name}.")
