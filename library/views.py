from django.views.generic import DetailView, ListView

from library.forms import DocumentFilterForm
from library.models import Document
from unionportal.lists import PagedListMixin


class DocumentListView(PagedListMixin, ListView):
    """The union's public documents, newest first, searched and filtered from the query string."""

    paginate_by = 20

    def get_queryset(self):
        documents = Document.objects.published()
        self.form = DocumentFilterForm(self.request.GET, documents=documents)
        return self.form.filter(documents).select_related("issuing_body")

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class DocumentDetailView(DetailView):
    """A document's number, date, issuing body and summary, with its file to download."""

    queryset = Document.objects.published().select_related("campaign", "issuing_body")
