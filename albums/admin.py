"""Photo albums: one event's photos, captioned and ordered, many uploaded at once."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Max
from django.utils.html import format_html

from albums.models import Album, AlbumPhoto
from unionportal.images import validate_photo

ADD_PHOTO_PERMISSION = "albums.add_albumphoto"


class MultipleImageInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleImageField(forms.FileField):
    """The files chosen in one input, as a list; the form checks them one by one."""

    def __init__(self, **kwargs):
        widget = MultipleImageInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"})
        super().__init__(widget=widget, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return list(data)
        return [data] if data else []

    def has_changed(self, initial, data):
        return bool(data)


class AlbumForm(forms.ModelForm):
    new_photos = MultipleImageField(
        label="Thêm nhiều ảnh",
        required=False,
        help_text="Chọn một lúc nhiều ảnh (JPEG, PNG, WebP hoặc GIF, tối đa 15 MB mỗi ảnh). Ảnh mới xếp sau các "
        "ảnh đã có, theo tên tệp; chú thích ghi sau, ở danh sách ảnh bên dưới.",
    )

    class Meta:
        model = Album
        fields = ["title", "slug", "event_date", "description", "is_published"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.refused_photos = []

    def clean_new_photos(self):
        """Keep the real photos; a file that is not one is named in `refused_photos` instead of
        failing the form, so the album, its captions and the other photos are saved all the same."""
        accepted = []
        for upload in sorted(self.cleaned_data["new_photos"], key=lambda upload: upload.name):
            try:
                validate_photo(upload)
            except ValidationError as error:
                self.refused_photos.append((upload.name, " ".join(error.messages)))
            else:
                accepted.append(upload)
        return accepted

    def save_new_photos(self, album):
        """Add the accepted photos after the album's last one; returns how many were added."""
        uploads = self.cleaned_data.get("new_photos") or []
        last = album.photos.aggregate(last=Max("order"))["last"] or 0
        for offset, upload in enumerate(uploads, start=1):
            AlbumPhoto(album=album, image=upload, order=last + offset).save()
        return len(uploads)


class AlbumPhotoInline(admin.TabularInline):
    model = AlbumPhoto
    fields = ["preview", "image", "caption", "order"]
    readonly_fields = ["preview"]
    extra = 0

    @admin.display(description="Ảnh")
    def preview(self, photo):
        if not photo.pk:
            return "—"
        # The 4:3 thumbnail rendition, large enough for staff to see what to caption.
        return format_html(
            '<img src="{}" alt="{}" width="120" height="90" loading="lazy">', photo.thumbnail.url, str(photo)
        )


@admin.register(Album)
class AlbumAdmin(admin.ModelAdmin):
    form = AlbumForm
    inlines = [AlbumPhotoInline]
    list_display = ["title", "event_date", "photo_count", "is_published", "created_at"]
    list_filter = ["is_published"]
    search_fields = ["title", "description"]
    date_hierarchy = "event_date"
    ordering = Album._meta.ordering  # the photo count groups rows, which drops the model's default order
    fieldsets = [
        (None, {"fields": ["title", "slug", "event_date", "description", "is_published"]}),
        ("Tải nhiều ảnh lên một lúc", {"fields": ["new_photos"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(photo_count=Count("photos"))

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        return fieldsets if request.user.has_perm(ADD_PHOTO_PERMISSION) else fieldsets[:1]

    @admin.display(description="Số ảnh", ordering="photo_count")
    def photo_count(self, album):
        return album.photo_count

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not request.user.has_perm(ADD_PHOTO_PERMISSION):
            return
        if added := form.save_new_photos(form.instance):
            self.message_user(request, f"Đã thêm {added} ảnh vào album “{form.instance}”.", messages.SUCCESS)
        for name, reason in form.refused_photos:
            self.message_user(request, f"Không nhận tệp “{name}”: {reason}", messages.ERROR)
