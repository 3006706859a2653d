"""The public menu: items in an order staff set, each a section, a page of the portal or a link, and
one level of dropdowns under a top item."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property

from unionportal.links import safe_link_constraint, validate_link


class MenuItemQuerySet(models.QuerySet):
    def shown(self):
        return self.filter(is_shown=True)


def menu():
    """The menu's top items in order, each with its shown children in `shown_children`, in one query.
    A child of a hidden item is hidden with it. A portal without a menu set gets its main pages."""
    items = list(MenuItem.objects.shown().select_related("section"))
    if not items and not MenuItem.objects.exists():
        return [MenuItem(page=page, label=label) for page, label in DEFAULT_PAGES]
    top = [item for item in items if item.parent_id is None]
    children = {item.pk: [] for item in top}
    for item in items:
        if item.parent_id in children:
            children[item.parent_id].append(item)
    for item in top:
        item.shown_children = children[item.pk]
    return top


def menu_sections(items):
    """The sections the menu leads to, in its order (the side column's "Chuyên mục")."""
    every = [entry for item in items for entry in [item, *getattr(item, "shown_children", [])]]
    return list({entry.section_id: entry.section for entry in every if entry.section_id}.values())


class MenuItem(models.Model):
    """A mục menu: a chuyên mục, a page of the portal (the honour roll, the documents…) or a link."""

    class Page(models.TextChoices):
        HOME = "home", "Trang chủ"
        NEWS = "news", "Tin tức (mọi chuyên mục)"
        CAMPAIGNS = "campaigns", "Phong trào thi đua"
        HONOUR_ROLL = "honour_roll", "Điển hình tiên tiến (danh sách khen thưởng)"
        DOCUMENTS = "documents", "Văn bản"
        ALBUMS = "albums", "Album ảnh"
        POLLS = "polls", "Thăm dò ý kiến"

    label = models.CharField(
        "tên trên menu",
        max_length=60,
        blank=True,
        help_text="Để trống để dùng tên chuyên mục hoặc tên trang đã chọn.",
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to={"parent": None},
        verbose_name="nằm trong mục",
        help_text="Để trống để hiện trên thanh menu; chọn một mục để hiện trong danh sách thả xuống của mục đó.",
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    section = models.ForeignKey(
        "news.Section",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="menu_items",
        verbose_name="chuyên mục",
    )
    page = models.CharField("trang", max_length=20, choices=Page.choices, blank=True)
    link = models.CharField(
        "liên kết khác",
        max_length=500,
        blank=True,
        validators=[validate_link],
        help_text="Địa chỉ web (https://…) hoặc đường dẫn trong trang (/…), khi mục không là chuyên mục hay trang.",
    )
    is_shown = models.BooleanField("hiện trên menu", default=True)

    objects = MenuItemQuerySet.as_manager()

    class Meta:
        ordering = ["order", "id"]
        verbose_name = "mục menu"
        verbose_name_plural = "menu"
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(section__isnull=False, page="", link="")
                    | Q(section__isnull=True, link="", page__gt="")
                    | Q(section__isnull=True, page="", link__gt="")
                ),
                name="portal_menuitem_one_target",
                violation_error_message="Chọn đúng một đích cho mục: một chuyên mục, một trang hoặc một liên kết.",
            ),
            safe_link_constraint("link", name="portal_menuitem_link_safe"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.parent_id:
            if self.parent_id == self.pk:
                raise ValidationError({"parent": "Một mục không nằm trong chính nó."})
            if self.parent.parent_id:
                raise ValidationError({"parent": "Menu có một tầng thả xuống: hãy chọn một mục trên thanh menu."})
            if self.pk and self.children.exists():
                raise ValidationError({"parent": "Mục này đang có mục con nên phải ở trên thanh menu."})

    @property
    def title(self):
        if self.label:
            return self.label
        if self.section_id:
            return self.section.name
        return self.get_page_display() if self.page else self.link

    @cached_property
    def url(self):
        # Asked for by every page's menu marks (templatetags/site_menu.py); the item is kept with the chrome.
        if self.section_id:
            return self.section.get_absolute_url()
        if self.page:
            return reverse(PAGE_URLS[self.page])
        return self.link

    def current_state(self, path, app_name="", section_id=None):
        """aria-current for this item on a page: "page" on its own address, "true" inside it
        (an article of its section, a campaign under "Phong trào thi đua", a child's page), else ""."""
        if self.url == path:
            return "page"
        inside = (self.section_id and self.section_id == section_id) or (
            self.page and PAGE_APPS.get(self.page) == app_name
        )
        children = getattr(self, "shown_children", [])
        if inside or any(child.current_state(path, app_name, section_id) for child in children):
            return "true"
        return ""


PAGE_URLS = {
    MenuItem.Page.HOME: "portal:home",
    MenuItem.Page.NEWS: "news:article_list",
    MenuItem.Page.CAMPAIGNS: "emulation:campaign_list",
    MenuItem.Page.HONOUR_ROLL: "awards:index",
    MenuItem.Page.DOCUMENTS: "library:document_list",
    MenuItem.Page.ALBUMS: "albums:album_list",
    MenuItem.Page.POLLS: "polls:poll_list",
}
# What a portal whose staff have set no menu shows: its main pages.
DEFAULT_PAGES = [
    (MenuItem.Page.HOME, ""),
    (MenuItem.Page.NEWS, "Tin tức"),
    (MenuItem.Page.CAMPAIGNS, ""),
    (MenuItem.Page.HONOUR_ROLL, "Điển hình tiên tiến"),
    (MenuItem.Page.DOCUMENTS, ""),
]
# The app whose pages lie under a menu page: a campaign's page is inside "Phong trào thi đua".
PAGE_APPS = {
    MenuItem.Page.CAMPAIGNS: "emulation",
    MenuItem.Page.HONOUR_ROLL: "awards",
    MenuItem.Page.DOCUMENTS: "library",
    MenuItem.Page.ALBUMS: "albums",
    MenuItem.Page.POLLS: "polls",
}
