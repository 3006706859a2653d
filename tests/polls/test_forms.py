"""A poll's ballot: one form class, drawn by crispy-forms in the side column and on the poll's page."""

import pytest
from django.urls import reverse

from polls import voting
from polls.forms import BallotForm
from tests.html import duplicate_ids, label_of, parse
from tests.polls.factories import PollFactory, PollOptionFactory

pytestmark = pytest.mark.django_db

QUESTION = "Bạn đánh giá thế nào về hoạt động chăm lo đời sống đoàn viên?"
OPTIONS = ["Rất tốt", "Tốt", "Cần cải thiện"]


@pytest.fixture
def poll():
    return PollFactory(question=QUESTION, options=OPTIONS)


def ballot_of(html, poll):
    page = parse(html)
    (form,) = page.find("form", action=reverse("polls:poll_vote", args=[poll.slug]))
    return page, form


def test_the_side_column_ballot_is_a_fieldset_whose_legend_is_the_question(client, poll):
    html = client.get(reverse("portal:home")).content.decode()
    page, form = ballot_of(html, poll)
    assert form.attrs["method"] == "post"
    assert not form.find("input", name="csrfmiddlewaretoken")  # checked by its Origin: the page sets no cookie
    assert form.find("input", type="hidden", name="next")[0].attrs["value"] == reverse("portal:home")
    (fieldset,) = form.find("fieldset")
    (legend,) = fieldset.find("legend")
    assert legend.words.startswith(QUESTION)
    assert "visually-hidden" not in legend.classes
    radios = fieldset.find("input", type="radio")
    assert [radio.attrs["name"] for radio in radios] == ["option"] * 3
    assert [radio.attrs["value"] for radio in radios] == [str(option.pk) for option in poll.options.all()]
    assert all("required" in radio.attrs for radio in radios)
    assert [label_of(page, radio) for radio in radios] == OPTIONS
    assert form.find("button", type="submit")[0].words == "Biểu quyết"
    assert duplicate_ids(html) == []


def test_on_the_polls_page_the_question_is_the_heading_and_the_legend_is_for_screen_readers(client, poll):
    html = client.get(poll.get_absolute_url()).content.decode()
    page, form = ballot_of(html, poll)
    (legend,) = form.find("legend")
    assert "visually-hidden" in legend.classes
    assert form.find("input", name="next")[0].attrs["value"] == poll.get_absolute_url()
    assert duplicate_ids(html) == []


def test_the_ballot_takes_one_of_its_own_options_only(poll):
    ballot = voting.ballot(poll)
    chosen = poll.options.get(text="Tốt")
    form = BallotForm({"option": str(chosen.pk)}, ballot=ballot, return_to="/")
    assert form.is_valid() and form.cleaned_data["option"] == chosen.pk
    other = PollOptionFactory(poll=PollFactory(show_in_sidebar=False))
    assert not BallotForm({"option": str(other.pk)}, ballot=ballot, return_to="/").is_valid()
    assert not BallotForm({}, ballot=ballot, return_to="/").is_valid()


def test_two_ballots_on_one_page_have_ids_of_their_own(poll):
    other = PollFactory(options=["Có", "Không"])
    first = BallotForm(ballot=voting.ballot(poll), return_to="/")
    second = BallotForm(ballot=voting.ballot(other), return_to="/")
    assert first["option"].auto_id != second["option"].auto_id
    assert first["next"].auto_id == f"poll-{poll.pk}-next"
