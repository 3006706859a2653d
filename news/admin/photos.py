"""Photos uploaded from the article editor, and the upload the editor calls."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, JsonResponse
from django.urls import path

from news.forms import PhotoUploadForm
from news.models import Photo
from unionportal.admin_helpers import thumbnail


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
