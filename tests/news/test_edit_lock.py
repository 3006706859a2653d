import threading

import pytest
from django.db import connection, transaction
from django.forms import modelform_factory
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news.forms import ArticleAdminForm
from news.models import Article
from news.models.article import EDIT_LOCK_DURATION
from news.roles import EDITORS
from tests.factories import StaffFactory
from tests.news.factories import ArticleFactory
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def lock_url(article):
    return reverse("admin:news_article_lock", args=[article.pk])


def edit(article, version, **overrides):
    """The article's form as its page posts it, opened when the article was at `version`."""
    return article_form(article.section, title=article.title, edit_version=version) | overrides


@pytest.fixture
def colleague(db):
    """A second editor, in a browser of her own."""
    user = StaffFactory(username="bientap_mai", first_name="Lê Thị Mai", group=EDITORS)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def draft(db):
    return ArticleFactory(draft=True, title="Hội nghị người lao động năm 2026")


def test_opening_the_page_takes_the_lock(client, editor, draft):
    response = client.get(change_url(draft))
    draft.refresh_from_db()
    assert draft.lock_holder() == editor
    page = response.content.decode()
    assert "đang được" not in page
    assert '<li class="warning" role="status" hidden></li>' in page
    assert f'data-heartbeat-url="{lock_url(draft)}"' in page
    assert "news/admin/edit-lock.js" in page
    assert f'<input type="hidden" name="edit_version" value="{draft.edit_version}"' in page


def test_a_second_editor_sees_who_holds_the_lock_and_since_when(client, editor, colleague, draft):
    colleague.get(change_url(draft))
    since = timezone.localtime(Article.objects.get(pk=draft.pk).locked_at)
    page = client.get(change_url(draft)).content.decode()
    assert f"Bài này đang được Lê Thị Mai sửa từ {since:%H:%M}." in page
    assert Article.objects.get(pk=draft.pk).locked_by.username == "bientap_mai"


def test_a_stale_save_is_refused_and_what_was_typed_is_kept(client, editor, colleague, draft):
    opened = draft.edit_version
    client.get(change_url(draft))
    colleague.get(change_url(draft))
    assert colleague.post(change_url(draft), edit(draft, opened, lead="Sapo của chị Mai.")).status_code == 302

    response = client.post(change_url(draft), edit(draft, opened, lead="Sapo tôi vừa gõ xong."))
    assert response.status_code == 200
    page = response.content.decode()
    saved_at = timezone.localtime(Article.objects.get(pk=draft.pk).updated_at)
    assert (
        f"Bài đã được Lê Thị Mai lưu lúc {saved_at:%H:%M} sau khi bạn mở; hãy mở lại để xem bản mới, "
        "phần bạn gõ vẫn còn trong khung dưới đây."
    ) in page
    assert "Sapo tôi vừa gõ xong." in page
    assert "Mở bản mới nhất trong thẻ khác" in page
    assert Article.objects.get(pk=draft.pk).lead == "Sapo của chị Mai."

    # Pressing save again does not overwrite either: the form still carries the version it was opened with.
    assert client.post(change_url(draft), edit(draft, opened, lead="Sapo tôi vừa gõ xong.")).status_code == 200
    assert Article.objects.get(pk=draft.pk).lead == "Sapo của chị Mai."


def test_a_save_without_a_version_is_refused(client, editor, draft):
    data = edit(draft, None)
    del data["edit_version"]
    assert client.post(change_url(draft), data).status_code == 200
    assert Article.objects.get(pk=draft.pk).edit_version == draft.edit_version


def test_a_step_taken_meanwhile_also_makes_the_form_stale(client, editor, draft):
    opened = draft.edit_version
    draft.submit_for_review(StaffFactory(username="bientap_mai", group=EDITORS))
    publisher = StaffFactory(username="duyetbai_2", is_superuser=True)
    client.force_login(publisher)
    response = client.post(change_url(draft), edit(draft, opened, review_step="published"))
    assert response.status_code == 200
    assert Article.objects.get(pk=draft.pk).status == Article.Status.IN_REVIEW


def test_the_lock_lapses_after_the_duration(client, editor, draft):
    holder = StaffFactory(username="bientap_mai")
    draft.take_lock(holder, now=timezone.now() - EDIT_LOCK_DURATION - timezone.timedelta(seconds=1))
    page = client.get(change_url(draft)).content.decode()
    assert "đang được" not in page
    assert Article.objects.get(pk=draft.pk).lock_holder() == editor


def test_the_heartbeat_keeps_the_lock_alive(client, editor, draft):
    opened_at = timezone.now() - timezone.timedelta(minutes=15)
    draft.take_lock(editor, now=opened_at)
    response = client.post(lock_url(draft))
    assert response.json() == {"held": True}
    draft.refresh_from_db()
    assert draft.locked_at > opened_at
    # Without the beat the lock would have lapsed by then.
    assert draft.lock_holder(now=opened_at + EDIT_LOCK_DURATION + timezone.timedelta(minutes=5)) == editor


def test_the_heartbeat_of_someone_else_says_who_holds_the_lock(client, editor, colleague, draft):
    client.get(change_url(draft))
    answer = colleague.post(lock_url(draft)).json()
    since = timezone.localtime(Article.objects.get(pk=draft.pk).locked_at)
    assert answer == {"held": False, "notice": f"Bài này đang được bientap sửa từ {since:%H:%M}."}
    assert Article.objects.get(pk=draft.pk).lock_holder() == editor


def test_the_heartbeat_takes_a_lapsed_lock(colleague, draft):
    draft.take_lock(StaffFactory(username="bientap"), now=timezone.now() - EDIT_LOCK_DURATION)
    assert colleague.post(lock_url(draft)).json() == {"held": True}
    assert Article.objects.get(pk=draft.pk).lock_holder().username == "bientap_mai"


def test_the_heartbeat_is_a_post_by_someone_who_may_change_the_article(client, editor, draft):
    assert client.get(lock_url(draft)).status_code == 405
    in_review = ArticleFactory(status=Article.Status.IN_REVIEW)
    assert client.post(lock_url(in_review)).status_code == 403
    assert Article.objects.get(pk=in_review.pk).locked_by is None
    assert Client().post(lock_url(draft)).status_code == 302


def test_the_heartbeat_checks_the_csrf_token(editor, draft):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)
    assert browser.post(lock_url(draft)).status_code == 403
    page = browser.get(change_url(draft))
    token = page.context["csrf_token"]
    assert browser.post(lock_url(draft), headers={"X-CSRFToken": str(token)}).status_code == 200


def test_saving_releases_the_lock(client, editor, draft):
    client.get(change_url(draft))
    assert client.post(change_url(draft), edit(draft, draft.edit_version)).status_code == 302
    assert Article.objects.get(pk=draft.pk).lock_holder() is None


def test_readers_of_an_article_they_may_not_change_take_no_lock(client, editor):
    in_review = ArticleFactory(status=Article.Status.IN_REVIEW)
    page = client.get(change_url(in_review)).content.decode()
    assert "data-heartbeat-url" not in page
    assert Article.objects.get(pk=in_review.pk).locked_by is None


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL (SQLite writes one at a time)")
def test_two_racing_saves_cannot_both_win():
    article = ArticleFactory(draft=True)
    opened = article.edit_version
    Form = modelform_factory(Article, form=ArticleAdminForm, fields=["title"])
    first_checked, outcome = threading.Event(), {}

    def first_save():
        with transaction.atomic():
            form = Form({"title": "Bản thứ nhất", "edit_version": opened}, instance=Article.objects.get(pk=article.pk))
            outcome["first"] = form.is_valid()
            first_checked.set()
            # Holds the row while the second save checks its version.
            threading.Event().wait(0.5)
            form.save()
        connection.close()

    thread = threading.Thread(target=first_save)
    thread.start()
    first_checked.wait(5)
    with transaction.atomic():
        form = Form({"title": "Bản thứ hai", "edit_version": opened}, instance=Article.objects.get(pk=article.pk))
        outcome["second"] = form.is_valid()
        if outcome["second"]:
            form.save()
    thread.join()

    assert outcome == {"first": True, "second": False}
    assert form.is_stale
    assert Article.objects.get(pk=article.pk).title == "Bản thứ nhất"
