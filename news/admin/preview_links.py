"""Preview links for drafts: the box on the article's page that lists, creates and revokes them."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST

from news.models import PreviewLink

PREVIEW_LINK_DURATIONS = [(1, "1 ngày"), (3, "3 ngày"), (7, "7 ngày")]
# The box shows every link that still opens, and the last few that no longer do.
CLOSED_PREVIEW_LINKS_SHOWN = 3


class PreviewLinkForm(forms.Form):
    days = forms.TypedChoiceField(
        label="Thời hạn",
        choices=PREVIEW_LINK_DURATIONS,
        coerce=int,
        # Shown inside the article's form, submitted with the form among the object tools.
        widget=forms.Select(attrs={"form": "preview-link-create"}),
    )


class PreviewLinkRevokeForm(forms.Form):
    link = forms.ModelChoiceField(queryset=PreviewLink.objects.none())

    def __init__(self, *args, article, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["link"].queryset = article.preview_links.all()


class PreviewLinksMixin:
    """The article change page's box of preview links: list them, create one for a set time, revoke one.

    Anyone who may see an article and holds the preview link permissions (editors and publishers)
    may share it. The forms live among the object tools, outside the article's own form, and the
    box's fields join them by their `form` attribute, so Enter in the article still saves the article.
    """

    @property
    def media(self):
        return super().media + forms.Media(js=["news/admin/preview-links.js"])

    def get_urls(self):
        urls = [
            path(
                "<int:pk>/preview-links/",
                self.admin_site.admin_view(self.preview_link_create_view),
                name="news_article_preview_link_create",
            ),
            path(
                "<int:pk>/preview-links/revoke/",
                self.admin_site.admin_view(self.preview_link_revoke_view),
                name="news_article_preview_link_revoke",
            ),
        ]
        return [*urls, *super().get_urls()]

    def has_preview_link_permission(self, request, article, action):
        """`action` is "view", "add" or "change" (revoking), on a link to `article`."""
        return request.user.has_perm(f"news.{action}_previewlink") and self.has_view_or_change_permission(
            request, article
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and self.has_preview_link_permission(request, obj, "view"):
            context["preview_link_box"] = self.preview_link_box(request, obj)
        return super().render_change_form(request, context, add=add, change=change, form_url=form_url, obj=obj)

    def preview_link_box(self, request, article):
        now = timezone.now()
        links = article.preview_links.select_related("created_by")
        links = [*links.open(now), *links.closed(now)[:CLOSED_PREVIEW_LINKS_SHOWN]]
        return {
            "links": [(link, request.build_absolute_uri(link.get_absolute_url())) for link in links],
            "form": PreviewLinkForm(auto_id="preview-link-%s", initial={"days": settings.NEWS_PREVIEW_LINK_DAYS}),
            "article_is_public": article.is_public,
            "can_add": self.has_preview_link_permission(request, article, "add"),
            "can_revoke": self.has_preview_link_permission(request, article, "change"),
        }

    @method_decorator(require_POST)
    def preview_link_create_view(self, request, pk):
        article = self._preview_link_article(request, pk, "add")
        form = PreviewLinkForm(request.POST)
        if not form.is_valid():
            self.message_user(request, "Hãy chọn thời hạn 1, 3 hoặc 7 ngày cho liên kết.", messages.ERROR)
            return self._back_to_box(article)
        try:
            link = PreviewLink.objects.issue(article=article, by=request.user, days=form.cleaned_data["days"])
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
        else:
            expires_at = timezone.localtime(link.expires_at)
            self.message_user(
                request,
                f"Đã tạo liên kết xem trước, dùng được đến {expires_at:%H:%M - %d/%m/%Y}. "
                "Sao chép địa chỉ trong ô “Liên kết xem trước” để gửi người cần đọc bài.",
                messages.SUCCESS,
            )
        return self._back_to_box(article)

    @method_decorator(require_POST)
    def preview_link_revoke_view(self, request, pk):
        article = self._preview_link_article(request, pk, "change")
        form = PreviewLinkRevokeForm(request.POST, article=article)
        if form.is_valid():
            form.cleaned_data["link"].revoke()
            self.message_user(request, "Đã thu hồi liên kết: ai mở nó sẽ không còn xem được bài.", messages.SUCCESS)
        else:
            self.message_user(request, "Không tìm thấy liên kết cần thu hồi.", messages.ERROR)
        return self._back_to_box(article)

    def _preview_link_article(self, request, pk, action):
        article = self.get_object(request, str(pk))
        if article is None:
            raise Http404("Không tìm thấy bài viết.")
        if not self.has_preview_link_permission(request, article, action):
            raise PermissionDenied
        return article

    def _back_to_box(self, article):
        return redirect(reverse("admin:news_article_change", args=[article.pk]) + "#preview-links")
