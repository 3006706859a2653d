"""The site's own pieces: banner slides, the running line, the site's details and the quick links."""

from django.contrib import admin
from django.db import models
from django.db.models import F
from django.db.models.functions import Coalesce
from django.shortcuts import redirect
from django.utils import timezone

from portal.models import Anniversary, Announcement, MenuItem, QuickLink, SiteSettings, Slide
from unionportal.admin_helpers import thumbnail


@admin.register(Slide)
class SlideAdmin(admin.ModelAdmin):
    list_display = ["banner_thumbnail", "title", "order", "active_from", "active_until"]
    fields = ["title", "image", "alt_text", "link", "order", "active_from", "active_until"]
    list_display_links = ["banner_thumbnail", "title"]
    list_editable = ["order"]
    search_fields = ["title"]

    @admin.display(description="Ảnh")
    def banner_thumbnail(self, slide):
        return thumbnail(slide.banner_small, slide.description)


@admin.register(MenuItem)
class MenuItemAdmin(admin.ModelAdmin):
    """The menu as readers see it: top items in order, each followed by its dropdown's items."""

    list_display = ["menu_title", "target", "order", "is_shown"]
    list_display_links = ["menu_title"]
    list_editable = ["order", "is_shown"]
    list_select_related = ["section", "parent"]
    fields = ["label", "parent", "section", "page", "link", "order", "is_shown"]

    def get_ordering(self, request):
        # A child sorts with its parent (by the parent's order and id), after it, then among its siblings.
        return [
            Coalesce("parent__order", "order").asc(),
            Coalesce("parent_id", "id").asc(),
            F("parent_id").asc(nulls_first=True),
            "order",
            "id",
        ]

    @admin.display(description="Mục menu")
    def menu_title(self, item):
        return f"↳ {item.title}" if item.parent_id else item.title

    @admin.display(description="Dẫn đến")
    def target(self, item):
        if item.section_id:
            return f"Chuyên mục: {item.section.name}"
        return f"Trang: {item.get_page_display()}" if item.page else item.link


@admin.register(Announcement)
class AnnouncementAdmin(admin.ModelAdmin):
    list_display = ["text", "order", "active_from", "active_until"]
    fields = ["text", "link", "order", "active_from", "active_until"]
    list_editable = ["order"]
    search_fields = ["text"]


@admin.register(Anniversary)
class AnniversaryAdmin(admin.ModelAdmin):
    list_display = ["name", "original_date", "days_before", "is_enabled", "wording_this_year"]
    list_editable = ["is_enabled"]
    search_fields = ["name"]

    @admin.display(description="Dòng chữ sẽ hiện")
    def wording_this_year(self, anniversary):
        today = timezone.localdate()
        shown = "đang hiện" if anniversary.is_due(today) else "chưa đến lúc hiện"
        return f"{anniversary.wording(today)} ({shown})"


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        return redirect("admin:portal_sitesettings_change", SiteSettings.load().pk)


@admin.register(QuickLink)
class QuickLinkAdmin(admin.ModelAdmin):
    list_display = ["title", "url", "order", "is_shown"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_editable = ["order", "is_shown"]
    list_filter = ["is_shown"]
    search_fields = ["title", "url"]
