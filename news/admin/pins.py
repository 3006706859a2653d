"""Home page pins: which stories stay on top of the home page, in what order, until when."""

from django.contrib import admin

from news.models import Pin


class PinStateFilter(admin.SimpleListFilter):
    title = "tình trạng"
    parameter_name = "tinh-trang"

    def lookups(self, request, model_admin):
        return [("active", "Đang hiện trên trang chủ"), ("ended", "Đã hết hạn")]

    def queryset(self, request, queryset):
        if self.value() == "active":
            return queryset.showing()
        if self.value() == "ended":
            return queryset.ended()
        return queryset


@admin.register(Pin)
class PinAdmin(admin.ModelAdmin):
    """The publishers' curation of the home page: which stories stay on top, in what order, until when."""

    list_display = ["article", "article_section", "place", "order", "ends_at", "showing"]
    list_editable = ["order"]
    list_filter = [PinStateFilter, "place"]
    list_select_related = ["article__section"]
    search_fields = ["article__title"]
    autocomplete_fields = ["article"]
    fields = ["article", "place", "order", "ends_at"]
    field_help_texts = {
        "article": "Bài chỉ hiện khi đã xuất bản. Gõ vài chữ của tiêu đề để tìm.",
        "place": "Ghim vào chuyên mục thì bài đứng đầu khối chuyên mục của chính bài đó trên trang chủ.",
    }

    @admin.display(description="Chuyên mục", ordering="article__section")
    def article_section(self, pin):
        return pin.article.section

    @admin.display(description="Đang hiện", boolean=True)
    def showing(self, pin):
        return pin.is_showing

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.field_help_texts:
            kwargs["help_text"] = self.field_help_texts[db_field.name]
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
