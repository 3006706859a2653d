"""Preview links: a draft shown to a reviewer without an account, until the link expires or is revoked."""

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from news.models import PreviewLink
from news.models.editorial import PREVIEW_LINK_SALT
from tests.factories import StaffFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(db):
    return ArticleFactory(title="Dự thảo báo cáo Đại hội Công đoàn ngành", draft=True)


@pytest.fixture
def link(draft):
    return PreviewLink.objects.issue(article=draft, by=StaffFactory(), days=3)


def preview_url(signed):
    return reverse("news:preview_link", kwargs={"signed": signed})


def box_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


class TestReviewer:
    def test_opens_a_draft_without_an_account(self, client, link):
        response = client.get(link.get_absolute_url())
        assert response.status_code == 200
        page = response.content.decode()
        assert "Dự thảo báo cáo Đại hội Công đoàn ngành" in page
        assert "Bản xem trước – chưa xuất bản" in page
        assert "Liên kết này dùng được đến" in page

    def test_is_never_indexed_nor_cached(self, client, link):
        response = client.get(link.get_absolute_url())
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert response["Referrer-Policy"] == "no-referrer"
        page = response.content.decode()
        assert '<meta name="robots" content="noindex' in page
        assert 'rel="canonical"' not in page  # the public address does not exist yet

    def test_refused_after_it_expires(self, client, link):
        url = link.get_absolute_url()
        now = timezone.now()
        PreviewLink.objects.filter(pk=link.pk).update(created_at=now - timezone.timedelta(days=3), expires_at=now)
        assert client.get(url).status_code == 404  # the row says so
        link.refresh_from_db()
        assert client.get(link.get_absolute_url()).status_code == 404  # the signed expiry says so, too

    def test_the_signed_expiry_is_checked_before_the_database(self, link, django_assert_num_queries):
        later = link.expires_at + timezone.timedelta(seconds=1)
        with django_assert_num_queries(0), pytest.raises(PreviewLink.DoesNotExist):
            PreviewLink.objects.from_signed(link.signed, now=later)

    def test_refused_after_it_is_revoked(self, client, link):
        url = link.get_absolute_url()
        link.revoke()
        assert client.get(url).status_code == 404

    def test_a_tampered_address_is_refused(self, client, link):
        value, signature = link.signed.rsplit(":", 1)
        longer = signing.b64_encode(f'["{link.token}",{2**40}]'.encode()).decode()
        for signed in [
            f"{value}:{signature[:-1]}{'B' if signature.endswith('A') else 'A'}",  # another signature
            f"{longer}:{signature}",  # a later expiry under the old signature
            link.token,  # the bare token
            signing.Signer(salt="another.salt").sign_object([link.token, 2**40]),
        ]:
            assert client.get(preview_url(signed)).status_code == 404, signed

    def test_an_unknown_token_is_refused_even_when_signed(self, client):
        signed = signing.Signer(salt=PREVIEW_LINK_SALT).sign_object(["khong-co", 2**40])
        assert client.get(preview_url(signed)).status_code == 404

    def test_leads_to_the_article_once_it_is_published(self, client, link, draft):
        draft.status = draft.Status.PUBLISHED
        draft.save()
        response = client.get(link.get_absolute_url())
        assert response.status_code == 302
        assert response["Location"] == draft.get_absolute_url()

    def test_a_scheduled_article_is_previewed_until_its_time(self, client):
        scheduled = ArticleFactory(title="Bài hẹn giờ", scheduled=True)
        link = PreviewLink.objects.issue(article=scheduled, by=StaffFactory(), days=7)
        assert "Bài hẹn giờ" in client.get(link.get_absolute_url()).content.decode()
        scheduled.published_at = timezone.now() - timezone.timedelta(minutes=1)  # its time has come
        scheduled.save()
        assert client.get(link.get_absolute_url())["Location"] == scheduled.get_absolute_url()

    def test_the_address_stays_the_same_for_the_life_of_the_link(self, link):
        assert link.get_absolute_url() == PreviewLink.objects.get(pk=link.pk).get_absolute_url()


class TestModel:
    def test_a_public_article_needs_no_link(self):
        with pytest.raises(Exception, match="công khai"):
            PreviewLink.objects.issue(article=ArticleFactory(), by=StaffFactory(), days=1)

    def test_revoking_twice_keeps_the_first_time(self, link):
        link.revoke()
        first = link.revoked_at
        link.revoke()
        assert PreviewLink.objects.get(pk=link.pk).revoked_at == first


class TestStaff:
    def test_editor_creates_a_link_with_the_chosen_duration(self, client, editor, draft):
        before = timezone.now()
        response = client.post(reverse("admin:news_article_preview_link_create", args=[draft.pk]), {"days": "7"})
        assert response.status_code == 302
        assert response["Location"] == box_url(draft) + "#preview-links"
        link = draft.preview_links.get()
        assert link.created_by == editor
        assert timezone.timedelta(days=7) <= link.expires_at - before < timezone.timedelta(days=7, minutes=1)

    def test_the_default_duration_comes_from_the_setting(self, client, editor, draft, settings):
        assert '<option value="3" selected>3 ngày</option>' in client.get(box_url(draft)).content.decode()
        settings.NEWS_PREVIEW_LINK_DAYS = 7
        page = client.get(box_url(draft)).content.decode()
        assert '<option value="7" selected>7 ngày</option>' in page
        assert 'form="preview-link-create"' in page

    def test_a_duration_outside_the_choices_is_refused(self, client, editor, draft):
        client.post(reverse("admin:news_article_preview_link_create", args=[draft.pk]), {"days": "365"})
        assert not draft.preview_links.exists()

    def test_change_page_lists_links_to_copy_and_revoke(self, client, editor, draft, link):
        page = client.get(box_url(draft)).content.decode()
        assert 'id="preview-links"' in page
        assert f'value="http://testserver{link.get_absolute_url()}"' in page
        assert f'name="link" value="{link.pk}"' in page
        assert "Thu hồi" in page
        assert "news/admin/preview-links.js" in page

    def test_every_open_link_is_listed_and_only_the_last_closed_ones(self, client, editor, draft):
        links = [PreviewLink.objects.issue(article=draft, by=editor, days=1) for _ in range(6)]
        for link in links[:5]:
            link.revoke()
        box = client.get(box_url(draft)).context["preview_link_box"]
        assert [link for link, _ in box["links"]] == [links[5], links[4], links[3], links[2]]

    def test_editor_revokes_a_link(self, client, editor, draft, link):
        response = client.post(reverse("admin:news_article_preview_link_revoke", args=[draft.pk]), {"link": link.pk})
        assert response.status_code == 302
        link.refresh_from_db()
        assert link.revoked_at is not None
        assert not link.is_valid

    def test_a_link_of_another_article_cannot_be_revoked_through_this_one(self, client, editor, draft, link):
        other = ArticleFactory(draft=True)
        client.post(reverse("admin:news_article_preview_link_revoke", args=[other.pk]), {"link": link.pk})
        link.refresh_from_db()
        assert link.revoked_at is None

    def test_no_link_for_a_public_article(self, client, publisher):
        article = ArticleFactory()
        client.post(reverse("admin:news_article_preview_link_create", args=[article.pk]), {"days": "1"})
        assert not article.preview_links.exists()
        assert "Tạo liên kết xem trước" not in client.get(box_url(article)).content.decode()

    def test_only_by_post(self, client, editor, draft):
        response = client.get(reverse("admin:news_article_preview_link_create", args=[draft.pk]))
        assert response.status_code == 405

    def test_staff_without_the_permission_cannot_create_one(self, client, draft):
        client.force_login(StaffFactory(username="khong_quyen"))
        response = client.post(reverse("admin:news_article_preview_link_create", args=[draft.pk]), {"days": "1"})
        assert response.status_code == 403
        assert not draft.preview_links.exists()

    def test_sector_staff_cannot_create_one(self, client, sector_staff, draft):
        client.force_login(sector_staff)
        response = client.post(reverse("admin:news_article_preview_link_create", args=[draft.pk]), {"days": "1"})
        assert response.status_code == 403

    def test_a_visitor_is_sent_to_log_in(self, client, draft):
        response = client.post(reverse("admin:news_article_preview_link_create", args=[draft.pk]), {"days": "1"})
        assert response.status_code == 302
        assert reverse("admin:login") in response["Location"]
        assert not draft.preview_links.exists()
