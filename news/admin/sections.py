"""Sections (chuyên mục): their order, and whether each is in the menu and a block on the home page."""

from django.contrib import admin

from news.models import Section


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order", "show_on_home"]
    list_editable = ["order", "show_on_home"]
    search_fields = ["name"]
