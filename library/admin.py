"""The documents library: publishers manage it; editors add documents, which publishers then make public."""

from django.contrib import admin
from django.utils.html import format_html

from library.models import Document


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "number", "kind", "issued_on", "issuing_body", "campaign", "file_link", "is_public"]
    list_display_links = ["title"]
    list_filter = ["kind", "is_public", "issuing_body", "campaign"]
    list_select_related = ["campaign", "issuing_body"]
    search_fields = ["search_folded"]
    search_help_text = "Tìm theo số, ký hiệu, trích yếu hoặc cơ quan ban hành (có dấu hoặc không dấu)."
    date_hierarchy = "issued_on"
    autocomplete_fields = ["campaign"]
    fieldsets = [
        (None, {"fields": ["kind", "number", "issued_on", "issuing_body", "title", "file"]}),
        ("Hiển thị", {"fields": ["campaign", "is_public"]}),
    ]

    @admin.display(description="Tệp")
    def file_link(self, document):
        return format_html('<a href="{}">{}</a>', document.file.url, document.extension or "Tải về")

    def get_search_results(self, request, queryset, search_term):
        if not search_term.split():
            return queryset, False
        return queryset.search(search_term), False

    def get_readonly_fields(self, request, obj=None):
        # Editors may add documents but not publish them: a publisher checks and makes them public.
        if not request.user.has_perm("library.change_document"):
            return ["is_public"]
        return []
