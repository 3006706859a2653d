"""Revisions of articles and the recycle bin ("Thùng rác"), on django-reversion's VersionAdmin.

Where revisions come from: VersionAdmin wraps the add, change and list pages in a revision, so every
save made there is kept with its user, including the saves of review steps taken from the list's
actions (when a step saves the article; a bulk `update()` saves nothing and keeps nothing). Work done
outside the admin keeps no revision, so deleting an article first keeps one of its own (`keep_in_bin`):
the bin can always bring back the article as it was when it was deleted.

Restoring an old revision brings back its text; the article's place in the review workflow (status,
publication time, the home page flag, the edit lock) stays as it is now.
"""

import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from html import unescape

import reversion
from diff_match_patch import diff_match_patch
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, connections, models, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import capfirst
from reversion.errors import RevertError
from reversion.models import Version
from tinymce.models import HTMLField

from news.models import Article, AuditEntry, Tag
from news.roles import PUBLISH_PERMISSION

# Not the article's text: recomputed on save, or saying who has the form open right now.
NOT_VERSIONED = ["search_vector", "locked_by", "locked_at"]
# Where the article stands in the workflow: a restored revision takes these from the article as it is now.
WORKFLOW_FIELDS = ["status", "published_at", "is_featured", "review_comment", "edit_version", "locked_by", "locked_at"]

IN_BIN = "Chuyển vào thùng rác"
BIN_NOTE = "Bài đã xoá nằm trong Thùng rác: người duyệt bài có thể khôi phục khi cần."


def saved_at(version):
    return date_format(timezone.localtime(version.revision.date_created), "SHORT_DATETIME_FORMAT")


def keep_in_bin(articles, *, user):
    """Keep each article as it is now in a revision of its own, so the bin can bring it back after deletion.

    One revision per article: recovering one article reverts its revision, and must not bring back others.
    Call it outside any other revision: reversion saves a revision when its block ends and leaves out rows
    that are gone by then.
    """
    for article in articles:
        with reversion.create_revision():
            reversion.set_user(user)
            reversion.set_comment(IN_BIN)
            reversion.add_to_revision(article)
        AuditEntry.record(action=AuditEntry.Action.DELETED, article=article, user=user)


# Comparing two revisions, field by field; text fields word by word.

# Words, runs of punctuation and runs of spaces: the pieces a diff of text is made of.
WORD = re.compile(r"\w+|[^\w\s]+|\s+")
# Where the body breaks into lines when read as text.
LINE_BREAK = re.compile(r"<br\b[^>]*>|</(?:p|h[1-6]|li|tr|blockquote|figcaption|caption)\s*>", re.IGNORECASE)
IMAGE = re.compile(r"<img\b[^>]*?\bsrc=\"([^\"]*)\"[^>]*>", re.IGNORECASE)


def body_text(html):
    """The body as text, one paragraph a line, a photo as its file name, so a diff reads like the article."""
    html = IMAGE.sub(lambda match: f"\n[Ảnh: {match[1].rsplit('/', 1)[-1]}]\n", html or "")
    text = unescape(strip_tags(LINE_BREAK.sub("\n", html)))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


SAME, REMOVED, ADDED = diff_match_patch.DIFF_EQUAL, diff_match_patch.DIFF_DELETE, diff_match_patch.DIFF_INSERT
DIFF_KINDS = {SAME: "same", REMOVED: "removed", ADDED: "added"}


@dataclass
class DiffPart:
    kind: str  # "same", "removed" or "added"
    text: str


@dataclass
class DiffBlock:
    """Changed lines, word by word, or a run of lines that did not change (only counted)."""

    parts: list = field(default_factory=list)
    unchanged_lines: int = 0


def word_diff(before, after):
    """The two texts as one, with the words taken out and put in marked.

    diff-match-patch's semantic clean-up keeps a space or a comma that happens to match inside a
    rewritten sentence within the change, rather than cutting the sentence into word-sized pieces.
    """
    parts = []
    for operation, words in token_diff(WORD.findall(before), WORD.findall(after)):
        parts.append(DiffPart(DIFF_KINDS[operation], "".join(words)))
    return parts


def text_diff(before, after):
    """Line by line: changed lines are compared word by word, unchanged ones are counted."""
    blocks, removed, added = [], [], []
    for operation, lines in [*token_diff(before.splitlines(), after.splitlines()), (SAME, [])]:
        if operation == SAME:
            if removed or added:
                blocks.append(DiffBlock(parts=word_diff("\n".join(removed), "\n".join(added))))
                removed, added = [], []
            if lines:
                blocks.append(DiffBlock(unchanged_lines=len(lines)))
        else:
            (removed if operation == REMOVED else added).extend(lines)
    return blocks


def token_diff(old, new):
    """[(operation, [tokens…]), …] between two lists of tokens (words or lines), by diff-match-patch.

    Each distinct token is written as one character for the diff, as its line mode does for lines.
    """
    codes, tokens = {}, []

    def encode(sequence):
        for token in sequence:
            if token not in codes:
                codes[token] = chr(len(tokens) + 1)
                tokens.append(token)
        return "".join(codes[token] for token in sequence)

    differ = diff_match_patch()
    diffs = differ.diff_main(encode(old), encode(new), False)
    differ.diff_cleanupSemantic(diffs)
    return [(operation, [tokens[ord(code) - 1] for code in text]) for operation, text in diffs]


@dataclass
class FieldChange:
    label: str
    before: str
    after: str
    # Text fields: the differences word by word (empty when only the body's formatting changed).
    blocks: list | None = None


def shown_value(model_field, value):
    """A stored value as staff read it: names for related rows, labels for choices, dd/mm/yyyy for times."""
    if value in (None, "", []):
        return ""
    if isinstance(model_field, HTMLField):
        return body_text(value)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if model_field.many_to_many:
        return ", ".join(map(str, model_field.related_model._default_manager.filter(pk__in=value)))
    if model_field.many_to_one:
        related = model_field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else f"(đã xoá, mã {value})"
    if isinstance(model_field, models.BooleanField):
        return "Có" if value else "Không"
    if isinstance(model_field, models.DateTimeField):
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    return str(value)


def changes_between(older, newer):
    """What staff changed between two versions of an article, in the order of the model's fields."""
    changes = []
    for model_field in [*Article._meta.fields, *Article._meta.many_to_many]:
        if not model_field.editable or model_field.primary_key:
            continue
        old_value, new_value = (version.field_dict.get(model_field.attname) for version in (older, newer))
        if model_field.many_to_many:
            old_value, new_value = sorted(old_value or []), sorted(new_value or [])
        if old_value == new_value or not (old_value or new_value):
            continue
        change = FieldChange(
            capfirst(model_field.verbose_name),
            shown_value(model_field, old_value),
            shown_value(model_field, new_value),
        )
        if isinstance(model_field, (models.CharField, models.TextField)):
            change.blocks = text_diff(change.before, change.after) if change.before != change.after else []
        changes.append(change)
    return changes


class _Discard(Exception):
    """Carries a page out of a transaction whose changes must not be kept."""

    def __init__(self, response):
        self.response = response


class RevisionsMixin:
    """History, compare and restore for articles; the recycle bin. Goes before VersionAdmin in the bases."""

    history_latest_first = True
    object_history_template = "news/admin/article_history.html"
    revision_form_template = "news/admin/article_revision_form.html"
    recover_form_template = "news/admin/article_recover_form.html"
    recover_list_template = "news/admin/article_recycle_bin.html"
    change_list_template = "news/admin/article_change_list.html"
    delete_confirmation_template = "news/admin/article_delete_confirmation.html"
    delete_selected_confirmation_template = "news/admin/article_delete_selected_confirmation.html"

    def reversion_register(self, model, **options):
        super().reversion_register(model, exclude=NOT_VERSIONED, **options)

    def has_recover_permission(self, request):
        return request.user.has_perm(PUBLISH_PERMISSION) and self.has_add_permission(request)

    def _admin_url(self, view):
        return f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_{view}"

    def create_revision(self, request):
        # A bulk delete keeps its own revision of each article first (see `keep_in_bin`); made inside the
        # list page's revision, those would be saved after the delete, when reversion drops missing rows.
        if "delete_selected" in request.POST.getlist("action"):
            return nullcontext()
        return super().create_revision(request)

    def get_urls(self):
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.compare_view),
            name="news_article_compare",
        )
        return [compare, *super().get_urls()]

    # History and compare.

    def history_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        context = {"can_restore": article is not None and self.has_change_permission(request, article)}
        return super().history_view(request, object_id, {**context, **(extra_context or {})})

    def compare_view(self, request, object_id):
        """Two revisions side by side: `old` and `new` are revision ids; without them, the last two saves."""
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = Version.objects.get_for_object(article).select_related("revision__user")
        old_id, new_id = request.GET.get("old", ""), request.GET.get("new", "")
        if old_id.isdecimal() and new_id.isdecimal():
            found = {version.revision_id: version for version in versions.filter(revision_id__in=[old_id, new_id])}
            pair = [found.get(int(old_id)), found.get(int(new_id))]
        else:
            pair = list(versions.order_by("-pk")[:2])
        if len(pair) < 2 or None in pair:
            messages.info(request, "Chọn hai phiên bản của bài viết để so sánh.")
            return redirect(self._admin_url("history"), quote(article.pk))
        older, newer = sorted(pair, key=lambda version: version.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "object": article,
            "title": f"So sánh hai phiên bản: {article}",
            "older": older,
            "newer": newer,
            "changes": changes_between(older, newer),
            "can_restore": self.has_change_permission(request, article),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "news/admin/article_compare.html", context)

    # Restoring an old revision.

    def revision_view(self, request, object_id, version_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        # Checked on the article as it is now: the old revision may be a draft the editor could change.
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_for_object(article), pk=version_id)
        context = {
            "title": f"Khôi phục phiên bản lưu lúc {saved_at(version)}",
            "version": version,
            **(extra_context or {}),
        }
        back = reverse(self._admin_url("history"), args=[quote(article.pk)])
        return self._restore_form(request, version, self.revision_form_template, context, back=back, current=article)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_recover_permission(request):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        context = {
            "title": f"Khôi phục “{version.object_repr}” từ Thùng rác",
            "version": version,
            **(extra_context or {}),
        }
        back = reverse(self._admin_url("recoverlist"))
        return self._restore_form(request, version, self.recover_form_template, context, back=back)

    def _restore_form(self, request, version, template, context, *, back, current=None):
        """The article's change form filled with `version`.

        The version is written to the database inside a transaction, so the form (tags and cover
        included) shows it exactly; a GET, or a POST the form refuses, renders the page and rolls back.
        Only this article's version is written, not the others saved in the same revision.
        """
        taken = Article.objects.exclude(pk=version.object_id).filter(slug=version.field_dict.get("slug")).first()
        if taken is not None:
            messages.error(
                request,
                f"Không khôi phục được: đường dẫn “{taken.slug}” đang là của bài “{taken}”. "
                "Đổi đường dẫn của bài đó rồi thử lại.",
            )
            return redirect(back)
        try:
            with transaction.atomic(using=version.db):
                version.revert()
                self._settle_restored(version, current)
                with self.create_revision(request):
                    response = self.changeform_view(request, version.object_id, request.path, context)
                    if request.method == "POST" and response.status_code == 302:
                        self._record_restore(request, version, current)
                        return response
                if isinstance(response, TemplateResponse):
                    response.template_name = template
                    response.render()
                raise _Discard(response)
        except _Discard as discarded:
            return discarded.response
        except (IntegrityError, RevertError):
            messages.error(
                request,
                f"Không khôi phục được “{version.object_repr}”: chuyên mục của phiên bản này đã bị xoá "
                "hoặc dữ liệu đã lưu không còn đọc được.",
            )
            return redirect(back)

    def _settle_restored(self, version, current):
        """After the raw write of a version: keep the current workflow state, drop what no longer exists."""
        restored = Article.objects.filter(pk=version.object_id)
        if current is not None:
            attnames = [Article._meta.get_field(name).attname for name in WORKFLOW_FIELDS]
            restored.update(**{attname: getattr(current, attname) for attname in attnames})
            if current.slug != version.field_dict.get("slug"):
                # The address readers know now keeps answering after the old slug comes back.
                current.old_addresses.update_or_create(old_slug=current.slug)
        # Rows deleted since the version was saved are let go, as their own deletion would have done;
        # only a missing section (required) stops the restore, at the check below.
        for model_field in Article._meta.fields:
            if model_field.many_to_one and model_field.null:
                existing = model_field.related_model._default_manager.values("pk")
                restored.exclude(**{f"{model_field.attname}__in": existing}).update(**{model_field.attname: None})
        Article.tags.through.objects.filter(article_id=version.object_id).exclude(tag__in=Tag.objects.all()).delete()
        connections[version.db].check_constraints(table_names=[Article._meta.db_table])

    def _record_restore(self, request, version, current):
        article = Article.objects.get(pk=version.object_id)
        if current is None:
            reversion.set_comment("Khôi phục từ Thùng rác")
            AuditEntry.record(action=AuditEntry.Action.RESTORED, article=article, user=request.user)
            self.message_user(request, f"Bài “{article}” đã trở lại từ Thùng rác ({article.get_status_display()}).")
            return
        comment = f"Khôi phục phiên bản lưu lúc {saved_at(version)}"
        reversion.set_comment(comment)
        AuditEntry.record(action=AuditEntry.Action.REVERTED, article=article, user=request.user, comment=comment)
        self.message_user(request, f"{comment}; trạng thái bài giữ nguyên: {article.get_status_display()}.")

    # Deleting into the bin, and the bin.

    def delete_model(self, request, obj):
        keep_in_bin([obj], user=request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        keep_in_bin(queryset, user=request.user)
        super().delete_queryset(request, queryset)

    def response_delete(self, request, obj_display, obj_id):
        response = super().response_delete(request, obj_display, obj_id)
        self.message_user(request, BIN_NOTE)
        return response

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions:
            function, _name, description = self.get_action("move_to_bin")
            actions["delete_selected"] = (function, "delete_selected", description)
        return actions

    @admin.action(description="Chuyển các bài đã chọn vào thùng rác", permissions=["delete"])
    def move_to_bin(self, request, queryset):
        """Django's delete action, with its confirmation page and permission checks; then a word about the bin."""
        response = delete_selected(self, request, queryset)
        if response is None:
            self.message_user(request, BIN_NOTE)
        return response

    def changelist_view(self, request, extra_context=None):
        context = {"can_open_bin": self.has_recover_permission(request)}
        return super().changelist_view(request, {**context, **(extra_context or {})})

    def recoverlist_view(self, request, extra_context=None):
        """The recycle bin: the last version of each deleted article, latest deletion first."""
        if not self.has_recover_permission(request):
            raise PermissionDenied
        deleted = Version.objects.get_deleted(self.model).select_related("revision__user").order_by("-pk")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Thùng rác",
            "page_obj": self.get_paginator(request, deleted, self.list_per_page).get_page(request.GET.get("page")),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.recover_list_template, context)
