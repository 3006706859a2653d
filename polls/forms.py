from django import forms

from unionportal.forms import FieldsHelper


class BallotForm(forms.Form):
    """A poll's ballot: one of its options, posted to polls:poll_vote with `next`, the page to come back to.

    The vote is counted or refused by voting.poll_vote, under the poll's lock; this form draws the ballot.
    """

    next = forms.CharField(required=False, widget=forms.HiddenInput)
    option = forms.TypedChoiceField(coerce=int, widget=forms.RadioSelect)

    def __init__(self, *args, ballot, return_to, question_shown=False, **kwargs):
        """`question_shown` when the page already has the question as its heading: the legend is for screen readers."""
        # Ids by poll, so that a page with two ballots has no id twice.
        super().__init__(*args, initial={"next": return_to}, auto_id=f"poll-{ballot.poll.pk}-%s", **kwargs)
        option = self.fields["option"]
        option.label = ballot.poll.question
        option.choices = [(choice.option.pk, choice.option.text) for choice in ballot.choices]
        self.helper = FieldsHelper(self)
        self.helper.label_class = "poll__question visually-hidden" if question_shown else "poll__question"
