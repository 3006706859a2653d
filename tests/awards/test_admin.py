import factory
import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from awards.models import AwardLine, Decision, Proposal, RecipientKind
from tests.awards.factories import DecisionFactory, MemberLineFactory, ProposalFactory, authority, award_type
from tests.html import parse
from tests.members.factories import MemberFactory, UnionGroupFactory

pytestmark = pytest.mark.django_db
Status = Proposal.Status
PROPOSALS = reverse("admin:awards_proposal_changelist")


def act(client, action, proposals, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [proposal.pk for proposal in proposals], **extra}
    return client.post(PROPOSALS, data, follow=True)


def set_status(proposal, status):
    Proposal.objects.filter(pk=proposal.pk).update(status=status)


def lines_formset(*lines, prefix="lines", initial=0):
    data = {
        f"{prefix}-TOTAL_FORMS": len(lines),
        f"{prefix}-INITIAL_FORMS": initial,
        f"{prefix}-MIN_NUM_FORMS": 0,
        f"{prefix}-MAX_NUM_FORMS": 1000,
    }
    for number, line in enumerate(lines):
        defaults = {"recipient_kind": RecipientKind.MEMBER, "is_public": "on", "achievement": "Hoàn thành xuất sắc"}
        data |= {f"{prefix}-{number}-{name}": value for name, value in (defaults | line).items()}
    return data


def decision_data(period, **extra):
    return {
        "number": "45/QĐ-CĐN",
        "signed_on": "15/05/2026",
        "authority": authority().pk,
        "period": period.pk,
        "subject": "V/v khen thưởng đợt 1",
        "signer": "Nguyễn Văn Hùng",
        "signer_title": "Chủ tịch",
        **extra,
    }


class TestOfficer:
    @pytest.fixture(autouse=True)
    def _login(self, client, officer):
        client.force_login(officer)

    def test_proposes_their_own_member_and_sees_only_their_unions_proposals(
        self, client, officer, own_union, other_union, period
    ):
        own_member = MemberFactory(base_union=own_union, full_name="Phạm Thị Hoa")
        stranger = MemberFactory(base_union=other_union)
        ProposalFactory(member=stranger, period=period)
        url = reverse("admin:awards_proposal_add")
        data = {
            "recipient_kind": RecipientKind.MEMBER,
            "award_type": award_type("Giấy khen").pk,
            "period": period.pk,
            "achievement": "Hoàn thành xuất sắc nhiệm vụ",
        }

        response = client.post(url, data | {"member": stranger.pk})
        assert "member" in response.context["adminform"].form.errors
        assert response.context["adminform"].form["achievement"].value() == "Hoàn thành xuất sắc nhiệm vụ"

        client.post(url, data | {"member": own_member.pk, "base_union": own_union.pk})
        proposal = Proposal.objects.get(member=own_member)
        assert (proposal.recipient_name, proposal.base_union, proposal.created_by) == (
            "Phạm Thị Hoa",
            own_union,
            officer,
        )
        assert list(client.get(PROPOSALS).context["cl"].result_list) == [proposal]

    def test_a_collective_only_form_is_refused_for_a_member(self, client, own_union, period):
        response = client.post(
            reverse("admin:awards_proposal_add"),
            {
                "recipient_kind": RecipientKind.MEMBER,
                "member": MemberFactory(base_union=own_union).pk,
                "base_union": own_union.pk,
                "award_type": award_type("Cờ thi đua").pk,
                "period": period.pk,
                "achievement": "Thành tích",
            },
        )
        assert "không dùng để khen thưởng cá nhân" in str(response.context["adminform"].form.errors)

    def test_submits_but_cannot_accept(self, client, own_union):
        proposal = ProposalFactory(member=MemberFactory(base_union=own_union))
        act(client, "submit_selected", [proposal])
        proposal.refresh_from_db()
        assert proposal.status == Status.SUBMITTED
        actions = [choice[0] for choice in client.get(PROPOSALS).context["action_form"].fields["action"].choices]
        assert "accept_selected" not in actions and "add_to_decision" not in actions

    def test_cannot_open_decisions(self, client):
        assert client.get(reverse("admin:awards_decision_changelist")).status_code == 403

    def test_sees_their_unions_award_lines_only(self, client, own_union, other_union):
        own = MemberLineFactory(member=MemberFactory(base_union=own_union))
        MemberLineFactory(member=MemberFactory(base_union=other_union))
        response = client.get(reverse("admin:awards_awardline_changelist"))
        assert list(response.context["cl"].result_list) == [own]


class TestEmulationOffice:
    @pytest.fixture(autouse=True)
    def _login(self, client, emulation_office):
        client.force_login(emulation_office)

    @pytest.fixture
    def submitted(self, own_union, period):
        proposal = ProposalFactory(member=MemberFactory(base_union=own_union), period=period)
        set_status(proposal, Status.SUBMITTED)
        return proposal

    def test_returning_asks_for_a_reason_the_union_will_read(self, client, submitted):
        response = act(client, "return_selected", [submitted], apply="1", reason="")
        assert "phải ghi lý do" in response.content.decode()
        act(client, "return_selected", [submitted], apply="1", reason="Bổ sung minh chứng sáng kiến.")
        submitted.refresh_from_db()
        assert (submitted.status, submitted.reason) == (Status.RETURNED, "Bổ sung minh chứng sáng kiến.")
        change_page = client.get(reverse("admin:awards_proposal_change", args=[submitted.pk])).content.decode()
        assert "Bổ sung minh chứng sáng kiến." in change_page and "van_phong_thi_dua" in change_page

    def test_rejects_with_a_reason(self, client, submitted):
        act(client, "reject_selected", [submitted], apply="1", reason="Chưa đủ thời gian công tác.")
        submitted.refresh_from_db()
        assert submitted.status == Status.REJECTED

    def test_records_a_decision_from_accepted_proposals_in_one_action(self, client, submitted, own_union, period):
        second = ProposalFactory(member=MemberFactory(base_union=own_union), period=period)
        set_status(second, Status.SUBMITTED)
        act(client, "accept_selected", [submitted, second])
        decision = DecisionFactory(period=period)

        response = act(client, "add_to_decision", [submitted, second], apply="1", decision=decision.pk)

        assert response.redirect_chain[-1][0] == reverse("admin:awards_decision_change", args=[decision.pk])
        assert {line.proposal for line in decision.lines.all()} == {submitted, second}
        assert set(Proposal.objects.values_list("status", flat=True)) == {Status.DECIDED}

    def test_a_proposal_not_accepted_keeps_the_whole_batch_out(self, client, submitted, own_union, period):
        accepted = ProposalFactory(member=MemberFactory(base_union=own_union), period=period)
        set_status(accepted, Status.ACCEPTED)
        decision = DecisionFactory(period=period)
        response = act(client, "add_to_decision", [submitted, accepted], apply="1", decision=decision.pk)
        assert "chưa được chấp thuận" in response.content.decode()
        assert not decision.lines.exists()

    def test_records_a_decision_with_its_lines_in_one_screen(self, client, own_union, period):
        member = MemberFactory(base_union=own_union, full_name="Võ Thị Lan")
        data = decision_data(period) | lines_formset(
            {"award_type": award_type("Bằng khen").pk, "member": member.pk},
            {
                "award_type": award_type("Tập thể lao động xuất sắc").pk,
                "recipient_kind": RecipientKind.BASE_UNION,
                "base_union": own_union.pk,
            },
        )
        response = client.post(reverse("admin:awards_decision_add"), data)
        assert response.status_code == 302, response.context["inline_admin_formsets"][0].formset.errors
        decision = Decision.objects.get()
        assert sorted(decision.lines.values_list("recipient_name", flat=True)) == sorted(["Võ Thị Lan", own_union.name])

    def test_the_same_recipient_twice_for_one_form_is_refused_and_nothing_is_lost(self, client, own_union, period):
        member = MemberFactory(base_union=own_union, full_name="Võ Thị Lan")
        line = {"award_type": award_type("Bằng khen").pk, "member": member.pk}
        data = decision_data(period) | lines_formset(line, line | {"achievement": "Thành tích thứ hai"})
        response = client.post(reverse("admin:awards_decision_add"), data)
        assert response.status_code == 200
        assert "trùng dòng 1" in response.content.decode()
        assert "Thành tích thứ hai" in response.content.decode()
        assert not Decision.objects.exists() and not AwardLine.objects.exists()

    def test_a_line_already_in_the_decision_is_refused(self, client, own_union):
        existing = MemberLineFactory(member=MemberFactory(base_union=own_union))
        decision = existing.decision
        data = decision_data(decision.period, number=decision.number, signed_on="15/05/2026") | lines_formset(
            {
                "id": existing.pk,
                "award_type": existing.award_type_id,
                "member": existing.member_id,
                "decision": decision.pk,
            },
            {"award_type": existing.award_type_id, "member": existing.member_id},
            initial=1,
        )
        response = client.post(reverse("admin:awards_decision_change", args=[decision.pk]), data)
        assert response.status_code == 200
        assert decision.lines.count() == 1


class TestDecisionScreens:
    """The decision list and form fit a working day's screen: lines in a table, the whole trích yếu in view."""

    @pytest.fixture(autouse=True)
    def _login(self, client, emulation_office):
        client.force_login(emulation_office)

    def test_award_lines_are_a_table_one_row_a_line(self, client, own_union):
        first = MemberLineFactory(member=MemberFactory(base_union=own_union, full_name="Đặng Thị Hồng Nhung"))
        MemberLineFactory.create_batch(
            2, decision=first.decision, member=factory.LazyFunction(lambda: MemberFactory(base_union=own_union))
        )
        page = parse(client.get(reverse("admin:awards_decision_change", args=[first.decision_id])).content.decode())
        [table] = page.find("table", class_="award-lines")
        headers = [cell.words for cell in table.find("th")]
        assert headers[:6] == [
            "Dòng",
            "Hình thức khen thưởng",
            "Đối tượng",
            "Người, tập thể được khen thưởng",
            "Chức vụ",
            "Thành tích",
        ]
        rows = table.find("tr", class_="has_original")
        assert len(rows) == 3
        assert [row.find("td", class_="original")[0].words for row in rows] == ["1", "2", "3"]
        # The member picker searches as one types (the admin's select2) and names the chosen member.
        [picker] = rows[0].find("select", name="lines-0-member")
        assert "admin-autocomplete" in picker.classes
        assert "Đặng Thị Hồng Nhung" in picker.words
        assert rows[0].find("a", href=reverse("awards_staff:certificate", args=[first.pk]))

    def test_the_group_picker_finds_a_group_typed_without_marks_and_names_its_hospital(self, client, own_union):
        UnionGroupFactory(base_union=own_union, name="Khoa Dược")
        UnionGroupFactory(base_union=own_union, name="Khoa Dinh dưỡng")
        picker = {"app_label": "awards", "model_name": "awardline", "field_name": "group"}
        response = client.get(reverse("admin:autocomplete"), picker | {"term": "khoa duoc"})
        assert response.status_code == 200
        assert [result["text"] for result in response.json()["results"]] == [
            "Khoa Dược – Công đoàn Bệnh viện Đa khoa tỉnh"
        ]

    def test_the_forms_of_award_are_read_once_for_all_rows(self, client, own_union):
        first = MemberLineFactory(member=MemberFactory(base_union=own_union))
        MemberLineFactory(
            decision=first.decision, member=MemberFactory(base_union=own_union), award_type=award_type("Giấy khen")
        )
        url = reverse("admin:awards_decision_change", args=[first.decision_id])
        client.get(url)
        with CaptureQueriesContext(connection) as two_lines:
            client.get(url)
        MemberLineFactory.create_batch(
            4, decision=first.decision, member=factory.LazyFunction(lambda: MemberFactory(base_union=own_union))
        )
        with CaptureQueriesContext(connection) as six_lines:
            page = parse(client.get(url).content.decode())
        # A line costs its member's and union's names in the pickers, not the list of forms of award again.
        assert len(six_lines) - len(two_lines) <= 4 * 2
        selects = [
            select
            for select in page.find("select")
            if select.attrs.get("name", "").endswith("-award_type") and "__prefix__" not in select.attrs["name"]
        ]
        chosen = [next(o.words for o in select.find("option") if "selected" in o.attrs) for select in selects]
        assert sorted(chosen) == ["Bằng khen"] * 5 + ["Giấy khen"]

    def test_the_trich_yeu_box_shows_its_whole_text(self, client):
        decision = DecisionFactory(subject="V/v tặng Bằng khen cho tập thể, cá nhân tiêu biểu " * 4)
        page = parse(client.get(reverse("admin:awards_decision_change", args=[decision.pk])).content.decode())
        [box] = page.find("textarea", name="subject")
        assert int(box.attrs["rows"]) >= 3
        assert box.words == " ".join(decision.subject.split())
