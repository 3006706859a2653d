from crispy_forms.layout import Field, Layout
from django import forms

from emulation.models import Campaign
from library.models import Document
from unionportal.forms import FieldsHelper


class FilterChoiceField(forms.TypedChoiceField):
    """A filter of the list: a value that is not one of the choices (an old or a mistyped link) is left out,
    rather than shown as an error on a page the reader only reads."""

    def clean(self, value):
        return super().clean(value if self.valid_value(self.to_python(value)) else "")


class DocumentFilterForm(forms.Form):
    """The library's search and filters, read from the query string. The choices are what the given
    documents hold, so a reader never picks a year or a body with nothing in it."""

    FILTERS = ["kind", "year", "issuer", "campaign"]

    q = forms.CharField(
        label="Từ khóa",
        required=False,
        max_length=200,
        widget=forms.SearchInput(attrs={"placeholder": "Số, ký hiệu, trích yếu, cơ quan…"}),
    )
    kind = FilterChoiceField(label="Loại văn bản", required=False, choices=[("", "Tất cả"), *Document.Kind.choices])
    year = FilterChoiceField(label="Năm ban hành", required=False, coerce=int, empty_value=None)
    issuer = FilterChoiceField(label="Cơ quan ban hành", required=False)
    campaign = FilterChoiceField(label="Phong trào thi đua", required=False)

    def __init__(self, data, *, documents):
        super().__init__(data)
        self.fields["year"].choices = [("", "Tất cả"), *((year, year) for year in documents.years())]
        self.fields["issuer"].choices = [("", "Tất cả"), *((name, name) for name in documents.issuers())]
        campaigns = Campaign.objects.filter(pk__in=documents.values("campaign")).values_list("slug", "name")
        self.fields["campaign"].choices = [("", "Tất cả"), *campaigns]
        self.helper = FieldsHelper(self)
        self.helper.layout = Layout(
            Field("q", wrapper_class="document-filter__query"),
            *(Field(name, wrapper_class="document-filter__field") for name in self.FILTERS),
        )

    @property
    def has_criteria(self):
        self.is_valid()
        return any(self.cleaned_data.values())

    def filter(self, documents):
        """The documents the valid criteria pick; a criterion that is not one of the choices is left out."""
        self.is_valid()
        criteria = self.cleaned_data
        return documents.matching(
            query=criteria.get("q", ""),
            kind=criteria.get("kind", ""),
            year=criteria.get("year"),
            issuer=criteria.get("issuer", ""),
            campaign=criteria.get("campaign", ""),
        )
