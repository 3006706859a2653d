"""Links staff type into the site's chrome are web addresses or the site's own paths, never script (finding 1)."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from portal.models import Anniversary, Announcement, QuickLink
from tests.news.factories import ArticleFactory
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, QuickLinkFactory, SlideFactory

pytestmark = pytest.mark.django_db

SCRIPT_LINKS = [
    "javascript:fetch('/admin/')",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "/\\evil.example/",
    "/\n/evil.example/",
    "tin-tuc/bai-viet/",
]
SAFE_LINKS = ["", "/tin-tuc/dai-hoi/", "https://congdoan.vn/", "HTTP://example.vn/a?b=1#c"]
LINK_FIELDS = [
    (SlideFactory, "link"),
    (AnnouncementFactory, "link"),
    (AnniversaryFactory, "link"),
    (QuickLinkFactory, "url"),
    (ArticleFactory, "source_url"),
]


@pytest.mark.parametrize("link", SCRIPT_LINKS)
@pytest.mark.parametrize(("factory", "field"), LINK_FIELDS)
def test_a_script_link_is_refused_by_the_model(factory, field, link):
    row = factory.build(**{field: link})
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert field in refused.value.message_dict


@pytest.mark.parametrize("link", [link for link in SCRIPT_LINKS if not link.startswith("/\n")])
@pytest.mark.parametrize(("factory", "field"), LINK_FIELDS)
def test_a_script_link_cannot_be_stored_from_the_shell_either(factory, field, link):
    row = factory()
    with pytest.raises(IntegrityError), transaction.atomic():
        type(row).objects.filter(pk=row.pk).update(**{field: link})


@pytest.mark.parametrize("link", SAFE_LINKS)
@pytest.mark.parametrize(("model", "factory"), [(Announcement, AnnouncementFactory), (Anniversary, AnniversaryFactory)])
def test_web_addresses_and_site_paths_are_kept(model, factory, link):
    row = factory(link=link)
    row.full_clean()
    assert model.objects.get(pk=row.pk).link == link


def test_a_publisher_is_told_why_a_slide_link_is_refused(client, publisher):
    response = client.post(
        reverse("admin:portal_announcement_add"),
        {"text": "Chào mừng Đại hội", "link": "javascript:fetch('/admin/')", "order": 0},
    )
    assert response.status_code == 200
    assert "Liên kết phải là địa chỉ web bắt đầu bằng https://" in response.content.decode()
    assert not Announcement.objects.exists()


def test_no_page_carries_a_script_link(client):
    AnnouncementFactory(link="/tin-tuc/dai-hoi/")
    with pytest.raises(IntegrityError), transaction.atomic():
        Announcement.objects.create(text="Chào mừng", link="javascript:alert(document.cookie)")
    assert b"javascript:" not in client.get(reverse("portal:home")).content
    assert not Anniversary.objects.filter(link__startswith="javascript").exists()
    assert not QuickLink.objects.filter(url__startswith="javascript").exists()
