from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from news.models import Article, AuditEntry, Photo


class PhotoUploadForm(forms.ModelForm):
    class Meta:
        model = Photo
        fields = ["image"]
        error_messages = {"image": {"required": "Chưa chọn ảnh để tải lên."}}


def _clock(moment):
    """HH:MM for today, with the date for an earlier day: enough to tell which save it was."""
    moment = timezone.localtime(moment)
    if moment.date() == timezone.localdate():
        return f"{moment:%H:%M}"
    return f"{moment:%H:%M} ngày {moment:%d/%m/%Y}"


class ArticleAdminForm(forms.ModelForm):
    """The article's edit form: the version it was opened with, and the review step its buttons ask for.

    The admin builds one class per request and sets `review_steps` on it: the steps (AuditEntry.Action
    values) this user may take on this article, which are the only ones the form accepts.
    """

    review_steps = ()

    edit_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    review_step = forms.ChoiceField(required=False, widget=forms.HiddenInput)
    return_comment = forms.CharField(
        label="Ý kiến trả lại cho người viết",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Bắt buộc khi trả lại bài: người viết sẽ thấy ý kiến này ở đầu trang sửa bài.",
    )

    class Meta:
        model = Article
        # The admin passes the fields of its fieldsets (and its own formfield_overrides); these are
        # the fields staff type, for the form on its own.
        fields = [
            "title", "slug", "section", "campaign", "lead", "body",
            "cover_image", "cover_caption", "cover_alt", "author", "source_name", "source_url",
            "published_at", "is_featured",
        ]  # fmt: skip
        field_classes = {"source_url": partial(forms.URLField, assume_scheme="https")}

    class Media:
        css = {"all": ["news/admin/newsroom.css"]}
        js = ["news/admin/edit-lock.js"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["review_step"].choices = [("", ""), *((step, step) for step in self.review_steps)]
        if self.instance.pk is not None:
            self.initial.setdefault("edit_version", self.instance.edit_version)
        self.is_stale = False

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("review_step") == AuditEntry.Action.RETURNED and not cleaned_data.get("return_comment"):
            self.add_error(
                "return_comment",
                ValidationError("Trả lại bài thì phải ghi ý kiến cho người viết.", code="comment_required"),
            )
        if self.instance.pk is not None:
            self._check_version(cleaned_data.get("edit_version"))
        return cleaned_data

    def _check_version(self, opened_version):
        # Run inside the admin's transaction (changeform_view is atomic): the row stays locked
        # until this save commits, so of two saves from the same version only the first wins.
        current = (
            Article.objects.select_for_update()
            .only("edit_version", "updated_at", "updated_by")
            .get(pk=self.instance.pk)
        )
        if opened_version == current.edit_version:
            return
        self.is_stale = True
        by = current.updated_by
        who = f"{by.get_full_name() or by.get_username()} " if by is not None else ""
        raise ValidationError(
            "Bài đã được %(who)slưu lúc %(time)s sau khi bạn mở; hãy mở lại để xem bản mới, "
            "phần bạn gõ vẫn còn trong khung dưới đây.",
            code="stale",
            params={"who": who, "time": _clock(current.updated_at)},
        )
