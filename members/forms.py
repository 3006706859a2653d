"""The member list's import form: django-import-export's, drawn by crispy as the admin draws its own forms."""

from import_export.forms import ImportForm

from unionportal.forms import AdminFieldsHelper


class MemberImportForm(ImportForm):
    """The file to import and its format (members/admin/member_import.html)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = AdminFieldsHelper(self)
