"""The polls, with sample votes from made-up readers; once, on a portal with no polls."""

import datetime

from django.db import transaction
from django.utils import timezone

from demo.data.polls import POLLS
from polls.models import Poll, PollVote
from polls.voting import digest


@transaction.atomic
def load():
    if Poll.objects.exists():
        return ""
    now = timezone.now()
    votes = []
    for spec in POLLS:
        poll = Poll.objects.create(
            question=spec["question"],
            opens_at=now - datetime.timedelta(days=spec["opened_days_ago"]),
            closes_at=now - datetime.timedelta(days=spec["closed_days_ago"]) if spec["closed_days_ago"] else None,
            show_in_sidebar=spec["show_in_sidebar"],
        )
        for order, (text, count) in enumerate(spec["votes"].items()):
            option = poll.options.create(text=text, order=order)
            # Hashed as real votes are, from addresses of the range kept for documentation (RFC 5737).
            votes += [
                PollVote(
                    poll=poll,
                    option=option,
                    voter=digest("voter", f"demo-{poll.pk}-{order}-{number}"),
                    address=digest("address", f"192.0.2.{number % 40}"),
                )
                for number in range(count)
            ]
    PollVote.objects.bulk_create(votes)
    return f"Thăm dò ý kiến: {len(POLLS)} cuộc thăm dò, {len(votes)} phiếu mẫu."
