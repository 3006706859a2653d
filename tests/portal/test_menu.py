"""The public menu: items staff put in an order, with dropdowns under top items; where the reader is."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.urls import reverse

from demo.data.portal import MENU
from portal.models import MenuItem
from portal.models.menu import menu, menu_sections
from tests.html import parse
from tests.news.factories import ArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db


def menu_of(client, url=None):
    """[(title, aria-current, [(child title, aria-current), …]), …] as the page's menu shows them."""
    page = parse(client.get(url or reverse("portal:home")).content.decode())
    [nav] = page.find("nav", aria_label="Chuyên mục")
    [bar] = nav.find("ul", class_="site-nav__list")
    menu = []
    for item in (child for child in bar.children if child.tag == "li"):
        link = next(child for child in item.children if child.tag == "a")
        subs = item.find("ul", class_="site-nav__sub")
        children = [(a.words, a.attrs.get("aria-current")) for a in subs[0].find("a")] if subs else []
        menu.append((link.words, link.attrs.get("aria-current"), children))
    return menu


@pytest.fixture
def union_menu(db):
    MenuItem.objects.all().delete()
    news = SectionFactory(name="Tin tức - Sự kiện")
    grassroots = SectionFactory(name="Hoạt động công đoàn cơ sở")
    top_news = MenuItem.objects.create(section=news, label="Tin tức", order=2)
    MenuItem.objects.create(page=MenuItem.Page.HOME, order=1)
    emulation = MenuItem.objects.create(page=MenuItem.Page.CAMPAIGNS, label="Thi đua - Khen thưởng", order=3)
    MenuItem.objects.create(parent=top_news, section=grassroots, order=1)
    MenuItem.objects.create(parent=emulation, page=MenuItem.Page.HONOUR_ROLL, label="Danh sách khen thưởng", order=2)
    MenuItem.objects.create(parent=emulation, page=MenuItem.Page.CAMPAIGNS, order=1)
    MenuItem.objects.create(parent=emulation, link="https://congdoan.vn/", label="Tổng Liên đoàn", is_shown=False)
    return {"news": news, "grassroots": grassroots, "emulation": emulation}


def test_items_show_in_the_order_staff_set_with_their_dropdowns(client, union_menu):
    assert menu_of(client) == [
        ("Trang chủ", "page", []),
        ("Tin tức", None, [("Hoạt động công đoàn cơ sở", None)]),
        ("Thi đua - Khen thưởng", None, [("Phong trào thi đua", None), ("Danh sách khen thưởng", None)]),
    ]


def test_a_hidden_item_hides_its_dropdown_too(client, union_menu):
    MenuItem.objects.filter(pk=union_menu["emulation"].pk).update(is_shown=False)
    assert [title for title, _, _ in menu_of(client)] == ["Trang chủ", "Tin tức"]


def test_an_article_marks_its_section_and_the_top_item_above_it(client, union_menu):
    article = ArticleFactory(section=union_menu["grassroots"])
    assert menu_of(client, article.get_absolute_url())[1] == (
        "Tin tức",
        "true",
        [("Hoạt động công đoàn cơ sở", "true")],
    )


def test_a_campaign_page_is_inside_phong_trao_thi_dua(client, union_menu):
    campaigns = menu_of(client, reverse("emulation:campaign_list"))[2]
    assert campaigns == (
        "Thi đua - Khen thưởng",
        "page",
        [("Phong trào thi đua", "page"), ("Danh sách khen thưởng", None)],
    )


def test_each_dropdown_has_a_button_that_says_what_it_opens(client, union_menu):
    page = parse(client.get(reverse("portal:home")).content.decode())
    buttons = page.find("button", class_="site-nav__more")
    assert [button.words for button in buttons] == ["Mở danh sách Tin tức", "Mở danh sách Thi đua - Khen thưởng"]
    assert all(button.attrs["aria-expanded"] == "false" for button in buttons)


def test_the_menu_and_the_side_columns_sections_cost_one_query(client, union_menu, django_assert_num_queries):
    with django_assert_num_queries(1):
        items = menu()
        assert [item.title for item in items] == ["Trang chủ", "Tin tức", "Thi đua - Khen thưởng"]
        assert [section.name for section in menu_sections(items)] == [
            "Tin tức - Sự kiện",
            "Hoạt động công đoàn cơ sở",
        ]


def test_a_portal_without_a_menu_shows_its_main_pages(client):
    MenuItem.objects.all().delete()
    assert [title for title, _, _ in menu_of(client)] == [
        "Trang chủ",
        "Tin tức",
        "Phong trào thi đua",
        "Điển hình tiên tiến",
        "Văn bản",
    ]


class TestRules:
    def test_dropdowns_are_one_level_deep(self, union_menu):
        child = union_menu["emulation"].children.first()
        item = MenuItem(parent=child, page=MenuItem.Page.ALBUMS)
        with pytest.raises(ValidationError) as refused:
            item.full_clean()
        assert "Menu có một tầng thả xuống: hãy chọn một mục trên thanh menu." in refused.value.message_dict["parent"]

    def test_an_item_with_children_stays_on_the_bar(self, union_menu):
        emulation = union_menu["emulation"]
        emulation.parent = MenuItem.objects.get(label="Tin tức")
        with pytest.raises(ValidationError):
            emulation.full_clean()

    @pytest.mark.parametrize(
        "target",
        [{}, {"page": MenuItem.Page.HOME, "link": "/tim-kiem/"}, {"page": MenuItem.Page.HOME, "section": True}],
    )
    def test_an_item_leads_to_exactly_one_place(self, target):
        if target.get("section"):
            target["section"] = SectionFactory()
        with pytest.raises(IntegrityError):
            MenuItem.objects.create(**target)

    def test_a_link_that_leaves_the_site_unsafely_is_refused(self):
        with pytest.raises(IntegrityError):
            MenuItem.objects.create(link="javascript:alert(1)")


class TestAdmin:
    def test_an_item_with_two_places_is_refused_in_vietnamese_and_nothing_typed_is_lost(self, admin_client):
        data = {
            "label": "Văn bản mới",
            "page": MenuItem.Page.DOCUMENTS,
            "link": "/van-ban/",
            "order": 4,
            "is_shown": "on",
        }
        response = admin_client.post(reverse("admin:portal_menuitem_add"), data)
        assert response.status_code == 200
        assert "Chọn đúng một đích cho mục: một chuyên mục, một trang hoặc một liên kết." in response.content.decode()
        assert response.context["adminform"].form["label"].value() == "Văn bản mới"
        assert not MenuItem.objects.filter(label="Văn bản mới").exists()

    def test_staff_see_each_dropdown_under_its_top_item(self, admin_client, union_menu):
        page = parse(admin_client.get(reverse("admin:portal_menuitem_changelist")).content.decode())
        titles = [cell.words for cell in page.find("th", class_="field-menu_title")]
        assert titles == [
            "Trang chủ",
            "Tin tức",
            "↳ Hoạt động công đoàn cơ sở",
            "Thi đua - Khen thưởng",
            "↳ Tổng Liên đoàn",  # order 0
            "↳ Phong trào thi đua",
            "↳ Danh sách khen thưởng",
        ]


def test_the_demo_menu_is_a_real_unions():
    """Six to eight top items, a few with dropdowns, and no two items alike."""
    assert 6 <= len(MENU) <= 8
    assert sum(1 for item in MENU if item.get("children")) >= 2
    names = [
        item.get("label") or item.get("section") or item.get("page")
        for top in MENU
        for item in [top, *top.get("children", [])]
    ]
    assert len(names) == len(set(names))
