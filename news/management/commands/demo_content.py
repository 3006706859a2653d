import time

from django.core.management.base import BaseCommand, CommandError

from news.demo import builder
from news.models import Section


class Command(BaseCommand):
    help = (
        "Điền nội dung mẫu vào cơ sở dữ liệu trống: thông tin trang, chuyên mục, bài viết có ảnh, ảnh băng rôn, "
        "dòng chữ chạy. Chạy lại không thay đổi gì. --articles N thêm N bài viết sinh tự động (để đo hiệu năng)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            metavar="N",
            help="Thêm N bài viết đã xuất bản, rải đều trong 5 năm (tạo nội dung mẫu trước nếu cơ sở dữ liệu trống).",
        )

    def handle(self, *args, articles, **options):
        if articles < 0:
            raise CommandError("--articles phải là số không âm.")
        started = time.perf_counter()
        # Sections are the first thing a real portal has, and articles cannot exist without one.
        if Section.objects.exists():
            if not articles:
                self.stdout.write("Đã có nội dung (có chuyên mục): bỏ qua, không thay đổi gì.")
        else:
            made = builder.create_site()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã tạo nội dung mẫu trong {time.perf_counter() - started:.1f} giây: "
                    f"{made['sections']} chuyên mục, {made['articles']} bài viết ({made['published']} đã xuất bản, "
                    f"{made['drafts']} bản nháp, {made['scheduled']} hẹn giờ), {made['photos']} ảnh trong bài, "
                    f"{made['slides']} ảnh băng rôn, {made['announcements']} khẩu hiệu, "
                    f"{made['anniversaries']} ngày kỷ niệm."
                )
            )
        if articles:
            started = time.perf_counter()
            added = builder.add_generated_articles(articles)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã thêm {added} bài viết sinh tự động trong {time.perf_counter() - started:.1f} giây."
                )
            )
