import functools
import time

from django.core.management.base import BaseCommand, CommandError

from demo import accounts, albums, awards, emulation, library, members, news, polls, portal


class Command(BaseCommand):
    help = (
        "Nạp dữ liệu mẫu vào mọi phần của cổng theo đúng thứ tự (đoàn viên, thi đua, khen thưởng, tin bài, văn bản, "
        "thăm dò, album, thông tin trang), tạo các tài khoản dùng thử và in mật khẩu của chúng. Chạy lại không thay "
        "đổi gì. Chỉ chạy khi DEBUG bật hoặc khi đặt PORTAL_DEMO=1."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            metavar="N",
            help="Thêm N bài viết đã xuất bản, rải đều trong 5 năm (để đo hiệu năng).",
        )

    def handle(self, *args, articles, **options):
        if articles < 0:
            raise CommandError("--articles phải là số không âm.")
        accounts.refuse_in_production()
        started = time.perf_counter()
        # Each part uses those before it: emulation registers the members' unions, awards honour
        # members in campaign periods, articles and documents name campaigns, the banner leads to articles.
        parts = [
            members.load,
            emulation.load,
            awards.load,
            functools.partial(news.load, articles=articles),
            polls.load,
            library.load,
            albums.load,
            portal.load,
        ]
        for load in parts:
            report = load()
            if report:
                self.stdout.write(report)
        # The accounts come last, so that the logins printed are all of them.
        logins = accounts.load()
        self.stdout.write(self.style.SUCCESS(f"Đã nạp dữ liệu mẫu trong {time.perf_counter() - started:.1f} giây."))
        self.stdout.write(logins)
