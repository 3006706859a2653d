from django import template
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Concat, NullIf, Trim

from news.models import Article, AuditEntry

register = template.Library()

# The admin index lists this many; the box's heading leads to all of them.
AWAITING_REVIEW_SHOWN = 10


@register.simple_tag
def awaiting_review():
    """Articles waiting for a publisher, first sent first, each with who sent it and when (one query),
    and whether there are more than are shown."""
    submissions = AuditEntry.objects.filter(article_id=OuterRef("pk"), action=AuditEntry.Action.SUBMITTED)
    latest = submissions.order_by("-at", "-id")
    # The SQL twin of `user.get_full_name() or user.get_username()`, with the kept username for a deleted account.
    name = Coalesce(NullIf(Trim(Concat("user__first_name", Value(" "), "user__last_name")), Value("")), "username")
    articles = list(
        Article.objects.filter(status=Article.Status.IN_REVIEW)
        .only("pk", "title")
        .annotate(
            submitted_at=Subquery(latest.values("at")[:1]),
            submitted_by=Subquery(latest.annotate(name=name).values("name")[:1]),
        )
        .order_by("submitted_at", "pk")[: AWAITING_REVIEW_SHOWN + 1]
    )
    return {"articles": articles[:AWAITING_REVIEW_SHOWN], "more": len(articles) > AWAITING_REVIEW_SHOWN}
