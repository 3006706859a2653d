"""The member list's import form: django-import-export's, drawn by crispy as the admin draws its own forms."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from import_export.forms import ImportForm

from unionportal.forms import AdminFieldsHelper
from unionportal.spreadsheets import check_workbook

# A union's whole list (a few thousand rows) is a few hundred kilobytes; the file waits in the cache until confirmed.
IMPORT_MAX_BYTES = 5 * 1024 * 1024
ZIP_SIGNATURE = b"PK\x03\x04"


class MemberImportForm(ImportForm):
    """The file to import and its format (members/admin/member_import.html)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = AdminFieldsHelper(self)

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        if upload.size > IMPORT_MAX_BYTES:
            raise ValidationError(
                "Tệp quá lớn (%(size)s). Dung lượng tối đa là %(limit)s.",
                code="too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(IMPORT_MAX_BYTES)},
            )
        content = upload.read()
        upload.seek(0)
        if content.startswith(ZIP_SIGNATURE):  # an XLSX file, whichever format was chosen
            check_workbook(content)
        return upload
