import pytest

from tests.news.factories import ArticleFactory, SectionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_opens_the_lead_story_from_the_home_page(live_server, page, screenshot_path):
    section = SectionFactory(name="Tin tức - Sự kiện")
    ArticleFactory.create_batch(3, section=section)
    lead = ArticleFactory(
        title="Hội nghị người lao động Bệnh viện Đa khoa tỉnh năm 2026",
        section=section,
        is_featured=True,
        with_cover=True,
        cover_caption="Quang cảnh hội nghị",
    )

    page.goto(live_server.url)
    page.get_by_role("link", name=lead.title).first.click()

    page.wait_for_url(f"**{lead.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == lead.title
    photo = page.locator("article figure img").first
    assert photo.get_attribute("alt") == lead.cover_description
    assert photo.evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.get_by_text("Quang cảnh hội nghị").is_visible()
    page.screenshot(path=screenshot_path("article-from-home"), full_page=True)
