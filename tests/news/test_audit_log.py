"""The audit log page: who published, unpublished, deleted or restored which article, and when; read only."""

import pytest
from django.urls import reverse

from news.models import AuditEntry
from tests.factories import StaffFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries(db):
    author = StaffFactory(username="nguoi_duyet")
    kept = ArticleFactory(title="Hội nghị người lao động năm 2026")
    gone = ArticleFactory(title="Bài đã xoá hẳn")
    published = AuditEntry.record(action=AuditEntry.Action.PUBLISHED, article=kept, user=author)
    deleted = AuditEntry.record(action=AuditEntry.Action.DELETED, article=gone, user=author, comment="Trùng bài")
    gone.delete()
    return published, deleted


def log_url():
    return reverse("admin:news_auditentry_changelist")


def change_url(entry):
    return reverse("admin:news_auditentry_change", args=[entry.pk])


def test_publisher_reads_who_did_what_and_when(client, publisher, entries):
    published, deleted = entries
    response = client.get(log_url())
    assert response.status_code == 200
    page = response.content.decode()
    for expected in ["nguoi_duyet", "Xuất bản", "Xoá (vào thùng rác)", "Trùng bài", "Bài đã xoá hẳn"]:
        assert expected in page, expected
    # The title links to the article while it exists; a deleted one is kept as plain text.
    article_url = reverse("admin:news_article_change", args=[published.article_id])
    assert f'<a href="{article_url}">Hội nghị người lao động năm 2026</a>' in page
    assert reverse("admin:news_article_change", args=[deleted.article_id]) not in page


def test_sector_staff_read_it_without_links_to_articles_they_cannot_open(client, sector_staff, entries):
    client.force_login(sector_staff)
    response = client.get(log_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "Hội nghị người lao động năm 2026" in page
    assert reverse("admin:news_article_change", args=[entries[0].article_id]) not in page


def test_editors_do_not_see_it(client, editor, entries):
    assert client.get(log_url()).status_code == 403
    assert client.get(change_url(entries[0])).status_code == 403


def test_filters_by_action_and_searches_by_title_or_account(client, publisher, entries):
    by_action = client.get(log_url(), {"action__exact": "deleted"}).context["cl"].result_list
    assert [entry.article_title for entry in by_action] == ["Bài đã xoá hẳn"]
    by_title = client.get(log_url(), {"q": "người lao động"}).context["cl"].result_list
    assert [entry.article_title for entry in by_title] == ["Hội nghị người lao động năm 2026"]
    assert len(client.get(log_url(), {"q": "nguoi_duyet"}).context["cl"].result_list) == 2


def test_it_is_read_only_even_for_a_superuser(client, admin_user, entries):
    client.force_login(admin_user)
    published, _ = entries
    page = client.get(log_url()).content.decode()
    assert reverse("admin:news_auditentry_add") not in page
    assert 'value="delete_selected"' not in page
    detail = client.get(change_url(published))
    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()
    assert client.post(change_url(published), {"comment": "sửa"}).status_code == 403
    assert client.get(reverse("admin:news_auditentry_add")).status_code == 403
    assert client.post(reverse("admin:news_auditentry_delete", args=[published.pk]), {"post": "yes"}).status_code == 403
    published.refresh_from_db()
    assert published.comment == ""
