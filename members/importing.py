"""The member import's two steps, on django-import-export: a preview that writes nothing, then a confirmation
that checks the whole file again and adds every row or none, and says exactly which.

Between the two steps the uploaded file waits in the shared cache (Redis in production, so every node
finds it), under a random name that only a token signed for the officer who uploaded it can name, and is
forgotten after PENDING_SECONDS: a member list is personal data, and a preview nobody confirms must not
keep it. Nothing the browser sends names a file, a path or a format by itself.
"""

import logging

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST
from import_export.tmp_storages import CacheStorage

from members.resources import ImportRefused

logger = logging.getLogger(__name__)

# An hour to read the preview and confirm it; then the file is gone and must be uploaded again.
PENDING_SECONDS = 60 * 60
UNEXPECTED = "Không nhập được tệp do một lỗi khi ghi vào cơ sở dữ liệu; chưa dòng nào được nhập. Hãy thử lại sau."


class PendingImportStorage(CacheStorage):
    CACHE_LIFETIME = PENDING_SECONDS
    CACHE_PREFIX = "members-import-"


class ConfirmImportForm(forms.Form):
    """The preview's confirm button: the pending file's name, its original name and format, signed for one user."""

    token = forms.CharField(
        widget=forms.HiddenInput, error_messages={"required": "Dữ liệu xác nhận không hợp lệ; hãy tải tệp lên lại."}
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.salt = f"members.import:{user.pk}"

    def sign(self, *, name, file_name, file_format, update_existing):
        self.initial["token"] = signing.dumps(
            {"name": name, "file_name": file_name, "format": file_format, "update_existing": update_existing},
            salt=self.salt,
        )

    @property
    def update_existing(self):
        return self.is_valid() and self.pending.get("update_existing", False)

    def clean_token(self):
        try:
            self.pending = signing.loads(self.cleaned_data["token"], salt=self.salt, max_age=PENDING_SECONDS)
        except signing.SignatureExpired:
            raise ValidationError("Bản xem trước đã quá hạn; hãy tải tệp lên lại.", code="expired") from None
        except signing.BadSignature:
            raise ValidationError("Dữ liệu xác nhận không hợp lệ; hãy tải tệp lên lại.", code="bad_token") from None
        return self.cleaned_data["token"]


class ConfirmedImportMixin:
    """For an ImportExportMixin admin: the pending file in the shared cache, the confirmation all or nothing."""

    tmp_storage_class = PendingImportStorage
    confirm_form_class = ConfirmImportForm

    def get_confirm_form_kwargs(self, request, import_form=None):
        data = None if import_form else request.POST or None
        return {"data": data, "user": request.user}

    def create_confirm_form(self, request, import_form=None):
        form = super().create_confirm_form(request, import_form)
        if import_form is not None:
            upload = import_form.cleaned_data["import_file"]
            form.sign(
                name=upload.tmp_storage_name,
                file_name=upload.name,
                file_format=import_form.cleaned_data["format"],
                update_existing=import_form.update_existing,
            )
        return form

    def get_import_resource_kwargs(self, request, **kwargs):
        # The preview and its confirmation both say whether rows may update members on the list.
        form = kwargs.get("form")
        update = bool(form is not None and form.update_existing)
        return super().get_import_resource_kwargs(request, **kwargs) | {"update_existing": update}

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        result = response.context_data.get("result")
        if result is not None:
            response.context_data["problems"] = self.problems(result)
        return response

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = self.create_confirm_form(request)
        if not form.is_valid():
            for error in form.errors.get("token", ["Dữ liệu xác nhận không hợp lệ; hãy tải tệp lên lại."]):
                messages.error(request, error)
            return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_import")
        pending = form.pending
        input_format = self.get_import_formats()[int(pending["format"])](encoding=self.from_encoding)
        storage = self.get_tmp_storage_class()(
            name=pending["name"],
            encoding=None if input_format.is_binary() else self.from_encoding,
            read_mode=input_format.get_read_mode(),
        )
        data = storage.read()
        if data is None:
            messages.error(request, "Tệp chờ xác nhận đã quá hạn và đã được xoá; hãy tải tệp lên lại.")
            return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_import")
        storage.remove()
        # The whole file is checked again inside one transaction, which any error rolls back: rows that became
        # wrong since the preview (a card number added meanwhile) stop the import rather than being dropped.
        result = self.process_dataset(
            input_format.create_dataset(data),
            form,
            request,
            file_name=pending["file_name"],
            raise_errors=False,
            rollback_on_validation_errors=True,
        )
        if result.has_errors() or result.has_validation_errors():
            return self.refused_import(request, result)
        return self.process_result(result, request)

    def add_success_message(self, result, request):
        totals, members = result.totals, self.opts.verbose_name_plural
        if totals["update"] or totals["skip"]:
            done = f"Đã nhập {totals['new']} {members} mới, cập nhật {totals['update']} {members}"
            done += f", {totals['skip']} dòng không có gì thay đổi."
        else:
            done = f"Đã nhập {totals['new']} {members} từ tệp."
        messages.success(request, done)

    def refused_import(self, request, result):
        """The import page again, with what stopped the import: nothing was written."""
        form = self.create_import_form(request)
        context = self.admin_site.each_context(request) | {
            "title": "Nhập từ tệp",
            "opts": self.opts,
            "form": form,
            "media": self.media + form.media,
            "result": result,
            "problems": self.problems(result),
            "import_error_display": self.import_error_display,
            "refused_on_confirm": True,
        }
        return TemplateResponse(request, [self.import_template_name], context)

    def problems(self, result):
        """What went wrong, in Vietnamese: the file's own faults as they are, anything else in general terms.

        An unexpected error's details (a traceback, the database's words) go to the log, not to the officer.
        """
        problems = []
        for error in result.base_errors:
            problems.append(self.explain(error))
        for number, errors in result.row_errors():
            problems.extend(f"Dòng {number}: {self.explain(error)}" for error in errors)
        return problems

    def explain(self, error):
        if isinstance(error.error, ImportRefused):
            return str(error.error)
        logger.error("Member import failed: %s\n%s", error.error, error.traceback)
        return UNEXPECTED
