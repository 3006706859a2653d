import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from awards.models import Authority
from library.models import Document
from news.roles import EDITORS
from portal import chrome
from portal.models import SiteSettings
from tests.emulation.factories import CampaignFactory
from tests.factories import StaffFactory
from tests.library.factories import DocumentFactory, issuing_body
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, SlideFactory

pytestmark = pytest.mark.django_db
D = datetime.date
LIBRARY = reverse("library:document_list")
ADD = reverse("admin:library_document_add")
PLAN = "Kế hoạch tổ chức Tháng Công nhân năm 2026"
FEDERATION = "Liên đoàn Lao động tỉnh"
STANDING = "Ban Thường vụ Công đoàn ngành Y tế tỉnh"


def listed(response):
    return [document.title for document in response.context["page_obj"]]


class TestSearchAndFilters:
    def test_search_without_marks_finds_the_plan_by_title_number_or_body(self, client):
        DocumentFactory(title=PLAN, number="12/KH-CĐN", issuing_body=STANDING)
        DocumentFactory(title="Hướng dẫn đại hội công đoàn cơ sở", number="3/HD-LĐLĐ", issuing_body=FEDERATION)
        for query in ["ke hoach to chuc thang cong nhan", "Tháng Công nhân", "12/kh-cdn", "ban thuong vu"]:
            assert listed(client.get(LIBRARY, {"q": query})) == [PLAN], query
        assert listed(client.get(LIBRARY, {"q": "thang cong nhan lien doan"})) == []

    def test_filters_by_kind_year_and_body_combine(self, client):
        DocumentFactory(title=PLAN, kind=Document.Kind.PLAN, issued_on=D(2026, 4, 10), issuing_body=STANDING)
        DocumentFactory(title="Kế hoạch năm 2025", kind=Document.Kind.PLAN, issued_on=D(2025, 4, 10))
        DocumentFactory(title="Hướng dẫn năm 2026", kind=Document.Kind.GUIDANCE, issued_on=D(2026, 2, 1))
        DocumentFactory(title="Kế hoạch của Liên đoàn", issued_on=D(2026, 3, 1), issuing_body=FEDERATION)
        assert len(listed(client.get(LIBRARY, {"kind": "ke_hoach"}))) == 3
        assert len(listed(client.get(LIBRARY, {"kind": "ke_hoach", "year": "2026"}))) == 2
        assert listed(client.get(LIBRARY, {"kind": "ke_hoach", "year": "2026", "issuer": STANDING})) == [PLAN]
        assert listed(client.get(LIBRARY, {"q": "ke hoach", "year": "2025", "issuer": FEDERATION})) == []

    def test_filter_by_campaign_and_its_choices(self, client):
        campaign = CampaignFactory(name="Lao động giỏi, lao động sáng tạo")
        CampaignFactory(name="Phong trào không có văn bản")
        DocumentFactory(title="Kế hoạch phát động", campaign=campaign)
        DocumentFactory(title=PLAN)
        response = client.get(LIBRARY, {"campaign": campaign.slug})
        assert listed(response) == ["Kế hoạch phát động"]
        choices = [label for _, label in response.context["form"].fields["campaign"].choices]
        assert choices == ["Tất cả", "Lao động giỏi, lao động sáng tạo"]

    def test_an_unknown_choice_is_ignored_not_an_error(self, client):
        DocumentFactory(title=PLAN)
        response = client.get(LIBRARY, {"year": "abc", "kind": "khong_co"})
        assert response.status_code == 200
        assert listed(response) == [PLAN]

    def test_newest_first(self, client):
        DocumentFactory(title="Cũ", issued_on=D(2024, 1, 1))
        DocumentFactory(title="Mới", issued_on=D(2026, 1, 1))
        assert listed(client.get(LIBRARY)) == ["Mới", "Cũ"]

    def test_pagination_keeps_the_search_and_filters(self, client):
        for number in range(25):
            DocumentFactory(title=f"Kế hoạch số {number}", issued_on=D(2026, 1, 1) + datetime.timedelta(days=number))
        response = client.get(LIBRARY, {"q": "ke hoach", "year": "2026"})
        assert len(response.context["page_obj"]) == 20
        assert 'href="?q=ke+hoach&amp;year=2026&amp;page=2"' in response.content.decode()
        assert len(client.get(LIBRARY, {"q": "ke hoach", "year": "2026", "page": 2}).context["page_obj"]) == 5


class TestWhatReadersSee:
    def test_documents_not_public_are_hidden(self, client):
        hidden = DocumentFactory(title="Dự thảo quy chế", is_public=False)
        draft_campaign = CampaignFactory(is_public=False)
        of_draft_campaign = DocumentFactory(title="Kế hoạch của phong trào chưa công bố", campaign=draft_campaign)
        DocumentFactory(title=PLAN)
        page = client.get(LIBRARY)
        assert listed(page) == [PLAN]
        assert draft_campaign.name not in page.content.decode()
        for document in [hidden, of_draft_campaign]:
            assert client.get(document.get_absolute_url()).status_code == 404

    def test_detail_page_shows_the_facts_and_the_file(self, client):
        campaign = CampaignFactory(name="Lao động giỏi, lao động sáng tạo")
        document = DocumentFactory(
            title=PLAN, number="12/KH-CĐN", issued_on=D(2026, 4, 10), issuing_body=STANDING, campaign=campaign
        )
        page = client.get(document.get_absolute_url()).content.decode()
        for text in [
            f'<h1 class="article__title">{PLAN}</h1>',
            "12/KH-CĐN",
            '<time datetime="2026-04-10">10/04/2026</time>',
            STANDING,
            "Kế hoạch",
            campaign.get_absolute_url(),
            document.file.url,
            "(PDF, 13\xa0byte)",
        ]:
            assert text in page, text

    def test_a_file_lost_from_disk_does_not_break_the_page(self, client):
        document = DocumentFactory(title=PLAN)
        document.file.storage.delete(document.file.name)
        page = client.get(document.get_absolute_url()).content.decode()
        assert "Tải văn bản (PDF)" in page

    def test_campaign_page_lists_its_public_documents_in_issue_order(self, client):
        campaign = CampaignFactory()
        DocumentFactory(campaign=campaign, title="Hướng dẫn chấm điểm", issued_on=D(2026, 2, 1))
        DocumentFactory(campaign=campaign, title="Kế hoạch phát động", issued_on=D(2026, 1, 10))
        DocumentFactory(campaign=campaign, title="Dự thảo chưa công khai", is_public=False)
        DocumentFactory(title="Văn bản của việc khác")
        response = client.get(campaign.get_absolute_url())
        assert [document.title for document in response.context["documents"]] == [
            "Kế hoạch phát động",
            "Hướng dẫn chấm điểm",
        ]
        assert "Dự thảo chưa công khai" not in response.content.decode()

    def test_the_menu_leads_to_the_library(self, client):
        page = client.get(reverse("portal:home")).content.decode()
        assert f'href="{LIBRARY}"' in page
        assert f'href="{LIBRARY}" aria-current="page"' in client.get(LIBRARY).content.decode()

    def test_an_empty_library_says_so(self, client):
        assert "Chưa có văn bản nào được công khai." in client.get(LIBRARY).content.decode()
        assert "Không có văn bản nào phù hợp." in client.get(LIBRARY, {"q": "khong co"}).content.decode()


def fill_chrome():
    """What surrounds every public page, as in production (see test_queries)."""
    SiteSettings.load()
    SlideFactory.create_batch(2)
    AnnouncementFactory()
    AnniversaryFactory()


# The chrome, with the side column, comes from the cache (portal/chrome.py). The list reads the
# library's years, bodies and campaigns for the filters, then the count and the page; the detail
# page reads the document with its campaign.
LIST_QUERIES = 5
DETAIL_QUERIES = 1


@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize("filtered", [False, True])
def test_list_query_count_is_fixed(client, django_assert_num_queries, count, filtered):
    fill_chrome()
    campaign = CampaignFactory()
    for number in range(count):
        DocumentFactory(issued_on=D(2020 + number % 7, 1, 1), issuing_body=f"Cơ quan {number % 4}", campaign=campaign)
    chrome.current()
    criteria = {"q": "ke hoach", "kind": "ke_hoach", "year": "2020", "issuer": "Cơ quan 0", "campaign": campaign.slug}
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get(LIBRARY, criteria if filtered else {})
    assert response.status_code == 200 and response.context["page_obj"]


@pytest.mark.parametrize("count", [3, 30])
def test_detail_query_count_is_fixed(client, django_assert_num_queries, count):
    fill_chrome()
    documents = DocumentFactory.create_batch(count, campaign=CampaignFactory())
    chrome.current()
    with django_assert_num_queries(DETAIL_QUERIES):
        assert client.get(documents[0].get_absolute_url()).status_code == 200


class TestModel:
    def test_search_column_is_filled_on_save(self):
        document = DocumentFactory(title=PLAN, number="12/KH-CĐN", issuing_body=FEDERATION)
        assert document.search_folded == "12/kh-cdn ke hoach to chuc thang cong nhan nam 2026 lien doan lao dong tinh"
        document.title = "Hướng dẫn"
        document.save()
        assert Document.objects.search("huong dan").get() == document

    def test_a_number_is_unique_per_body_and_year(self):
        DocumentFactory(number="12/KH-CĐN", issuing_body=STANDING, issued_on=D(2026, 1, 10))
        DocumentFactory(number="12/KH-CĐN", issuing_body=STANDING, issued_on=D(2025, 1, 10))
        DocumentFactory(number="12/KH-CĐN", issuing_body=FEDERATION, issued_on=D(2026, 1, 10))
        DocumentFactory(number="", issuing_body=STANDING, issued_on=D(2026, 1, 10))
        DocumentFactory(number="", issuing_body=STANDING, issued_on=D(2026, 1, 10))
        with pytest.raises(IntegrityError), transaction.atomic():
            DocumentFactory(number="12/KH-CĐN", issuing_body=STANDING, issued_on=D(2026, 9, 1))

    def test_str_names_the_number(self):
        assert str(DocumentFactory(number="12/KH-CĐN", title=PLAN)) == f"12/KH-CĐN – {PLAN}"
        assert str(DocumentFactory(number="", title=PLAN)) == PLAN


def upload(name="ke-hoach.pdf", content=b"%PDF-1.4 ke hoach"):
    return SimpleUploadedFile(name, content)


def document_form(**overrides):
    return {
        "kind": "ke_hoach",
        "number": "12/KH-CĐN",
        "issued_on": "10/04/2026",
        "issuing_body": issuing_body(STANDING).pk,
        "title": PLAN,
        "file": upload(),
        "campaign": "",
        "is_public": "on",
        **overrides,
    }


class TestAdmin:
    def test_publisher_adds_a_public_document(self, client, publisher):
        response = client.post(ADD, document_form())
        assert response.status_code == 302
        document = Document.objects.get()
        assert document.is_public and document.file.name.startswith("documents/")

    def test_another_file_type_is_refused_with_a_clear_message(self, client, publisher):
        response = client.post(ADD, document_form(file=upload("anh.jpg", b"\xff\xd8\xff")))
        assert response.status_code == 200
        assert "chỉ nhận văn bản PDF, DOC, DOCX, XLS, XLSX hoặc ODT" in response.content.decode()
        assert not Document.objects.exists()

    def test_the_same_number_twice_is_refused_with_a_clear_message(self, client, publisher):
        DocumentFactory(number="12/KH-CĐN", issuing_body=STANDING, issued_on=D(2026, 1, 5))
        response = client.post(ADD, document_form())
        assert "Cơ quan này đã có một văn bản mang số, ký hiệu đó trong cùng năm." in response.content.decode()

    def test_an_editor_adds_but_a_publisher_makes_it_public(self, client):
        client.force_login(StaffFactory(username="bientap", group=EDITORS))
        assert 'name="is_public"' not in client.get(ADD).content.decode()
        assert client.post(ADD, document_form()).status_code == 302
        document = Document.objects.get()
        assert not document.is_public
        change = reverse("admin:library_document_change", args=[document.pk])
        assert client.post(change, document_form(is_public="on")).status_code == 403

    def test_the_campaign_comes_from_the_link_on_the_campaign_screen(self, admin_client):
        campaign = CampaignFactory()
        response = admin_client.get(ADD, {"campaign": campaign.pk})
        assert response.context["adminform"].form.initial["campaign"] == str(campaign.pk)

    def test_search_with_or_without_marks(self, admin_client):
        DocumentFactory(title=PLAN)
        DocumentFactory(title="Báo cáo tổng kết")
        response = admin_client.get(reverse("admin:library_document_changelist"), {"q": "thang cong nhan"})
        assert [document.title for document in response.context["cl"].result_list] == [PLAN]


# The migration test runs migrations backwards and forwards, which needs real transactions.
@pytest.mark.django_db(transaction=True)
def test_the_data_migration_moves_campaign_documents_into_the_library():
    # A transactional test may follow another that emptied the tables: the body the typed text matches.
    Authority.objects.get_or_create(name="Công đoàn ngành Y tế", defaults={"level": Authority.Level.SECTOR})
    before = [("news", "0011_document"), ("emulation", "0003_campaign_name_folded")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps
        OldCampaign = old.get_model("emulation", "Campaign")
        CampaignDocument = old.get_model("emulation", "CampaignDocument")
        dates = {"starts_on": D(2026, 1, 1), "ends_on": D(2026, 12, 31), "is_public": True}
        launched = OldCampaign.objects.create(
            name="Lao động giỏi", slug="lao-dong-gioi", launched_by=STANDING, launched_on=D(2026, 1, 10), **dates
        )
        not_launched = OldCampaign.objects.create(name="Chuyển đổi số", slug="chuyen-doi-so", **dates)
        CampaignDocument.objects.create(
            campaign=launched,
            title="Hướng dẫn chấm điểm",
            file="campaigns/documents/2026/hd.docx",
            kind="huong_dan",
            order=2,
        )
        CampaignDocument.objects.create(
            campaign=launched, title=PLAN, file="campaigns/documents/2026/kh.pdf", kind="ke_hoach", order=1
        )
        CampaignDocument.objects.create(
            campaign=not_launched, title="Văn bản khác", file="campaigns/documents/2026/vb.pdf", kind="khac"
        )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())

    copied = list(Document.objects.order_by("id"))
    assert [(d.title, d.kind, d.file.name, d.campaign_id) for d in copied] == [
        (PLAN, "ke_hoach", "campaigns/documents/2026/kh.pdf", launched.pk),
        ("Hướng dẫn chấm điểm", "huong_dan", "campaigns/documents/2026/hd.docx", launched.pk),
        ("Văn bản khác", "khac", "campaigns/documents/2026/vb.pdf", not_launched.pk),
    ]
    assert [d.issued_on for d in copied] == [D(2026, 1, 10), D(2026, 1, 10), D(2026, 1, 1)]
    assert {(d.number, d.is_public) for d in copied} == {("", True)}
    # The typed "Ban Thường vụ Công đoàn ngành Y tế tỉnh" is matched to the issuing body (library 0004).
    assert copied[0].issuing_body.name == "Công đoàn ngành Y tế"
    assert Document.objects.published().search("thang cong nhan").get() == copied[0]


def test_the_site_search_finds_documents_without_diacritics(client):
    DocumentFactory(number="45/KH-CĐN", title="Kế hoạch tổ chức Tháng Công nhân năm 2026", is_public=True)
    DocumentFactory(number="46/KH-CĐN", title="Kế hoạch Tháng Công nhân (bản nháp)", is_public=False)
    page = client.get(reverse("portal:search"), {"q": "thang cong nhan"}).content.decode()
    assert "Kế hoạch tổ chức Tháng Công nhân năm 2026" in page
    assert "bản nháp" not in page
