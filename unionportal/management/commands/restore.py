import datetime
import tempfile
import time
from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.formats import date_format

from unionportal import backups, pagecache
from unionportal.backups import count, duration

DAMAGED = "Bản sao lưu có thể đã hỏng: hãy làm trống cơ sở dữ liệu và kho tệp rồi khôi phục từ một bản khác."


class Command(BaseCommand):
    help = (
        "Khôi phục một bản sao lưu (tệp .tar do lệnh backup tạo) vào cơ sở dữ liệu trống và kho tệp tải lên "
        "trống. Không làm gì nếu một trong hai không trống."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="tệp sao lưu unionportal-NGÀY-GIỜ.tar")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="cơ sở dữ liệu đích (mặc định default)")

    def handle(self, *args, archive, database, **options):
        started = time.monotonic()
        connection = connections[database]
        engine = backups.engine_of(connection)
        with backups.open_archive(archive) as tar:
            manifest = backups.read_manifest(tar)
            self.describe(archive, manifest)
            refuse_unless_restorable(manifest, connection)
            with tempfile.TemporaryDirectory(prefix="unionportal-restore-") as work:
                dump = backups.extract_database(tar, engine, work)
                engine.check_dump(dump, manifest)
                files = self.restore(tar, manifest, engine, connection, dump)
        self.verify(manifest, connection, files)
        # The rows came in without the signals that drop kept pages.
        pagecache.pages_changed()
        self.stdout.write(self.style.SUCCESS(f"Khôi phục xong trong {duration(time.monotonic() - started)}."))
        pending = backups.pending_migrations(connection)
        if pending:
            self.stdout.write(
                self.style.WARNING(
                    f"Mã nguồn này có {count(len(pending))} migration mới hơn bản sao lưu: "
                    "hãy chạy manage.py migrate (deploy/release làm việc này)."
                )
            )

    def describe(self, archive, manifest):
        database, media = manifest["database"], manifest["media"]
        created = timezone.localtime(datetime.datetime.fromisoformat(manifest["created"]))
        self.stdout.write(
            f"Bản sao lưu {archive.name}: tạo lúc {date_format(created, 'SHORT_DATETIME_FORMAT')}, "
            f"{database['version']}, Django {manifest['django']}; {count(len(database['tables']))} bảng, "
            f"{count(sum(database['tables'].values()))} dòng, {count(media['files'])} tệp "
            f"({filesizeformat(media['bytes'])})."
        )

    def restore(self, tar, manifest, engine, connection, dump):
        # Files first, then the database: the database loads in one transaction that undoes itself
        # if it fails, files cannot. So the files are written while they can still be deleted
        # without touching anything else, and are deleted if either step fails.
        written = []
        try:
            self.stdout.write("Chép tệp tải lên…")
            started = time.monotonic()
            for name in backups.restore_media(tar, default_storage):
                written.append(name)
            self.stdout.write(f"  {count(len(written))} tệp ({duration(time.monotonic() - started)}).")
            self.stdout.write("Khôi phục cơ sở dữ liệu…")
            started = time.monotonic()
            engine.load(connection, dump, manifest)
            self.stdout.write(f"  xong ({duration(time.monotonic() - started)}).")
        except BaseException:
            left = backups.delete_files(default_storage, written)
            if left:
                advice = (
                    f"Không xoá được {count(len(left))} tệp đã chép (ví dụ {left[0]}): hãy xoá hết tệp trong kho "
                    "tệp tải lên; cơ sở dữ liệu vẫn trống. Sửa lỗi dưới đây rồi chạy lại lệnh."
                )
            else:
                advice = (
                    f"Đã xoá {count(len(written))} tệp vừa chép; cơ sở dữ liệu vẫn trống. "
                    "Sửa lỗi dưới đây rồi chạy lại lệnh."
                )
            self.stderr.write(f"Khôi phục không thành công. {advice}")
            raise
        return len(written)

    def verify(self, manifest, connection, files):
        if files != manifest["media"]["files"]:
            raise CommandError(
                f"Đã chép {count(files)} tệp nhưng bản sao lưu ghi {count(manifest['media']['files'])} tệp. {DAMAGED}"
            )
        expected = manifest["database"]["tables"]
        found = backups.row_counts(connection)
        wrong = [table for table in expected.keys() | found.keys() if expected.get(table) != found.get(table)]
        if wrong:
            details = "; ".join(
                f"{table}: bản sao lưu {expected.get(table, 'không có')}, sau khôi phục {found.get(table, 'không có')}"
                for table in sorted(wrong)
            )
            raise CommandError(
                f"Số dòng sau khôi phục không khớp với bản sao lưu ở {count(len(wrong))} bảng ({details}). {DAMAGED}"
            )
        self.stdout.write(
            f"Đã kiểm tra: số dòng của cả {count(len(found))} bảng ({count(sum(found.values()))} dòng) và số tệp "
            f"({count(files)}) khớp với bản sao lưu."
        )


def refuse_unless_restorable(manifest, connection):
    """Refuse, before anything is changed, an archive this code or this target cannot take."""
    if manifest["database"]["engine"] != connection.vendor:
        raise CommandError(
            f"Bản sao lưu là của {manifest['database']['version']}, còn cơ sở dữ liệu đích là {connection.vendor}: "
            "chỉ khôi phục được vào cùng loại cơ sở dữ liệu. Không có gì bị thay đổi."
        )
    unknown = backups.unknown_migrations(manifest)
    if unknown:
        raise CommandError(
            f"Bản sao lưu do mã nguồn mới hơn tạo ra (có {count(len(unknown))} migration mà mã nguồn này chưa có, "
            f"ví dụ {unknown[0]}): hãy cập nhật mã nguồn rồi khôi phục. Không có gì bị thay đổi."
        )
    tables = connection.introspection.table_names()
    if tables:
        raise CommandError(
            f"Cơ sở dữ liệu đích không trống: đã có {count(len(tables))} bảng (ví dụ {tables[0]}). Chỉ khôi phục "
            "vào cơ sở dữ liệu mới tạo, chưa chạy migrate. Không có gì bị thay đổi."
        )
    first = next(backups.storage_files(default_storage), None)
    if first is not None:
        raise CommandError(
            f"Kho tệp tải lên không trống: đã có tệp {first}. Chỉ khôi phục vào thư mục (hoặc bucket) trống; nếu "
            "một lần khôi phục trước bị dừng giữa chừng, hãy xoá hết tệp trong đó. Không có gì bị thay đổi."
        )
