"""Mails after the step commits, with no personal data in the subject; per-person opt-out and a daily digest."""

from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from awards.models import Proposal
from awards.services import decision_add_proposals
from emulation.models import Registration
from news.roles import EDITORS, PUBLISHERS
from notifications.models import Kind, Notice, Preference
from tests.awards.factories import DecisionFactory, ProposalFactory
from tests.emulation.factories import RegistrationFactory
from tests.factories import StaffFactory
from tests.members.factories import MemberFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer():
    return StaffFactory(username="bientap", email="bientap@congdoanyte.example.vn", group=EDITORS)


@pytest.fixture
def checker():
    return StaffFactory(username="duyetbai", email="duyetbai@congdoanyte.example.vn", group=PUBLISHERS)


def test_publishers_hear_of_a_submission_and_the_writer_of_the_return(
    writer, checker, django_capture_on_commit_callbacks
):
    article = ArticleFactory(title="Hội thao công nhân viên chức ngành Y tế", status="draft", created_by=writer)
    with django_capture_on_commit_callbacks(execute=True):
        article.submit_for_review(writer)
    (sent,) = mail.outbox
    assert sent.to == [checker.email] and sent.subject == "[Công đoàn ngành Y tế] Có bài viết chờ duyệt"
    assert "Hội thao công nhân viên chức ngành Y tế" in sent.body
    assert reverse("admin:news_article_change", args=[article.pk]) in sent.body

    with django_capture_on_commit_callbacks(execute=True):
        article.return_to_editor(checker, "Bổ sung chú thích ảnh.")
    returned = mail.outbox[1]
    assert returned.to == [writer.email] and "Bổ sung chú thích ảnh." in returned.body
    assert returned.subject == "[Công đoàn ngành Y tế] Bài viết của bạn bị trả lại"


def test_nothing_is_sent_when_the_step_is_rolled_back(writer, checker, django_capture_on_commit_callbacks):
    article = ArticleFactory(status="draft", created_by=writer)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        article.submit_for_review(writer)
        transaction.set_rollback(True)
    assert mail.outbox == [] and not Notice.objects.exists()


def test_officers_hear_of_their_proposal_and_the_subject_names_nobody(
    own_union, officer, emulation_office, django_capture_on_commit_callbacks
):
    officer.email = "cdcs@bvdk.example.vn"
    officer.save()
    member = MemberFactory(full_name="Hoàng Thị Mai", base_union=own_union)
    proposal = ProposalFactory(member=member, status=Proposal.Status.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        proposal.return_to_union(emulation_office, "Thiếu biên bản họp bình xét.")
    (sent,) = mail.outbox
    assert sent.to == [officer.email] and "Hoàng Thị Mai" in sent.body and "Hoàng Thị Mai" not in sent.subject
    assert "Thiếu biên bản họp bình xét." in sent.body

    registration = RegistrationFactory(base_union=own_union, status=Registration.Status.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        registration.approve(emulation_office)
    assert mail.outbox[1].subject == "[Công đoàn ngành Y tế] Đăng ký thi đua đã được xét"

    proposal = ProposalFactory(member=member, status=Proposal.Status.ACCEPTED)
    decision = DecisionFactory(period=proposal.period)
    with django_capture_on_commit_callbacks(execute=True):
        decision_add_proposals(
            decision=decision, proposals=Proposal.objects.filter(pk=proposal.pk), by=emulation_office
        )
    assert "khen thưởng 1 đoàn viên" in mail.outbox[2].body and "Hoàng Thị Mai" not in mail.outbox[2].body


def test_a_kind_turned_off_is_not_sent_and_a_digest_waits_for_the_morning(
    writer, checker, django_capture_on_commit_callbacks
):
    Preference.objects.create(user=checker, muted=[Kind.ARTICLE_SUBMITTED])
    Preference.objects.create(user=writer, daily_digest=True)
    article = ArticleFactory(status="draft", created_by=writer)
    with django_capture_on_commit_callbacks(execute=True):
        article.submit_for_review(writer)
        article.return_to_editor(checker, "Sửa sapo.")
    with django_capture_on_commit_callbacks(execute=True):
        article.submit_for_review(writer)
        article.publish(checker)
    assert mail.outbox == []

    out = StringIO()
    call_command("send_notices", "--digest", stdout=out)
    (digest,) = mail.outbox
    assert digest.to == [writer.email] and digest.subject == "[Công đoàn ngành Y tế] Tổng hợp 2 thông báo"
    assert "Sửa sapo." in digest.body
    call_command("send_notices", "--digest", stdout=out)
    assert len(mail.outbox) == 1


def test_a_failing_mail_server_never_breaks_the_step_and_is_tried_again(
    writer, checker, django_capture_on_commit_callbacks
):
    article = ArticleFactory(status="draft", created_by=writer)
    with (
        mock.patch("notifications.mail.send_mail", side_effect=ConnectionRefusedError),
        django_capture_on_commit_callbacks(execute=True),
    ):
        article.submit_for_review(writer)
    article.refresh_from_db()
    assert article.status == article.Status.IN_REVIEW
    notice = Notice.objects.get()
    assert notice.sent_at is None and notice.attempts == 1

    call_command("send_notices", stdout=StringIO())
    assert len(mail.outbox) == 1
    notice.refresh_from_db()
    assert notice.sent_at is not None


def test_each_person_edits_only_their_own_settings(client, writer, checker):
    client.force_login(writer)
    response = client.get(reverse("admin:notifications_preference_changelist"))
    own = Preference.objects.get(user=writer)
    assert response.url == reverse("admin:notifications_preference_change", args=[own.pk])
    response = client.post(response.url, {"muted": [Kind.ARTICLE_PUBLISHED], "daily_digest": "on"})
    own.refresh_from_db()
    assert own.muted == [Kind.ARTICLE_PUBLISHED] and own.daily_digest
    other = Preference.objects.create(user=checker)
    assert client.get(reverse("admin:notifications_preference_change", args=[other.pk])).status_code in {302, 403, 404}


def test_a_mail_server_that_is_down_is_tried_once_per_step(writer, checker, django_capture_on_commit_callbacks):
    others = [
        StaffFactory(username=f"duyet{n}", email=f"duyet{n}@congdoanyte.example.vn", group=PUBLISHERS) for n in range(3)
    ]
    article = ArticleFactory(status="draft", created_by=writer)
    with (
        mock.patch("notifications.mail.send_mail", side_effect=TimeoutError) as sending,
        django_capture_on_commit_callbacks(execute=True),
    ):
        article.submit_for_review(writer)
    assert sending.call_count == 1
    assert Notice.objects.unsent().count() == 1 + len(others)
    call_command("send_notices", stdout=StringIO())
    assert len(mail.outbox) == 1 + len(others)
