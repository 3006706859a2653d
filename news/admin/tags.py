"""Tags (từ khoá): searchable here so that the article form can pick them by typing."""

from django.contrib import admin
from django.db.models import Count

from news.models import Tag


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name"]

    def get_queryset(self, request):
        # A grouped query drops the model's ordering; the tag picker (autocomplete) pages by name.
        return super().get_queryset(request).annotate(article_count=Count("articles")).order_by("name")

    @admin.display(description="Số bài viết", ordering="article_count")
    def article_count(self, tag):
        return tag.article_count
