"""Quick links ("Liên kết"): kept in the admin, listed in the side column in their order."""

import re

import pytest
from django.urls import reverse

from portal.models import QuickLink
from tests.factories import StaffFactory
from tests.portal.factories import QuickLinkFactory

pytestmark = pytest.mark.django_db


def side_links(client, url=None):
    html = client.get(url or reverse("portal:home")).content.decode()
    box = re.search(r'id="side-quick-links">.*?</section>', html, re.DOTALL)
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', box.group()) if box else []


def test_shown_links_are_listed_in_their_order(client):
    QuickLinkFactory(title="Bộ Y tế", url="https://moh.gov.vn/", order=2)
    QuickLinkFactory(title="Tổng Liên đoàn Lao động Việt Nam", url="https://congdoan.vn/", order=1)
    QuickLinkFactory(title="Báo Lao Động", url="https://laodong.vn/", order=2)
    QuickLinkFactory(title="Trang cũ", is_shown=False)
    assert side_links(client) == [
        ("https://congdoan.vn/", "Tổng Liên đoàn Lao động Việt Nam"),
        ("https://laodong.vn/", "Báo Lao Động"),
        ("https://moh.gov.vn/", "Bộ Y tế"),
    ]


def test_the_box_is_left_out_when_no_link_is_shown(client):
    QuickLinkFactory(is_shown=False)
    html = client.get(reverse("news:article_list")).content.decode()
    assert "Liên kết</h2>" not in html


def test_links_open_in_the_same_tab(client):
    QuickLinkFactory()
    html = client.get(reverse("portal:home")).content.decode()
    box = re.search(r'id="side-quick-links">.*?</section>', html, re.DOTALL).group()
    assert "target=" not in box


def test_publishers_order_and_hide_links_from_the_list(client):
    first, second = QuickLinkFactory(order=1), QuickLinkFactory(order=2)
    client.force_login(StaffFactory(username="duyetbai", group="Duyệt bài"))
    url = reverse("admin:portal_quicklink_changelist")
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "form-TOTAL_FORMS": "2",
            "form-INITIAL_FORMS": "2",
            "form-0-id": first.pk,
            "form-0-order": "5",
            "form-0-is_shown": "on",
            "form-1-id": second.pk,
            "form-1-order": "2",
            "_save": "Lưu",
        },
    )
    assert response.status_code == 302
    assert list(QuickLink.objects.published().values_list("title", flat=True)) == [first.title]
    assert QuickLink.objects.get(pk=first.pk).order == 5
