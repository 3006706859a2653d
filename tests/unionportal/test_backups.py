"""Backups: `manage.py backup` and `manage.py restore`, round trip included.

pg_dump reads the database from outside the test's connection, so the data must be committed:
these tests run in real transactions. The restore goes into a second database made for the test
(PostgreSQL: on the same server; SQLite: a new file) and a media folder of its own.
"""

import errno
import json
import tarfile
from importlib import import_module
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import CommandError, call_command
from django.db import DEFAULT_DB_ALIAS, connections

import demo.awards
import demo.emulation
import demo.members
from awards.models import Decision
from tests.albums.factories import AlbumPhotoFactory
from tests.library.factories import DocumentFactory
from tests.news.factories import ArticleFactory, TagFactory
from tests.portal.factories import SlideFactory
from unionportal import backups

RESTORED = "restored"


@pytest.fixture
def media(settings, tmp_path):
    """A media folder of this test's own, so the backup holds only what the test uploads."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def empty_database(tmp_path):
    """A connection, under the alias RESTORED, to a new and empty database."""
    source = connections[DEFAULT_DB_ALIAS]
    on_postgresql = source.vendor == "postgresql"
    if on_postgresql:
        name = f"{source.settings_dict['NAME']}_restored"
        with source.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
    else:
        name = str(tmp_path / "restored.sqlite3")
    # Handed to the connection handler, not added to the settings: Django's test case allows
    # such a connection without a test database of its own.
    connections[RESTORED] = restored = type(source)({**source.settings_dict, "NAME": name}, RESTORED)
    yield restored
    restored.close()
    del connections[RESTORED]
    if on_postgresql:
        with source.cursor() as cursor:
            cursor.execute(f'DROP DATABASE "{name}"')


def back_up(folder):
    call_command("backup", output=folder, stdout=StringIO())
    (archive,) = folder.glob("unionportal-*.tar")
    return archive


def restore(archive):
    out = StringIO()
    call_command("restore", str(archive), database=RESTORED, stdout=out, stderr=out)
    return out.getvalue()


def fill_portal():
    """A realistic mix: the demo's members, campaigns and awards; articles with cover photos (and
    so their renditions) with tags, a banner slide, an album, a document and a decision's scan."""
    # Transactional tests start from empty tables: the award vocabulary the migration loads, loaded its way.
    import_module("awards.migrations.0002_authorities_and_award_types").load(apps, schema_editor=None)
    for part in [demo.members, demo.emulation, demo.awards]:
        part.load()
    for article in ArticleFactory.create_batch(3, with_cover=True):
        article.tags.add(TagFactory(name="Tháng Công nhân"))
    SlideFactory()
    AlbumPhotoFactory()
    DocumentFactory(file=ContentFile(b"%PDF-1.4 ke hoach", name="kế-hoạch-tháng-công-nhân.pdf"))
    Decision.objects.first().scan.save("quyet-dinh.pdf", ContentFile(b"%PDF-1.4 quyet dinh"))


def table_rows(connection):
    """Every row of every table, in primary-key order, by table."""
    quote = connection.ops.quote_name
    rows = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            keys = ", ".join(map(quote, connection.introspection.get_primary_key_columns(cursor, table)))
            cursor.execute(f"SELECT * FROM {quote(table)} ORDER BY {keys}")  # noqa: S608
            rows[table] = cursor.fetchall()
    return rows


def media_files():
    return {name: default_storage.open(name).read() for name in backups.storage_files(default_storage)}


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_an_empty_database_and_media_folder(settings, tmp_path, media, empty_database):
    fill_portal()
    archive = back_up(tmp_path / "backups")
    rows, files = table_rows(connections[DEFAULT_DB_ALIAS]), media_files()

    settings.MEDIA_ROOT = tmp_path / "restored-media"
    output = restore(archive)

    assert "Đã kiểm tra: số dòng của cả" in output and "Khôi phục xong" in output
    restored_rows = table_rows(empty_database)
    assert {table: len(r) for table, r in restored_rows.items()} == {table: len(r) for table, r in rows.items()}
    for table in rows:
        assert restored_rows[table] == rows[table], table
    assert media_files() == files
    assert any(name.startswith("renditions/") for name in files)
    assert any(name.endswith("/kế-hoạch-tháng-công-nhân.pdf") for name in files)
    # The sequences came along: a new row takes the next key, not one already used.
    last_key = max((row[0] for row in rows["auth_group"]), default=0)
    assert Group.objects.using(RESTORED).create(name="Nhóm mới").pk > last_key

    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["database"]["tables"] == {table: len(r) for table, r in rows.items()}
    assert manifest["media"]["files"] == len(files)
    assert "members.0001_initial" in manifest["database"]["migrations"]


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_that_is_not_empty(settings, tmp_path, media):
    archive = back_up(tmp_path / "backups")
    settings.MEDIA_ROOT = tmp_path / "restored-media"
    before = backups.row_counts(connections[DEFAULT_DB_ALIAS])

    with pytest.raises(CommandError, match="Cơ sở dữ liệu đích không trống.*Không có gì bị thay đổi"):
        call_command("restore", str(archive), stdout=StringIO())

    assert backups.row_counts(connections[DEFAULT_DB_ALIAS]) == before
    assert media_files() == {}


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_media_folder_that_is_not_empty(settings, tmp_path, media, empty_database):
    archive = back_up(tmp_path / "backups")
    settings.MEDIA_ROOT = tmp_path / "restored-media"
    default_storage.save("photos/anh-cu.jpg", ContentFile(b"old"))

    with pytest.raises(CommandError, match="Kho tệp tải lên không trống.*photos/anh-cu.jpg"):
        restore(archive)

    assert empty_database.introspection.table_names() == []
    assert media_files() == {"photos/anh-cu.jpg": b"old"}


@pytest.mark.django_db(transaction=True)
def test_a_restore_that_fails_half_way_leaves_the_database_and_media_folder_empty(
    settings, tmp_path, media, empty_database, monkeypatch
):
    ArticleFactory(with_cover=True)
    archive = back_up(tmp_path / "backups")
    copied = len(media_files())
    settings.MEDIA_ROOT = tmp_path / "restored-media"

    def load_fails(engine, connection, path, manifest):
        raise CommandError("pg_restore báo lỗi (mã 1): hết chỗ trên đĩa")

    monkeypatch.setattr(type(backups.engine_of(empty_database)), "load", load_fails)
    out = StringIO()
    with pytest.raises(CommandError, match="hết chỗ trên đĩa"):
        call_command("restore", str(archive), database=RESTORED, stdout=out, stderr=out)

    assert f"Khôi phục không thành công. Đã xoá {copied} tệp vừa chép; cơ sở dữ liệu vẫn trống." in out.getvalue()
    assert media_files() == {}
    assert empty_database.introspection.table_names() == []


@pytest.mark.django_db(transaction=True)
def test_a_backup_that_fails_leaves_no_file(tmp_path, media, monkeypatch):
    ArticleFactory(with_cover=True)

    def unreadable(storage, name, mode="rb"):
        raise OSError(errno.EIO, "Input/output error", name)

    monkeypatch.setattr(FileSystemStorage, "open", unreadable)
    with pytest.raises(CommandError, match="Sao lưu không thành công, không tạo bản sao lưu nào.*Input/output"):
        call_command("backup", output=tmp_path / "backups", stdout=StringIO())

    assert list((tmp_path / "backups").iterdir()) == []


@pytest.mark.django_db(transaction=True)
def test_keep_deletes_all_but_the_newest_archives(tmp_path, media):
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in ["unionportal-20260101-020000.tar", "unionportal-20260102-020000.tar", "ghi-chu.txt"]:
        (folder / name).write_text("")

    out = StringIO()
    call_command("backup", output=folder, keep=2, stdout=out)

    remaining = sorted(path.name for path in folder.iterdir())
    assert remaining[:2] == ["ghi-chu.txt", "unionportal-20260102-020000.tar"]
    assert len(remaining) == 3 and backups.ARCHIVE_NAME.fullmatch(remaining[2])
    assert "Đã xoá 1 bản sao lưu cũ, giữ 2 bản mới nhất: unionportal-20260101-020000.tar." in out.getvalue()
