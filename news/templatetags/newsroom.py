from django import template

from news.models import Article

register = template.Library()

# The admin index lists this many; the box's heading leads to all of them.
AWAITING_REVIEW_SHOWN = 10


@register.simple_tag
def awaiting_review():
    """Articles waiting for a publisher, first sent first, each with who sent it and when (one query),
    and whether there are more than are shown."""
    articles = list(Article.objects.awaiting_review()[: AWAITING_REVIEW_SHOWN + 1])
    return {"articles": articles[:AWAITING_REVIEW_SHOWN], "more": len(articles) > AWAITING_REVIEW_SHOWN}
