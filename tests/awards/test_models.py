import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError

from awards.models import AwardLine, ProposalStep, RecipientKind
from awards.services import decision_add_proposals
from tests.awards.factories import (
    DecisionFactory,
    MemberLineFactory,
    ProposalFactory,
    UnionLineFactory,
    award_type,
)
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_a_member_line_takes_name_position_and_unit_from_the_member(own_union):
    member = MemberFactory(full_name="Trần Thị Mai", position="Điều dưỡng trưởng", base_union=own_union)
    line = MemberLineFactory(member=member)
    assert (line.recipient_name, line.position, line.recipient_unit) == (
        "Trần Thị Mai",
        "Điều dưỡng trưởng",
        own_union.name,
    )
    assert line.base_union == own_union


def test_the_same_recipient_cannot_get_the_same_form_twice_in_one_decision(own_union):
    line = UnionLineFactory(base_union=own_union)
    with pytest.raises(IntegrityError):
        UnionLineFactory(decision=line.decision, base_union=own_union)


def test_the_same_recipient_may_get_two_different_forms_in_one_decision(own_union):
    line = UnionLineFactory(base_union=own_union)
    UnionLineFactory(decision=line.decision, base_union=own_union, award_type=award_type("Cờ thi đua"))
    assert line.decision.lines.count() == 2


def test_clean_refuses_a_duplicate_outside_person_whatever_the_spelling():
    decision = DecisionFactory()
    common = {"decision": decision, "award_type": award_type(), "recipient_kind": RecipientKind.PERSON}
    AwardLine.objects.create(**common, recipient_name="Lê Văn Tám", recipient_unit="Sở Y tế")
    twin = AwardLine(**common, recipient_name="  Lê  Văn Tám ", recipient_unit="Sở Y tế")
    with pytest.raises(ValidationError, match="đã có hình thức khen thưởng này"):
        twin.full_clean()


def test_a_collective_only_form_is_refused_for_an_individual():
    line = MemberLineFactory.build(
        decision=DecisionFactory(), award_type=award_type("Cờ thi đua"), member=MemberFactory()
    )
    with pytest.raises(ValidationError, match="không dùng để khen thưởng cá nhân"):
        line.full_clean()


def test_a_proposal_goes_from_officer_to_office_and_every_step_is_kept(officer, own_union, emulation_office):
    proposal = ProposalFactory(member=MemberFactory(base_union=own_union))
    proposal.submit(officer)
    proposal.return_to_union(emulation_office, "Bổ sung số liệu sáng kiến")
    assert proposal.reason == "Bổ sung số liệu sáng kiến"
    proposal.submit(officer)
    proposal.accept(emulation_office)
    actions = list(proposal.steps.values_list("action", "by__username"))
    assert actions == [
        (ProposalStep.Action.SUBMIT, officer.username),
        (ProposalStep.Action.RETURN, emulation_office.username),
        (ProposalStep.Action.SUBMIT, officer.username),
        (ProposalStep.Action.ACCEPT, emulation_office.username),
    ]


def test_an_officer_cannot_submit_another_unions_proposal_nor_accept_their_own(officer, own_union, other_union):
    theirs = ProposalFactory(member=MemberFactory(base_union=other_union))
    with pytest.raises(PermissionDenied):
        theirs.submit(officer)
    own = ProposalFactory(member=MemberFactory(base_union=own_union))
    own.submit(officer)
    with pytest.raises(PermissionDenied):
        own.accept(officer)


def test_returning_or_rejecting_needs_a_reason(officer, own_union, emulation_office):
    proposal = ProposalFactory(member=MemberFactory(base_union=own_union))
    proposal.submit(officer)
    with pytest.raises(ValidationError, match="phải ghi lý do"):
        proposal.reject(emulation_office, "  ")


def test_a_decision_is_recorded_from_accepted_proposals_all_or_nothing(officer, own_union, emulation_office):
    accepted = [ProposalFactory(member=MemberFactory(base_union=own_union)) for _ in range(2)]
    for proposal in accepted:
        proposal.submit(officer)
        proposal.accept(emulation_office)
    draft = ProposalFactory(member=MemberFactory(base_union=own_union))
    decision = DecisionFactory()

    proposals = type(draft).objects.filter(pk__in=[p.pk for p in [*accepted, draft]])
    with pytest.raises(ValidationError, match="chưa được chấp thuận"):
        decision_add_proposals(decision=decision, proposals=proposals, by=emulation_office)
    assert not decision.lines.exists()

    lines = decision_add_proposals(decision=decision, proposals=proposals.exclude(pk=draft.pk), by=emulation_office)
    assert {line.member for line in lines} == {p.member for p in accepted}
    for proposal in accepted:
        proposal.refresh_from_db()
        assert proposal.status == proposal.Status.DECIDED


def test_choosing_another_member_refreshes_the_name_position_and_unit(own_union, other_union):
    line = MemberLineFactory(
        member=MemberFactory(full_name="Trần Thị Mai", position="Điều dưỡng", base_union=own_union)
    )
    line = AwardLine.objects.get(pk=line.pk)
    line.member = MemberFactory(full_name="Hồ Văn Nam", position="Bác sĩ", base_union=other_union)
    line.full_clean()
    line.save()
    assert (line.recipient_name, line.position, line.recipient_unit, line.base_union) == (
        "Hồ Văn Nam",
        "Bác sĩ",
        other_union.name,
        other_union,
    )


def test_a_typed_position_is_kept_while_the_member_stays_the_same(own_union):
    line = MemberLineFactory(member=MemberFactory(position="Điều dưỡng", base_union=own_union))
    line = AwardLine.objects.get(pk=line.pk)
    line.position = "Điều dưỡng trưởng khoa Nội"
    line.save()
    assert AwardLine.objects.get(pk=line.pk).position == "Điều dưỡng trưởng khoa Nội"


def test_a_proposal_for_a_member_of_another_union_is_refused(own_union, other_union):
    proposal = ProposalFactory.build(member=MemberFactory(base_union=other_union), base_union=own_union)
    with pytest.raises(ValidationError, match="không thuộc công đoàn cơ sở đề nghị"):
        proposal.full_clean()


def test_an_ineligible_form_gives_one_clear_message():
    line = MemberLineFactory.build(
        decision=DecisionFactory(), award_type=award_type("Cờ thi đua"), member=MemberFactory()
    )
    with pytest.raises(ValidationError) as refused:
        line.full_clean()
    assert refused.value.messages == ["“Cờ thi đua” không dùng để khen thưởng cá nhân."]


def test_a_line_names_the_members_office_and_their_union_on_the_decision_date(own_union, other_union):
    """The honour roll promises name, position and unit: as they stood when the decision was signed."""
    import datetime

    from tests.awards.factories import DecisionFactory, MemberLineFactory
    from tests.members.factories import MemberFactory

    nurse = MemberFactory(full_name="Hoàng Thị Mai", occupation="Điều dưỡng", position="", base_union=own_union)
    head = MemberFactory(full_name="Lê Văn Hùng", occupation="Bác sĩ", position="Trưởng khoa Nội", base_union=own_union)
    nurse.transfer(to_union=other_union, on=datetime.date(2026, 6, 1))
    nurse.refresh_from_db()
    before = DecisionFactory(signed_on=datetime.date(2026, 5, 15))
    after = DecisionFactory(signed_on=datetime.date(2026, 7, 1))

    line = MemberLineFactory(decision=before, member=nurse)
    assert (line.position, line.recipient_unit, line.base_union) == ("Điều dưỡng", own_union.name, own_union)
    line = MemberLineFactory(decision=after, member=nurse)
    assert (line.recipient_unit, line.base_union) == (other_union.name, other_union)
    assert MemberLineFactory(decision=before, member=head).position == "Trưởng khoa Nội"
