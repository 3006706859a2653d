from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from news.forms import PhotoUploadForm
from news.models import Anniversary, Announcement, Article, Photo, Section, SiteSettings, Slide
from news.views import article_page_context


def thumbnail(image_spec, description):
    if not image_spec:
        return "—"
    return format_html('<img src="{}" alt="{}" width="80" height="50" loading="lazy">', image_spec.url, description)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order", "show_in_menu", "show_on_home"]
    list_editable = ["order", "show_in_menu", "show_on_home"]
    search_fields = ["name"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["cover_thumbnail", "title", "section", "state", "published_at", "is_featured"]
    list_display_links = ["cover_thumbnail", "title"]
    list_filter = ["status", "section", "is_featured", ("published_at", admin.DateFieldListFilter)]
    list_select_related = ["section"]
    search_fields = ["title", "lead", "author"]
    date_hierarchy = "published_at"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    actions = ["publish", "unpublish"]
    readonly_fields = ["created_at", "created_by", "updated_at", "updated_by"]
    autocomplete_fields = ["campaign"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "section", "campaign", "lead", "body"]}),
        ("Ảnh đại diện", {"fields": ["cover_image", "cover_caption", "cover_alt"]}),
        ("Tác giả và nguồn", {"fields": ["author", "source_name", "source_url"]}),
        ("Xuất bản", {"fields": ["status", "published_at", "is_featured"]}),
        ("Lịch sử", {"classes": ["collapse"], "fields": ["created_at", "created_by", "updated_at", "updated_by"]}),
    ]

    class Media:
        css = {"all": ["news/admin/article-list.css"]}

    @admin.display(description="Ảnh")
    def cover_thumbnail(self, article):
        return thumbnail(article.cover_image and article.cover_small, article.cover_description)

    @admin.display(description="Trạng thái", ordering="status")
    def state(self, article):
        # The time itself is in the next column.
        return "Hẹn giờ đăng" if article.is_scheduled else article.get_status_display()

    def has_publish_permission(self, request):
        return request.user.has_perm("news.publish_article")

    def has_change_permission(self, request, obj=None):
        # Only publishers may touch what readers can already see (or will, at a set time).
        if obj is not None and obj.status == Article.Status.PUBLISHED and not self.has_publish_permission(request):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.status == Article.Status.PUBLISHED and not self.has_publish_permission(request):
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        # Fields that are read-only are left out of the form, so a crafted POST cannot set them.
        if self.has_publish_permission(request):
            return self.readonly_fields
        return [*self.readonly_fields, "status", "is_featured"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Xuất bản các bài đã chọn", permissions=["publish"])
    def publish(self, request, queryset):
        count = queryset.update(status=Article.Status.PUBLISHED, updated_by=request.user, updated_at=timezone.now())
        self.message_user(request, f"Đã xuất bản {count} bài viết.", messages.SUCCESS)

    @admin.action(description="Gỡ xuống (chuyển về bản nháp)", permissions=["publish"])
    def unpublish(self, request, queryset):
        count = queryset.update(status=Article.Status.DRAFT, updated_by=request.user, updated_at=timezone.now())
        self.message_user(request, f"Đã gỡ {count} bài viết về bản nháp.", messages.SUCCESS)

    def view_on_site(self, article):
        if article.is_public:
            return article.get_absolute_url()
        return reverse("admin:news_article_preview", args=[article.pk])

    def get_urls(self):
        preview = path("<int:pk>/preview/", self.admin_site.admin_view(self.preview_view), name="news_article_preview")
        return [preview, *super().get_urls()]

    def preview_view(self, request, pk):
        """The article as readers will see it, for staff, whatever its status (admin_view adds no-cache)."""
        article = get_object_or_404(Article.objects.select_related("section"), pk=pk)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        response = TemplateResponse(
            request,
            "news/article_detail.html",
            {"article": article, "object": article, "is_preview": True, **article_page_context(article)},
        )
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    list_display = ["preview", "__str__", "uploaded_by", "uploaded_at"]
    list_select_related = ["uploaded_by"]
    date_hierarchy = "uploaded_at"
    fields = ["image", "web_address"]
    readonly_fields = ["web_address"]

    @admin.display(description="Ảnh")
    def preview(self, photo):
        return thumbnail(photo.thumbnail, str(photo))

    @admin.display(description="Địa chỉ để chèn vào bài")
    def web_address(self, photo):
        return photo.web.url if photo.pk else "—"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    def get_urls(self):
        upload = path("upload/", self.admin_site.admin_view(self.upload_view), name="news_photo_upload")
        return [upload, *super().get_urls()]

    def upload_view(self, request):
        """Takes a photo from the article editor and answers with the address of its web copy."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = PhotoUploadForm(files={"image": request.FILES.get("file")})
        if not form.is_valid():
            return JsonResponse({"error": {"message": " ".join(form.errors["image"])}}, status=400)
        photo = form.save(commit=False)
        photo.uploaded_by = request.user
        photo.save()
        return JsonResponse({"location": photo.web.url})


@admin.register(Slide)
class SlideAdmin(admin.ModelAdmin):
    list_display = ["banner_thumbnail", "title", "order", "active_from", "active_until"]
    list_display_links = ["banner_thumbnail", "title"]
    list_editable = ["order"]
    search_fields = ["title"]

    @admin.display(description="Ảnh")
    def banner_thumbnail(self, slide):
        return thumbnail(slide.banner_small, slide.description)


@admin.register(Announcement)
class AnnouncementAdmin(admin.ModelAdmin):
    list_display = ["text", "order", "active_from", "active_until"]
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
        return redirect("admin:news_sitesettings_change", SiteSettings.load().pk)
