"""The member list's import form: django-import-export's, drawn by crispy as the admin draws its own forms."""

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from import_export.forms import ImportForm

from unionportal.forms import AdminFieldsHelper
from unionportal.spreadsheets import check_workbook

# A union's whole list (a few thousand rows) is a few hundred kilobytes; the file waits in the cache until confirmed.
IMPORT_MAX_BYTES = 5 * 1024 * 1024
ZIP_SIGNATURE = b"PK\x03\x04"


class MemberImportForm(ImportForm):
    """The file to import, its format, and whether it may update members already on the list
    (members/admin/member_import.html)."""

    ADD_ONLY, UPDATE = "them-moi", "cap-nhat"

    mode = forms.ChoiceField(
        label="Cách nhập",
        choices=[
            (ADD_ONLY, "Chỉ thêm đoàn viên mới: số thẻ đã có trong danh sách là lỗi"),
            (UPDATE, "Thêm đoàn viên mới và cập nhật đoàn viên đã có, nhận ra theo số thẻ đoàn viên"),
        ],
        initial=ADD_ONLY,
        required=False,  # a file sent without a choice only adds
        widget=forms.RadioSelect,
        help_text="Khi cập nhật, mỗi dòng thay hồ sơ của đoàn viên có số thẻ đó bằng những gì ghi trong dòng; ô "
        "trạng thái để trống thì giữ nguyên. Bản xem trước liệt kê từng thay đổi trước khi bạn xác nhận.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = AdminFieldsHelper(self)

    @property
    def update_existing(self):
        return self.is_bound and self.is_valid() and self.cleaned_data["mode"] == self.UPDATE

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
