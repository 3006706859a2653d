from django import forms

from emulation.models import Campaign
from library.models import Document


class DocumentFilterForm(forms.Form):
    """The library's search and filters, read from the query string. The choices are what the given
    documents hold, so a reader never picks a year or a body with nothing in it."""

    FILTERS = ["kind", "year", "issuer", "campaign"]

    q = forms.CharField(
        label="Từ khóa",
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "class": "form-control", "placeholder": "Số, ký hiệu, trích yếu, cơ quan…"}
        ),
    )
    kind = forms.ChoiceField(
        label="Loại văn bản",
        required=False,
        choices=[("", "Tất cả"), *Document.Kind.choices],
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    year = forms.TypedChoiceField(
        label="Năm ban hành",
        required=False,
        coerce=int,
        empty_value=None,
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    issuer = forms.ChoiceField(
        label="Cơ quan ban hành", required=False, widget=forms.Select(attrs={"class": "form-select"})
    )
    campaign = forms.ChoiceField(
        label="Phong trào thi đua", required=False, widget=forms.Select(attrs={"class": "form-select"})
    )

    def __init__(self, data, *, documents):
        super().__init__(data)
        self.fields["year"].choices = [("", "Tất cả"), *((year, year) for year in documents.years())]
        self.fields["issuer"].choices = [("", "Tất cả"), *((name, name) for name in documents.issuers())]
        campaigns = Campaign.objects.filter(pk__in=documents.values("campaign")).values_list("slug", "name")
        self.fields["campaign"].choices = [("", "Tất cả"), *campaigns]

    @property
    def filters(self):
        return [self[name] for name in self.FILTERS]

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
