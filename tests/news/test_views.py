import datetime
import re
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone
from django.views.defaults import server_error

from portal.models import MenuItem, SiteSettings
from tests.news.factories import ArticleFactory, SectionFactory
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, SlideFactory

pytestmark = pytest.mark.django_db

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def visible_text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def page_text(response):
    assert response.status_code == 200
    return response.content.decode()


class TestEveryPage:
    def test_header_banner_running_line_menu_and_footer(self, client):
        site = SiteSettings.load()
        site.union_name = "Công đoàn ngành Y tế tỉnh Hòa Bình"
        site.editor_in_chief = "Nguyễn Thị Hạnh"
        site.address = "Số 2 đường Trần Hưng Đạo"
        site.phone = "0218 3852 123"
        site.email = "congdoanyte@example.vn"
        site.save()
        MenuItem.objects.create(section=SectionFactory(name="Thi đua - Khen thưởng"))
        MenuItem.objects.create(section=SectionFactory(name="Mục ẩn"), is_shown=False)
        SlideFactory(title="Chào mừng Đại hội")
        AnnouncementFactory(text="Nhiệt liệt chào mừng Ngày Thầy thuốc Việt Nam")
        # A few days ahead of the portal's day (Hanoi, which may differ from the machine's), never 29/02.
        upcoming = timezone.localdate() + datetime.timedelta(days=3)
        if (upcoming.month, upcoming.day) == (2, 29):
            upcoming += datetime.timedelta(days=1)
        AnniversaryFactory(
            name="Ngày thành lập Công đoàn Việt Nam", original_date=upcoming.replace(year=1929), days_before=40
        )

        page = page_text(client.get(reverse("portal:home")))
        for expected in [
            "Công đoàn ngành Y tế tỉnh Hòa Bình",
            "Nguyễn Thị Hạnh",
            "Số 2 đường Trần Hưng Đạo",
            "0218 3852 123",
            "congdoanyte@example.vn",
            "Thi đua - Khen thưởng",
            "Chào mừng Đại hội",
            "Nhiệt liệt chào mừng Ngày Thầy thuốc Việt Nam",
            f"Kỷ niệm {upcoming.year - 1929} năm Ngày thành lập Công đoàn Việt Nam",
            'name="q"',
        ]:
            assert expected in page
        assert "Mục ẩn" not in page

    def test_expired_slide_and_announcement_are_gone(self, client):
        yesterday = datetime.datetime.now(tz=HANOI) - datetime.timedelta(days=1)
        SlideFactory(title="Băng rôn cũ", active_until=yesterday)
        AnnouncementFactory(text="Khẩu hiệu đã hết hạn", active_until=yesterday)
        page = page_text(client.get(reverse("portal:home")))
        assert "Băng rôn cũ" not in page
        assert "Khẩu hiệu đã hết hạn" not in page


class TestHome:
    def test_featured_lead_latest_and_section_blocks(self, client):
        health = SectionFactory(name="Tin tức - Sự kiện", show_on_home=True)
        sport = SectionFactory(name="Văn hóa - Thể thao", show_on_home=True)
        lead = ArticleFactory(title="Tin tiêu điểm của tuần", section=health, is_featured=True, with_cover=True)
        ArticleFactory(title="Giải cầu lông công nhân viên chức", section=sport)
        ArticleFactory(title="Tin mới nhất hôm nay", section=health)

        response = client.get(reverse("portal:home"))
        assert response.context["front"].lead == lead
        page = page_text(response)
        assert "Tin tiêu điểm của tuần" in page
        assert lead.cover_medium.url in page
        blocks = {
            section.name: [a.title for a in articles] for section, articles in response.context["front"].section_blocks
        }
        assert blocks == {
            "Tin tức - Sự kiện": ["Tin mới nhất hôm nay"],
            "Văn hóa - Thể thao": ["Giải cầu lông công nhân viên chức"],
        }

    def test_without_a_featured_story_the_newest_leads(self, client):
        ArticleFactory(title="Cũ hơn", published_at=datetime.datetime(2026, 1, 1, tzinfo=HANOI))
        newest = ArticleFactory(title="Mới nhất")
        assert client.get(reverse("portal:home")).context["front"].lead == newest

    def test_empty_portal_still_renders(self, client):
        assert client.get(reverse("portal:home")).status_code == 200


class TestArticlePage:
    def test_shows_the_article_as_real_portals_do(self, client):
        site = SiteSettings.load()
        site.republish_notice = "Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
        site.save()
        article = ArticleFactory(
            title="Tập huấn nghiệp vụ công tác công đoàn năm 2026",
            lead="Hơn 120 cán bộ công đoàn cơ sở tham dự lớp tập huấn.",
            body='<p>Nội dung chính.</p><figure class="image"><img src="/media/a.webp" alt="Lớp học">'
            "<figcaption>Học viên trao đổi nhóm</figcaption></figure>",
            published_at=datetime.datetime(2023, 1, 11, 14, 3, tzinfo=HANOI),
            author="Minh Duyên",
            source_name="CĐ ngành Y tế Bắc Kạn",
            source_url="https://example.vn/bai-goc",
            with_cover=True,
            cover_caption="Quang cảnh lớp tập huấn",
        )
        page = page_text(client.get(article.get_absolute_url()))
        for expected in [
            "<h1",
            "Tập huấn nghiệp vụ công tác công đoàn năm 2026",
            "Hơn 120 cán bộ công đoàn cơ sở tham dự lớp tập huấn.",
            "<figcaption>Học viên trao đổi nhóm</figcaption>",
            "Quang cảnh lớp tập huấn",
            "Minh Duyên",
            "CĐ ngành Y tế Bắc Kạn",
            'href="https://example.vn/bai-goc"',
            "Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
            f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">',
            '<meta property="og:title" content="Tập huấn nghiệp vụ công tác công đoàn năm 2026">',
            f'<meta property="og:image" content="http://testserver{article.cover_share.url}">',
        ]:
            assert expected in page, expected
        assert "Cập nhật lúc 14:03 - 11/01/2023 (GMT +07:00)" in visible_text(page)

    def test_other_news_from_its_section_and_the_newest(self, client):
        section = SectionFactory(name="Chăm lo đời sống")
        article = ArticleFactory(section=section)
        same_section = ArticleFactory(title="Thăm hỏi đoàn viên ốm đau", section=section)
        elsewhere = ArticleFactory(title="Giải bóng đá", section=SectionFactory(name="Thể thao"))
        ArticleFactory(title="Nháp cùng mục", section=section, draft=True)

        response = client.get(article.get_absolute_url())
        assert list(response.context["other_articles"]) == [same_section]
        assert list(response.context["newest_articles"]) == [elsewhere, same_section]

    @pytest.mark.parametrize("trait", ["draft", "scheduled"])
    def test_unpublished_articles_are_404_by_their_url(self, client, trait):
        hidden = ArticleFactory(**{trait: True})
        response = client.get(hidden.get_absolute_url())
        assert response.status_code == 404
        assert "Không tìm thấy trang" in response.content.decode()


class TestLists:
    def test_section_page_lists_its_articles_newest_first_paginated(self, client):
        section = SectionFactory(name="Hoạt động công đoàn cơ sở")
        start = datetime.datetime(2026, 3, 1, 8, 0, tzinfo=HANOI)
        for day in range(14):
            ArticleFactory(
                title=f"Tin ngày {day + 1:02d}", section=section, published_at=start + datetime.timedelta(days=day)
            )
        ArticleFactory(title="Tin mục khác")

        first = client.get(section.get_absolute_url())
        assert [a.title for a in first.context["object_list"]][:2] == ["Tin ngày 14", "Tin ngày 13"]
        assert len(first.context["object_list"]) == 12
        assert "Tin mục khác" not in page_text(first)
        second = client.get(section.get_absolute_url(), {"page": 2})
        assert [a.title for a in second.context["object_list"]] == ["Tin ngày 02", "Tin ngày 01"]

    def test_unknown_section_is_404(self, client):
        assert client.get(reverse("news:section", args=["khong-co"])).status_code == 404

    def test_all_news_page_hides_drafts_and_scheduled(self, client):
        ArticleFactory(title="Bài công khai")
        ArticleFactory(title="Bài nháp", draft=True)
        ArticleFactory(title="Bài hẹn giờ", scheduled=True)
        page = page_text(client.get(reverse("news:article_list")))
        assert "Bài công khai" in page
        assert "Bài nháp" not in page
        assert "Bài hẹn giờ" not in page

    def test_drafts_and_scheduled_never_appear_on_home_or_sections(self, client):
        section = SectionFactory(name="Tin tức", show_on_home=True)
        ArticleFactory(title="Bài nháp", section=section, draft=True, is_featured=True)
        ArticleFactory(title="Bài hẹn giờ", section=section, scheduled=True, is_featured=True)
        for url in [reverse("portal:home"), section.get_absolute_url()]:
            page = page_text(client.get(url))
            assert "Bài nháp" not in page
            assert "Bài hẹn giờ" not in page


class TestSearchPage:
    def test_counts_results_and_keeps_the_query_in_page_links(self, client):
        for number in range(14):
            ArticleFactory(title=f"Lao động giỏi số {number}")
        ArticleFactory(title="Không liên quan")
        response = client.get(reverse("portal:search"), {"q": "lao dong gioi"})
        page = page_text(response)
        assert "Tìm thấy 14 kết quả" in visible_text(page)
        assert "?q=lao+dong+gioi&amp;page=2" in page
        assert "Không liên quan" not in page

    def test_nothing_found_says_so(self, client):
        page = page_text(client.get(reverse("portal:search"), {"q": "không có gì"}))
        assert "Không tìm thấy" in page


def test_404_page_is_vietnamese_in_the_site_look(client):
    page = client.get("/khong-co-trang-nay/")
    assert page.status_code == 404
    text = page.content.decode()
    assert "Không tìm thấy trang" in text
    assert 'lang="vi"' in text


def test_500_page_is_vietnamese_and_needs_no_database(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))
    text = response.content.decode()
    assert response.status_code == 500
    assert 'lang="vi"' in text
    assert "Hệ thống đang gặp sự cố" in text


def test_an_article_published_just_now_opens_and_is_listed(client):
    # Views must compare with the time of the request, not the time the server started.
    article = ArticleFactory(title="Tin vừa đăng", published_at=timezone.now())
    assert client.get(article.get_absolute_url()).status_code == 200
    assert "Tin vừa đăng" in client.get(reverse("news:article_list")).content.decode()


def test_the_browsers_default_icon_address_leads_to_the_emblem(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("emblem.svg")
