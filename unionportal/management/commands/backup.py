import os
import platform
import time
from pathlib import Path

import django
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from unionportal import backups
from unionportal.backups import count, duration


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu và mọi tệp tải lên vào một tệp unionportal-NGÀY-GIỜ.tar trong thư mục sao lưu "
        "(mặc định var/backups). --keep N: chỉ giữ N bản mới nhất trong thư mục đó."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, metavar="THƯ_MỤC", help="thư mục chứa các bản sao lưu")
        parser.add_argument("--keep", type=int, metavar="N", help="xoá các bản cũ, chỉ giữ N bản mới nhất")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="cơ sở dữ liệu cần sao lưu (mặc định default)")

    def handle(self, *args, output, keep, database, **options):
        if keep is not None and keep < 1:
            raise CommandError("--keep phải là một số nguyên dương.")
        started = time.monotonic()
        connection = connections[database]
        folder = output or settings.VAR_DIR / "backups"
        writable(folder)
        path = folder / backups.archive_name(timezone.localtime())
        try:
            with backups.new_archive(path) as tar:
                self.write(tar, connection, folder)
        except OSError as error:
            raise CommandError(f"Sao lưu không thành công, không tạo bản sao lưu nào: {error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã tạo bản sao lưu {path} ({filesizeformat(path.stat().st_size)}) "
                f"trong {duration(time.monotonic() - started)}."
            )
        )
        if keep:
            old = backups.prune(folder, keep)
            if old:
                names = ", ".join(path.name for path in old)
                self.stdout.write(f"Đã xoá {count(len(old))} bản sao lưu cũ, giữ {count(keep)} bản mới nhất: {names}.")

    def write(self, tar, connection, folder):
        self.stdout.write("Sao lưu cơ sở dữ liệu…")
        started = time.monotonic()
        database = backups.add_database(tar, connection, folder)
        tables = database["tables"]
        self.stdout.write(
            f"  {database['version']}: {count(len(tables))} bảng, {count(sum(tables.values()))} dòng "
            f"({duration(time.monotonic() - started)})."
        )
        # Database first, then files: every file a row of the dump names was uploaded before the
        # dump began, so it is in the archive. Files uploaded since are there too, unnamed and harmless.
        self.stdout.write("Sao lưu tệp tải lên…")
        started = time.monotonic()
        media = backups.add_media(tar, default_storage)
        self.stdout.write(
            f"  {count(media['files'])} tệp, {filesizeformat(media['bytes'])} ({duration(time.monotonic() - started)})."
        )
        backups.add_manifest(
            tar,
            {
                "format": backups.FORMAT,
                "created": timezone.localtime().isoformat(timespec="seconds"),
                "django": django.get_version(),
                "python": platform.python_version(),
                "database": database,
                "media": media,
            },
        )


def writable(folder):
    """Make the backup folder if needed (readable by its owner only), or say why it cannot be written."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise CommandError(f"Không tạo được thư mục sao lưu {folder}: {error.strerror}.") from None
    if not os.access(folder, os.W_OK):
        raise CommandError(
            f"Không ghi được vào thư mục sao lưu {folder}: tài khoản chạy lệnh không có quyền ghi "
            "(hoặc ổ đĩa chỉ cho đọc)."
        )
