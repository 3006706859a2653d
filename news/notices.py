"""The newsroom's mails: publishers when an article waits for them, its writer when it is returned or published."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse

from notifications.mail import absolute, notify
from notifications.models import Kind


def publishers():
    app_label, codename = "news", "publish_article"
    holds = Q(groups__permissions__codename=codename, groups__permissions__content_type__app_label=app_label) | Q(
        user_permissions__codename=codename, user_permissions__content_type__app_label=app_label
    )
    return get_user_model().objects.filter(holds, is_active=True).distinct()


def article_link(article):
    return absolute(reverse("admin:news_article_change", args=[article.pk]))


def by_name(user):
    return user.get_full_name() or user.get_username()


def article_submitted(article, by):
    body = f"{by_name(by)} vừa gửi duyệt bài “{article.title}”.\n\nMở bài: {article_link(article)}"
    notify(kind=Kind.ARTICLE_SUBMITTED, users=publishers().exclude(pk=by.pk), body=body)


def article_returned(article, by, comment):
    body = (
        f"Bài “{article.title}” đã được {by_name(by)} trả lại với ý kiến:\n\n{comment}\n\n"
        f"Sửa bài: {article_link(article)}"
    )
    notify(kind=Kind.ARTICLE_RETURNED, users=writer(article, by), body=body)


def article_published(article, by):
    body = f"Bài “{article.title}” đã được {by_name(by)} xuất bản.\n\nXem bài: {absolute(article.get_absolute_url())}"
    notify(kind=Kind.ARTICLE_PUBLISHED, users=writer(article, by), body=body)


def writer(article, by):
    """Who wrote the article, unless it is the person taking the step."""
    return [article.created_by] if article.created_by and article.created_by != by else []
