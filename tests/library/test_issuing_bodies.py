"""The documents' issuing bodies are the awards' issuing bodies: today's typed names matched by migration 0004."""

import datetime
from importlib import import_module

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from awards.models import Authority
from library.models import Document

matching = import_module("library.migrations.0004_match_issuing_bodies")


@pytest.mark.parametrize(
    ("typed", "body"),
    [
        ("Ban Thường vụ Công đoàn ngành Y tế tỉnh Bắc Kạn", "cong doan nganh y te"),
        ("Ban Chấp hành Công đoàn ngành Y tế tỉnh", "cong doan nganh y te"),
        ("Liên đoàn Lao động tỉnh Bắc Kạn", "lien doan lao dong"),
        ("LĐLĐ tỉnh", "lien doan lao dong"),
        ("UBND tỉnh Bắc Kạn", "uy ban nhan dan"),
        ("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "tong lien doan lao dong viet nam"),
        ("Sở Y tế", "so y te"),
    ],
)
def test_a_typed_name_is_matched_as_the_office_would_read_it(typed, body):
    assert matching.key(typed) == body


# The migration test runs migrations backwards and forwards, which needs real transactions.
@pytest.mark.django_db(transaction=True)
def test_the_migration_matches_todays_text_and_keeps_what_matches_nothing():
    # A transactional test may follow another that emptied the tables: the bodies of awards' migration 0002.
    for name, level in [
        ("Công đoàn ngành Y tế", "nganh"),
        ("Liên đoàn Lao động tỉnh", "tinh"),
        ("Ủy ban nhân dân tỉnh", "tinh"),
    ]:
        Authority.objects.get_or_create(name=name, defaults={"level": level})
    before = [("library", "0003_issuing_body_authority")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps
        OldDocument = old.get_model("library", "Document")
        typed = [
            "Ban Thường vụ Công đoàn ngành Y tế tỉnh Bắc Kạn",
            "Liên đoàn Lao động tỉnh Bắc Kạn",
            "UBND tỉnh",
            "Hội Chữ thập đỏ tỉnh",
            "",
        ]
        for number, text in enumerate(typed):
            OldDocument.objects.create(
                number=f"{number + 1}/KH",
                issued_on=datetime.date(2026, 1, 10),
                issuing_text=text,
                title=f"Văn bản {number + 1}",
                file="documents/2026/vb.pdf",
                search_folded="",
            )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())

    bodies = [getattr(d.issuing_body, "name", None) for d in Document.objects.order_by("number")]
    assert bodies == [
        "Công đoàn ngành Y tế",
        "Liên đoàn Lao động tỉnh",
        "Ủy ban nhân dân tỉnh",
        "Hội Chữ thập đỏ tỉnh",
        None,
    ]
    added = Authority.objects.get(name="Hội Chữ thập đỏ tỉnh")
    assert (added.level, added.order) == (Authority.Level.PROVINCE, 1000)
