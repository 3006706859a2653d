"""The library's search and filters as readers meet them: drawn by crispy-forms, an old link's criteria left out."""

import datetime

import pytest
from django.urls import reverse

from library.forms import DocumentFilterForm
from library.models import Document
from tests.emulation.factories import CampaignFactory
from tests.html import duplicate_ids, label_of, parse
from tests.library.factories import DocumentFactory

pytestmark = pytest.mark.django_db
LIBRARY = reverse("library:document_list")


def test_the_filters_have_their_labels_names_and_bootstrap_look(client):
    DocumentFactory(issued_on=datetime.date(2026, 3, 2), issuing_body="Liên đoàn Lao động tỉnh")
    html = client.get(LIBRARY, {"q": "ke hoach", "year": "2026"}).content.decode()
    page = parse(html)
    (form,) = page.find("form", class_="document-filter")
    assert (form.attrs["action"], form.attrs["method"], form.attrs["role"]) == (LIBRARY, "get", "search")
    (q,) = form.find("input", name="q")
    assert (q.attrs["type"], q.attrs["value"], q.attrs["maxlength"]) == ("search", "ke hoach", "200")
    assert "form-control" in q.classes
    assert label_of(page, q) == "Từ khóa"
    selects = form.find("select")
    assert [select.attrs["name"] for select in selects] == ["kind", "year", "issuer", "campaign"]
    assert [label_of(page, select) for select in selects] == [
        "Loại văn bản",
        "Năm ban hành",
        "Cơ quan ban hành",
        "Phong trào thi đua",
    ]
    assert all("form-select" in select.classes for select in selects)
    assert form.find("option", value="2026", selected="")
    assert form.find("button", type="submit")[0].words == "Tìm văn bản"
    assert form.find("a", href=LIBRARY)[0].words == "Bỏ lọc"
    assert duplicate_ids(html) == []


def test_a_choice_an_old_link_names_is_left_out_without_an_error(client):
    DocumentFactory(issued_on=datetime.date(2026, 3, 2), kind=Document.Kind.PLAN)
    form = DocumentFilterForm(
        {"kind": "khong_co", "year": "1999", "campaign": "da-xoa"}, documents=Document.objects.published()
    )
    assert form.is_valid()
    assert (form.cleaned_data["kind"], form.cleaned_data["year"], form.cleaned_data["campaign"]) == ("", None, "")
    assert not form.has_criteria
    html = client.get(LIBRARY, {"year": "1999", "kind": "khong_co"}).content.decode()
    assert "is-invalid" not in html and "invalid-feedback" not in html


def test_the_choices_still_pick_what_they_name(client):
    campaign = CampaignFactory()
    DocumentFactory(issued_on=datetime.date(2026, 3, 2), kind=Document.Kind.PLAN, campaign=campaign)
    data = {"kind": Document.Kind.PLAN, "year": "2026", "campaign": campaign.slug}
    form = DocumentFilterForm(data, documents=Document.objects.published())
    assert form.is_valid()
    assert (form.cleaned_data["kind"], form.cleaned_data["year"], form.cleaned_data["campaign"]) == (
        Document.Kind.PLAN,
        2026,
        campaign.slug,
    )
