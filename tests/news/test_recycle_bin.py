import pytest
from django.contrib.messages import get_messages
from django.core.files.storage import default_storage
from django.urls import reverse
from reversion.models import Version

from news.models import Article, AuditEntry
from news.roles import PUBLISHERS
from tests.factories import StaffFactory
from tests.news.factories import ArticleFactory, SectionFactory, TagFactory
from tests.news.test_revisions import resubmitted

pytestmark = pytest.mark.django_db

BIN = reverse("admin:news_article_recoverlist")
CHANGELIST = reverse("admin:news_article_changelist")


def delete(client, article):
    return client.post(reverse("admin:news_article_delete", args=[article.pk]), {"post": "yes"})


def in_bin(article_pk):
    return Version.objects.get_deleted(Article).get(object_id=str(article_pk))


def recover(client, version, **changes):
    url = reverse("admin:news_article_recover", args=[version.pk])
    return client.post(url, resubmitted(client.get(url), **changes))


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_deleting_asks_first_and_says_where_the_article_goes(client, publisher):
    article = ArticleFactory(title="Tin hội thao")
    page = client.get(reverse("admin:news_article_delete", args=[article.pk])).content.decode()
    assert "Chuyển bài viết “Tin hội thao” vào Thùng rác?" in page
    assert 'value="Có, chuyển vào Thùng rác"' in page
    assert Article.objects.filter(pk=article.pk).exists()


def test_a_deleted_article_leaves_the_list_and_the_site_and_waits_in_the_bin(client, publisher):
    article = ArticleFactory(title="Tin hội thao ngành Y tế")
    address = article.get_absolute_url()

    response = delete(client, article)
    assert response.status_code == 302
    assert any("Thùng rác" in message for message in messages_of(response))
    assert not Article.objects.filter(pk=article.pk).exists()
    assert article.pk not in [row.pk for row in client.get(CHANGELIST).context["cl"].result_list]
    assert client.get(address).status_code == 404

    page = client.get(BIN).content.decode()
    assert "Tin hội thao ngành Y tế" in page
    assert reverse("admin:news_article_recover", args=[in_bin(article.pk).pk]) in page
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.article_id, entry.user) == (AuditEntry.Action.DELETED, article.pk, publisher)


def test_restoring_from_the_bin_brings_back_address_text_and_cover(client, publisher):
    tag = TagFactory(name="Hội thao")
    article = ArticleFactory(with_cover=True, title="Hội thao công nhân viên chức", body="<p>Nội dung đầy đủ.</p>")
    article.tags.add(tag)
    pk, slug, cover = article.pk, article.slug, article.cover_image.name
    delete(client, article)
    assert default_storage.exists(cover)

    response = recover(client, in_bin(pk))
    assert response.status_code == 302
    restored = Article.objects.get(pk=pk)
    assert (restored.slug, restored.title, restored.body) == (slug, article.title, "<p>Nội dung đầy đủ.</p>")
    assert restored.cover_image.name == cover
    assert default_storage.exists(cover)
    assert list(restored.tags.all()) == [tag]
    assert restored.status == Article.Status.PUBLISHED
    assert client.get(restored.get_absolute_url()).status_code == 200
    assert not Version.objects.get_deleted(Article).exists()
    assert [entry.action for entry in AuditEntry.objects.for_article(restored)] == [
        AuditEntry.Action.RESTORED,
        AuditEntry.Action.DELETED,
    ]


def test_the_recover_page_shows_the_article_as_it_was_and_changes_nothing(client, publisher):
    article = ArticleFactory(title="Bài trong thùng rác")
    delete(client, article)
    page = client.get(reverse("admin:news_article_recover", args=[in_bin(article.pk).pk]))
    assert page.context["adminform"].form.initial["title"] == "Bài trong thùng rác"
    assert "bài sẽ hiện lại trên trang ngay khi lưu" in page.content.decode()
    assert not Article.objects.exists()


def test_deleting_several_puts_each_in_the_bin_and_they_come_back_one_by_one(client, publisher):
    first, second = ArticleFactory(title="Bài một"), ArticleFactory(title="Bài hai")
    confirm = client.post(CHANGELIST, {"action": "delete_selected", "_selected_action": [first.pk, second.pk]})
    assert "Chuyển 2 bài viết đã chọn vào Thùng rác?" in confirm.content.decode()
    assert Article.objects.count() == 2

    response = client.post(
        CHANGELIST, {"action": "delete_selected", "_selected_action": [first.pk, second.pk], "post": "yes"}
    )
    assert any("Thùng rác" in message for message in messages_of(response))
    assert not Article.objects.exists()
    assert in_bin(first.pk).revision != in_bin(second.pk).revision
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DELETED).count() == 2

    recover(client, in_bin(first.pk))
    assert list(Article.objects.values_list("title", flat=True)) == ["Bài một"]


def test_an_editor_deletes_a_draft_but_only_publishers_see_and_empty_the_bin(client, editor):
    draft = ArticleFactory(draft=True)
    assert delete(client, draft).status_code == 302
    version = in_bin(draft.pk)

    assert "Thùng rác</a>" not in client.get(CHANGELIST).content.decode()
    assert client.get(BIN).status_code == 403
    recover_url = reverse("admin:news_article_recover", args=[version.pk])
    assert client.get(recover_url).status_code == 403
    assert client.post(recover_url, {"title": draft.title}).status_code == 403
    assert not Article.objects.exists()

    client.force_login(StaffFactory(group=PUBLISHERS))
    assert f'href="{BIN}">Thùng rác</a>' in client.get(CHANGELIST).content.decode()


def test_a_taken_address_stops_the_restore_with_a_clear_message(client, publisher):
    article = ArticleFactory(title="Hội nghị", slug="hoi-nghi")
    delete(client, article)
    ArticleFactory(title="Hội nghị khác", slug="hoi-nghi")

    response = client.get(reverse("admin:news_article_recover", args=[in_bin(article.pk).pk]))
    assert response.status_code == 302
    assert response["Location"] == BIN
    assert messages_of(response)[-1] == (
        "Không khôi phục được: đường dẫn “hoi-nghi” đang là của bài “Hội nghị khác”. "
        "Đổi đường dẫn của bài đó rồi thử lại."
    )
    assert Article.objects.get().title == "Hội nghị khác"


def test_a_tag_deleted_meanwhile_is_let_go(client, publisher):
    kept, gone = TagFactory(name="Còn"), TagFactory(name="Đã xoá")
    article = ArticleFactory()
    article.tags.add(kept, gone)
    delete(client, article)
    gone.delete()

    recover(client, in_bin(article.pk))
    assert list(Article.objects.get(pk=article.pk).tags.all()) == [kept]


def test_editors_cannot_delete_what_they_cannot_change(client, editor):
    published = ArticleFactory()
    assert delete(client, published).status_code == 403
    assert not Version.objects.exists()
    assert not AuditEntry.objects.exists()


def test_an_article_whose_section_is_gone_stays_in_the_bin_with_a_clear_message(client, publisher):
    article = ArticleFactory(section=SectionFactory(name="Chuyên mục đã bỏ"))
    delete(client, article)
    article.section.delete()

    response = client.get(reverse("admin:news_article_recover", args=[in_bin(article.pk).pk]))
    assert response.status_code == 302
    assert response["Location"] == BIN
    assert "chuyên mục của phiên bản này đã bị xoá" in messages_of(response)[-1]
    assert not Article.objects.exists()
    assert in_bin(article.pk)
