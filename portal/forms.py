from crispy_forms.layout import Field, Layout
from django import forms

from unionportal.forms import FieldsHelper

QUERY_MAX_LENGTH = 200
NEWEST_FIRST = "newest"


class SearchForm(forms.Form):
    """The site's search box: `?q=` for portal:search, in every page's header, on the search page and the 404 page."""

    q = forms.CharField(
        label="Tìm kiếm bài viết",
        required=False,
        widget=forms.SearchInput(
            attrs={
                "placeholder": "Tìm kiếm…",
                "title": "Tìm tin bài, văn bản, phong trào thi đua, đơn vị được khen thưởng",
                "maxlength": QUERY_MAX_LENGTH,
            }
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FieldsHelper(self)
        self.helper.label_class = "visually-hidden"
        self.helper.layout = Layout(Field("q", wrapper_class="search-form__field"))

    @property
    def query(self):
        """The words to look for, stripped; a longer query than the box takes (a hand-made URL) is cut, not refused."""
        return self.cleaned_data["q"][:QUERY_MAX_LENGTH] if self.is_valid() else ""

    @property
    def newest_first(self):
        """`?order=newest` lists the results by date, newest first; anything else by relevance."""
        return self.data.get("order") == NEWEST_FIRST
