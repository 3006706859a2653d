"""In Chromium, with the page cache on: a reader votes from a kept page and sees the results; a vote sent
from elsewhere is refused in Vietnamese, with the form to vote again."""

import pytest
from django.urls import reverse

from polls.models import PollVote
from portal.models import SiteSettings
from tests.news.factories import ArticleFactory
from tests.polls.factories import PollFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"phone": 375, "desktop": 1280}


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def test_a_reader_votes_from_a_kept_home_page_and_sees_the_results(live_server, browser, page, screenshot_path):
    SiteSettings.load()  # a running portal has its settings row (the first page made it)
    ArticleFactory(title="Hội nghị người lao động Bệnh viện tỉnh")
    poll = PollFactory(question="Bạn quan tâm hoạt động nào nhất?", options=["Chăm lo đời sống", "Thi đua"])
    home = live_server.url + reverse("portal:home")
    page.goto(home)  # rendered and kept
    # Another reader's browser (this one keeps the page itself for the seconds Cache-Control allows).
    other = browser.new_context()
    assert other.new_page().goto(home).headers["x-page-cache"] == "hit"
    other.close()
    page.reload()

    page.locator(f"#poll-{poll.pk}").get_by_label("Thi đua").check()
    page.get_by_role("button", name="Biểu quyết").click()
    page.wait_for_url(f"{home}#poll-{poll.pk}")
    box = page.locator(f"#poll-{poll.pk}")
    assert "Cảm ơn bạn đã tham gia biểu quyết." in box.inner_text()
    assert "(bạn đã chọn)" in box.inner_text()
    assert PollVote.objects.count() == 1
    page.set_viewport_size({"width": 375, "height": 900})
    box.screenshot(path=screenshot_path("page-cache-voted-phone"))


def test_a_vote_from_another_site_is_refused_with_the_form_to_vote_here(live_server, page, screenshot_path):
    poll = PollFactory(question="Bạn quan tâm hoạt động nào nhất?", options=["Chăm lo đời sống", "Thi đua"])
    option = poll.options.get(text="Thi đua")
    action = live_server.url + reverse("polls:poll_vote", args=[poll.slug])
    # A page of no origin of the portal's (Chromium sends "Origin: null" from it) posts the vote.
    page.set_content(
        f'<form method="post" action="{action}"><input name="option" value="{option.pk}">'
        '<button type="submit">Gửi</button></form>'
    )
    page.get_by_role("button", name="Gửi").click()
    page.wait_for_load_state("load")
    assert "không được gửi từ trang của cổng thông tin" in page.content()
    assert page.get_by_role("button", name="Biểu quyết").is_visible()
    assert not PollVote.objects.exists()
    for name, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=screenshot_path(f"vote-from-another-site-{name}"), full_page=True)
