import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from emulation.models import Initiative, Period, Registration
from news.roles import EDITORS
from tests.emulation.factories import CampaignFactory, InitiativeFactory, PeriodFactory
from tests.factories import StaffFactory
from tests.library.factories import DocumentFactory
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status
REGISTRATIONS = reverse("admin:emulation_registration_changelist")
INITIATIVES = reverse("admin:emulation_initiative_changelist")


def act(client, action, registrations, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [registration.pk for registration in registrations], **extra}
    return client.post(REGISTRATIONS, data, follow=True)


def set_status(registration, status):
    Registration.objects.filter(pk=registration.pk).update(status=status)


class TestOfficer:
    @pytest.fixture(autouse=True)
    def _login(self, client, officer):
        client.force_login(officer)

    def test_sees_only_their_unions_registrations(self, client, own_registration, other_registration):
        response = client.get(REGISTRATIONS)
        assert list(response.context["cl"].result_list) == [own_registration]

    @pytest.mark.parametrize("view", ["change", "delete", "history"])
    def test_another_unions_registration_is_not_found_by_url(self, client, other_registration, view):
        url = reverse(f"admin:emulation_registration_{view}", args=[other_registration.pk])
        assert client.get(url).status_code == 404

    def test_registers_their_own_union_only(self, client, own_union, other_union, period):
        url = reverse("admin:emulation_registration_add")
        response = client.post(url, {"base_union": other_union.pk, "period": period.pk, "pledges": "Chỉ tiêu"})
        assert "base_union" in response.context["adminform"].form.errors
        client.post(url, {"base_union": own_union.pk, "period": period.pk, "pledges": "Chỉ tiêu"})
        registration = Registration.objects.get()
        assert (registration.base_union, registration.status) == (own_union, Status.DRAFT)

    def test_submits_but_cannot_approve_or_return(self, client, officer, own_registration):
        actions = [choice[0] for choice in client.get(REGISTRATIONS).context["action_form"].fields["action"].choices]
        assert "submit_selected" in actions
        assert "approve_selected" not in actions and "return_selected" not in actions

        act(client, "submit_selected", [own_registration])
        own_registration.refresh_from_db()
        assert (own_registration.status, own_registration.submitted_by) == (Status.SUBMITTED, officer)

        act(client, "approve_selected", [own_registration])
        assert Registration.objects.get().status == Status.SUBMITTED

    def test_cannot_change_pledges_once_submitted(self, client, own_registration):
        set_status(own_registration, Status.SUBMITTED)
        response = client.get(reverse("admin:emulation_registration_change", args=[own_registration.pk]))
        assert "pledges" not in response.context["adminform"].form.fields

    def test_initiatives_scoped_and_authors_from_their_union_only(self, client, own_union, other_union):
        own = InitiativeFactory(base_union=own_union)
        InitiativeFactory(base_union=other_union)
        assert list(client.get(INITIATIVES).context["cl"].result_list) == [own]

        outsider = MemberFactory(base_union=other_union)
        response = client.post(
            reverse("admin:emulation_initiative_add"),
            {
                "title": "Cải tiến xe tiêm an toàn",
                "kind": Initiative.Kind.INITIATIVE,
                "base_union": own_union.pk,
                "authors": [outsider.pk],
                "period": PeriodFactory().pk,
                "level": Initiative.Level.BASE,
                "money_saved": "0",
            },
        )
        assert "authors" in response.context["adminform"].form.errors


class TestSectorReview:
    @pytest.fixture(autouse=True)
    def _submitted(self, own_registration, other_registration):
        set_status(own_registration, Status.SUBMITTED)
        set_status(other_registration, Status.SUBMITTED)

    @pytest.mark.parametrize("reviewer", ["sector_staff", "emulation_office"])
    def test_sees_every_union_and_approves(self, client, request, reviewer, own_registration, other_registration):
        user = request.getfixturevalue(reviewer)
        client.force_login(user)
        assert len(client.get(REGISTRATIONS).context["cl"].result_list) == 2

        response = act(client, "approve_selected", [own_registration, other_registration])
        assert "2 đăng ký thi đua đã duyệt." in response.content.decode()
        assert set(Registration.objects.values_list("status", "reviewed_by")) == {(Status.APPROVED, user.pk)}

    def test_return_asks_for_a_reason_first(self, client, sector_staff, own_registration):
        client.force_login(sector_staff)
        response = act(client, "return_selected", [own_registration])
        assert response.templates[0].name == "admin/workflow_reason.html"
        assert Registration.objects.get(pk=own_registration.pk).status == Status.SUBMITTED

        response = act(client, "return_selected", [own_registration], apply="1", reason="")
        assert "phải ghi lý do" in response.content.decode()
        assert Registration.objects.get(pk=own_registration.pk).status == Status.SUBMITTED

        act(client, "return_selected", [own_registration], apply="1", reason="Thiếu chỉ tiêu sáng kiến.")
        own_registration.refresh_from_db()
        assert own_registration.status == Status.RETURNED
        assert own_registration.return_reason == "Thiếu chỉ tiêu sáng kiến."
        assert own_registration.reviewed_by == sector_staff

    def test_an_illegal_step_is_reported_not_done(self, client, sector_staff, own_registration):
        set_status(own_registration, Status.APPROVED)
        client.force_login(sector_staff)
        response = act(client, "approve_selected", [own_registration])
        assert "Chỉ duyệt được đăng ký đã gửi" in response.content.decode()


def test_campaign_admin_edits_criteria_and_periods_inline_and_links_to_its_documents(admin_client):
    campaign = CampaignFactory()
    DocumentFactory(campaign=campaign)
    response = admin_client.get(reverse("admin:emulation_campaign_change", args=[campaign.pk]))
    prefixes = {formset.formset.prefix for formset in response.context["inline_admin_formsets"]}
    assert prefixes == {"criteria", "periods"}
    page = response.content.decode()
    listed = reverse("admin:library_document_changelist") + f"?campaign__id__exact={campaign.pk}"
    assert f'href="{listed}">1 văn bản' in page
    assert f'href="{reverse("admin:library_document_add")}?campaign={campaign.pk}"' in page


def test_who_cannot_add_documents_is_not_offered_to(client, officer):
    campaign = CampaignFactory()
    client.force_login(officer)
    page = client.get(reverse("admin:emulation_campaign_change", args=[campaign.pk])).content.decode()
    assert "văn bản trong mục Văn bản" in page
    assert reverse("admin:library_document_add") not in page


def test_editors_can_pick_a_campaign_for_an_article(client):
    client.force_login(StaffFactory(username="bientap", group=EDITORS))
    CampaignFactory(name="Lao động giỏi, lao động sáng tạo")
    response = client.get(
        reverse("admin:autocomplete"),
        {"term": "Lao động", "app_label": "news", "model_name": "article", "field_name": "campaign"},
    )
    assert [result["text"] for result in response.json()["results"]] == ["Lao động giỏi, lao động sáng tạo"]


@pytest.mark.parametrize("model", ["campaign", "registration", "initiative"])
def test_add_pages_render(admin_client, model):
    assert admin_client.get(reverse(f"admin:emulation_{model}_add")).status_code == 200


def inline_management(prefix, total=0):
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0"}


def test_a_period_outside_the_campaign_is_refused_on_the_campaign_screen(admin_client):
    data = {
        "name": "Thi đua chuyển đổi số năm 2026",
        "slug": "",
        "kind": "chuyen_de",
        "status": "running",
        "starts_on": "01/01/2026",
        "ends_on": "31/12/2026",
        **inline_management("criteria"),
        **inline_management("periods", total=1),
        "periods-0-name": "Đợt 1 năm 2027",
        "periods-0-kind": "dot",
        "periods-0-starts_on": "01/01/2027",
        "periods-0-ends_on": "30/04/2027",
    }
    response = admin_client.post(reverse("admin:emulation_campaign_add"), data)
    assert response.status_code == 200
    assert "Đợt phải nằm trong thời gian của phong trào (01/01/2026 – 31/12/2026)." in response.content.decode()
    assert not Period.objects.exists()

    data |= {"periods-0-name": "Đợt 1 năm 2026", "periods-0-starts_on": "01/01/2026", "periods-0-ends_on": "30/04/2026"}
    assert admin_client.post(reverse("admin:emulation_campaign_add"), data).status_code == 302
    assert Period.objects.get().campaign.slug == "thi-dua-chuyen-doi-so-nam-2026"


def campaign_form(campaign, periods, **changes):
    """The campaign screen's POST for `campaign` with its `periods` as they stand, then `changes`."""
    data = {
        "name": campaign.name,
        "slug": campaign.slug,
        "kind": campaign.kind,
        "status": campaign.status,
        "starts_on": f"{campaign.starts_on:%d/%m/%Y}",
        "ends_on": f"{campaign.ends_on:%d/%m/%Y}",
        **inline_management("criteria"),
        "periods-TOTAL_FORMS": str(len(periods)),
        "periods-INITIAL_FORMS": str(len(periods)),
    }
    for number, period in enumerate(periods):
        data |= {
            f"periods-{number}-id": str(period.pk),
            f"periods-{number}-campaign": str(campaign.pk),
            f"periods-{number}-name": period.name,
            f"periods-{number}-kind": period.kind,
            f"periods-{number}-starts_on": f"{period.starts_on:%d/%m/%Y}",
            f"periods-{number}-ends_on": f"{period.ends_on:%d/%m/%Y}",
        }
    return data | changes


def test_a_campaign_moved_with_its_periods_is_saved_in_one_go(admin_client):
    """Moving a campaign a year later and its periods with it used to be refused: the old periods were
    checked against the new dates before the new periods were read."""
    campaign = CampaignFactory(starts_on=datetime.date(2026, 1, 1), ends_on=datetime.date(2026, 12, 31))
    period = PeriodFactory(
        campaign=campaign, name="Đợt 1", starts_on=datetime.date(2026, 1, 1), ends_on=datetime.date(2026, 4, 30)
    )
    url = reverse("admin:emulation_campaign_change", args=[campaign.pk])
    data = campaign_form(
        campaign,
        [period],
        starts_on="01/01/2027",
        ends_on="31/12/2027",
        **{"periods-0-starts_on": "01/01/2027", "periods-0-ends_on": "30/04/2027"},
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    period.refresh_from_db()
    campaign.refresh_from_db()
    assert (campaign.starts_on, period.starts_on) == (datetime.date(2027, 1, 1), datetime.date(2027, 1, 1))

    # A period left behind is still refused, on its own row, and nothing is saved.
    data = campaign_form(campaign, [period], starts_on="01/01/2028", ends_on="31/12/2028")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Đợt phải nằm trong thời gian của phong trào (01/01/2028 – 31/12/2028)." in response.content.decode()
    campaign.refresh_from_db()
    assert campaign.starts_on == datetime.date(2027, 1, 1)
