from django import forms

from news.models import Photo


class PhotoUploadForm(forms.ModelForm):
    class Meta:
        model = Photo
        fields = ["image"]
        error_messages = {"image": {"required": "Chưa chọn ảnh để tải lên."}}
