from django import template
from django.conf import settings

from news.models import Article

register = template.Library()

MOST_READ_COUNT = 5


@register.inclusion_tag("includes/most_read.html")
def most_read(exclude=None):
    """The side column's "Đọc nhiều": the most read articles of the last days, in one query."""
    articles = Article.objects.published().cards().most_read(settings.NEWS_MOST_READ_DAYS)
    if exclude is not None:
        articles = articles.exclude(pk=exclude.pk)
    return {"articles": articles[:MOST_READ_COUNT], "days": settings.NEWS_MOST_READ_DAYS}
