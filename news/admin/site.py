"""The rest of the newsroom admin: sections, photos, banners, the running line and the site settings."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html

from news.forms import PhotoUploadForm
from news.models import Anniversary, Announcement, Photo, Section, SiteSettings, Slide


def thumbnail(image_spec, description):
    if not image_spec:
        return "—"
    return format_html('<img src="{}" alt="{}" width="80" height="50" loading="lazy">', image_spec.url, description)


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order", "show_in_menu", "show_on_home"]
    list_editable = ["order", "show_in_menu", "show_on_home"]
    search_fields = ["name"]


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
