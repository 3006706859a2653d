"""Backups: one archive holds the database and every uploaded file, and restore puts both back.

An archive is a plain tar file. pg_dump compresses its own output and photos are compressed
already; uncompressed, a photo's bytes are the same in every night's archive, so a deduplicating
off-site copy (restic, borg) stores each photo once.

    database.pgdump or database.sqlite3   the database, one consistent snapshot of it
    media/<name>                          every file of the default storage, under its storage name
    manifest.json                         when, with which versions, the migrations applied, the
                                          row count of every table and the number of files

The `backup` and `restore` commands run these steps and tell staff what happens. Files are read
and written through the default storage's API, never its folder, so a bucket works as a folder does.
"""

import json
import os
import posixpath
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from contextlib import closing, contextmanager
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.management import CommandError
from django.db import transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils.formats import number_format

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media/"
ARCHIVE_NAME = re.compile(r"unionportal-\d{8}-\d{6}\.tar")


def archive_name(moment):
    """The name of an archive made at `moment`: names sort as the archives were made."""
    return f"unionportal-{moment:%Y%m%d-%H%M%S}.tar"


# The database: one class per engine the portal runs on.


class PostgreSQL:
    """pg_dump's custom format, loaded by pg_restore in a single transaction."""

    dump_name = "database.pgdump"

    def version(self, cursor):
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"

    def start_snapshot(self, cursor):
        """Fix what this transaction sees and share it, so that pg_dump dumps exactly what it counts."""
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        return cursor.fetchone()[0]

    def dump(self, connection, snapshot, path):
        pg_dump, version = postgres_program("pg_dump", at_least=connection.pg_version // 10000)
        run_on_database(connection, pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={path}")
        return version

    def check_dump(self, path, manifest):
        """Refuse a dump this machine's pg_restore cannot read, before anything is changed."""
        run([self.pg_restore(manifest), "--list", str(path)])

    def load(self, connection, path, manifest):
        pg_restore = self.pg_restore(manifest)
        # One transaction: a failure leaves the database as empty as it was. The restoring role
        # owns what it creates; the old server's grants and owners may name roles this one lacks,
        # and the only comments are the extensions' own, which a role that did not create the
        # extension (a superuser made `unaccent` for it) may not set.
        options = ["--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges", "--no-comments"]
        run_on_database(connection, pg_restore, *options, str(path))

    def pg_restore(self, manifest):
        """pg_restore, if at least as new as the pg_dump that made the dump (it cannot read newer dumps)."""
        path, _ = postgres_program("pg_restore", at_least=major_version(manifest["database"]["dumped_with"]))
        return path


class SQLite:
    """SQLite's online backup API: a copy of the file as one transaction sees it."""

    dump_name = "database.sqlite3"

    def version(self, cursor):
        return f"SQLite {sqlite3.sqlite_version}"

    def start_snapshot(self, cursor):
        """Nothing to share: the backup runs through this connection, inside this transaction."""

    def dump(self, connection, snapshot, path):
        with closing(sqlite3.connect(path)) as copy:
            connection.connection.backup(copy)
        return f"SQLite {sqlite3.sqlite_version} backup API"

    def check_dump(self, path, manifest):
        try:
            with closing(sqlite3.connect(path)) as copy:
                (result,) = copy.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as error:
            result = str(error)
        if result != "ok":
            raise CommandError(f"Tệp cơ sở dữ liệu trong bản sao lưu bị hỏng: {result}")

    def load(self, connection, path, manifest):
        connection.ensure_connection()
        # The backup API writes the whole copy in one transaction of the target.
        with closing(sqlite3.connect(path)) as copy:
            copy.backup(connection.connection)


ENGINES = {"postgresql": PostgreSQL(), "sqlite": SQLite()}


def engine_of(connection):
    try:
        return ENGINES[connection.vendor]
    except KeyError:
        raise CommandError(
            f"Chỉ sao lưu và khôi phục được PostgreSQL hoặc SQLite, không phải {connection.vendor}."
        ) from None


def dump_database(connection, path):
    """Dump the database to `path`; what the dump holds, counted in the same snapshot."""
    engine = engine_of(connection)
    with transaction.atomic(using=connection.alias, durable=True), connection.cursor() as cursor:
        snapshot = engine.start_snapshot(cursor)
        description = {
            "engine": connection.vendor,
            "version": engine.version(cursor),
            "migrations": sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()),
            "tables": row_counts(connection),
        }
        description["dumped_with"] = engine.dump(connection, snapshot, path)
    return description


def add_database(tar, connection, folder):
    """Dump the database into the archive, by way of a file in `folder`; what the dump holds."""
    engine = engine_of(connection)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".unionportal-") as work:
        path = Path(work) / engine.dump_name
        database = dump_database(connection, path)
        with path.open("rb") as dump:
            add_member(tar, engine.dump_name, dump, path.stat().st_size)
    return database


def row_counts(connection):
    """The number of rows of every table in the database, by table name."""
    quote = connection.ops.quote_name
    counts = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            # The table names come from the database's own catalogue.
            cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def unknown_migrations(manifest):
    """Migrations applied in the archive's database that this code lacks: newer code made it."""
    known = MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    return [name for name in manifest["database"]["migrations"] if tuple(name.split(".", 1)) not in known]


def pending_migrations(connection):
    """Migrations this code has that the database has not applied yet."""
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


# PostgreSQL's programs.


def major_version(text):
    """15 from "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"."""
    return int(re.search(r"\d+", text).group())


def postgres_program(name, at_least):
    """The path and version of pg_dump or pg_restore, refused if missing or older than major `at_least`."""
    path = shutil.which(name)
    if path is None:
        raise CommandError(
            f"Không tìm thấy chương trình {name}. Hãy cài gói postgresql-client cùng phiên bản chính với "
            f"máy chủ PostgreSQL (ví dụ apt-get install postgresql-client-{at_least})."
        )
    version = run([path, "--version"]).strip()
    if major_version(version) < at_least:
        raise CommandError(
            f"{name} ở máy này là phiên bản {major_version(version)}, cũ hơn mức cần ({at_least}): "
            f"hãy cài gói postgresql-client-{at_least} rồi chạy lại."
        )
    return path, version


def run_on_database(connection, program, *arguments):
    """Run pg_dump or pg_restore on the connection's database, reached as Django's dbshell reaches it."""
    psql, environment = connection.client.settings_to_cmd_args_env(connection.settings_dict, [])
    # psql's arguments: its name, the connection options, then the database (which pg_restore
    # would take for its input file if given alone).
    *options, database = psql[1:]
    run([program, *options, f"--dbname={database}", "--no-password", *arguments], environment)


def run(command, environment=None):
    """Run one of PostgreSQL's programs, found on PATH, with arguments made here; its output."""
    result = subprocess.run(  # noqa: S603
        command, env=os.environ | (environment or {}), capture_output=True, text=True, check=False
    )
    if result.returncode:
        name = Path(command[0]).name
        raise CommandError(f"{name} báo lỗi (mã {result.returncode}):\n{result.stderr.strip()}")
    return result.stdout


# Uploaded files.


def storage_files(storage, folder=""):
    """The name of every file in the storage, folder by folder, in order."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a media folder not made yet: nothing was ever uploaded
        return
    for name in sorted(files):
        yield posixpath.join(folder, name)
    for name in sorted(folders):
        yield from storage_files(storage, posixpath.join(folder, name))


def add_media(tar, storage):
    """Copy every file of the storage into the archive; how many, and their size."""
    count = size = 0
    for name in storage_files(storage):
        try:
            file = storage.open(name, "rb")
        except FileNotFoundError:
            # Gone since it was listed. The portal never deletes an upload; only the health
            # check's probe file comes and goes, and no row names it.
            continue
        with file:
            add_member(tar, MEDIA + name, file, file.size)
        count += 1
        size += file.size
    return {"files": count, "bytes": size}


def restore_media(tar, storage):
    """Write the archive's files into the storage, yielding each name once it is written."""
    for member in tar:
        if member.isfile() and member.name.startswith(MEDIA):
            name = member.name.removeprefix(MEDIA)
            with tar.extractfile(member) as source:
                saved = storage.save(name, ContentFile(source.read()))
            yield saved  # written, so a failed restore deletes it, whatever its name
            if saved != name:
                raise CommandError(f"Kho tệp đã lưu tệp {name} dưới tên khác ({saved}): kho tệp không trống?")


def delete_files(storage, names):
    """Delete what a failed restore wrote; the names that could not be deleted."""
    left = []
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            left.append(name)
    return left


# The archive file.


@contextmanager
def new_archive(path):
    """A tar file that appears at `path` only when complete: it is written under a hidden name
    in the same folder, then renamed. Made readable by its owner only: it holds members'
    personal data."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(descriptor, "wb") as file:
            with tarfile.open(fileobj=file, mode="w", format=tarfile.PAX_FORMAT, encoding="utf-8") as tar:
                yield tar
            file.flush()
            # On disk before it takes the archive's name, and before --keep deletes older ones.
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def add_member(tar, name, file, size):
    member = tarfile.TarInfo(name)
    member.size = size
    member.mtime = int(time.time())
    member.mode = 0o600
    tar.addfile(member, file)


def add_manifest(tar, manifest):
    content = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    add_member(tar, MANIFEST, ContentFile(content), len(content))


def open_archive(path):
    try:
        return tarfile.open(path, mode="r:", encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"Không tìm thấy tệp {path}.") from None
    except tarfile.ReadError:
        raise CommandError(f"Tệp {path} không phải là bản sao lưu (không đọc được dạng tar).") from None


def read_manifest(tar):
    try:
        manifest = json.load(tar.extractfile(MANIFEST))
    except KeyError:
        raise CommandError(f"Tệp {tar.name} không có {MANIFEST}: không phải bản sao lưu của cổng.") from None
    if manifest.get("format") != FORMAT:
        raise CommandError(
            f"Bản sao lưu có định dạng {manifest.get('format')}, mã nguồn này chỉ đọc định dạng {FORMAT}."
        )
    return manifest


def extract_database(tar, engine, folder):
    path = Path(folder) / engine.dump_name
    try:
        source = tar.extractfile(engine.dump_name)
    except KeyError:
        raise CommandError(f"Tệp {tar.name} không có {engine.dump_name}: bản sao lưu không đầy đủ.") from None
    with source, path.open("wb") as target:
        shutil.copyfileobj(source, target)
    return path


def prune(folder, keep):
    """Delete all but the `keep` newest archives in `folder`; the paths deleted."""
    archives = sorted(path for path in folder.iterdir() if ARCHIVE_NAME.fullmatch(path.name))
    old = archives[:-keep]
    for path in old:
        path.unlink()
    return old


# What staff read: numbers as Vietnamese write them.


def count(number):
    return number_format(number, force_grouping=True)


def duration(seconds):
    return f"{number_format(seconds, 1 if seconds >= 1 else 2)} giây"
