"""The parts of one app's page that come from other apps, put there by the site, which knows them all.

Registered when the site starts (PortalConfig.ready); see unionportal/pages.py.
"""

from awards.models import AwardLine
from library.models import Document
from news.models import Article
from unionportal.pages import add_part

CAMPAIGN_ARTICLE_COUNT = 10
ALBUM_ARTICLE_COUNT = 6


def campaign_articles(campaign):
    return Article.objects.published().cards().filter(campaign=campaign)[:CAMPAIGN_ARTICLE_COUNT]


def campaign_documents(campaign):
    return (
        Document.objects.published()
        .filter(campaign=campaign)
        .select_related("issuing_body")
        .order_by("issued_on", "id")
    )


def campaign_has_honour_roll(campaign):
    return AwardLine.objects.published().of_campaign(campaign).exists()


def album_articles(album):
    return Article.objects.published().cards().filter(album=album)[:ALBUM_ARTICLE_COUNT]


def register():
    add_part("campaign", "articles", campaign_articles)
    add_part("campaign", "documents", campaign_documents)
    add_part("campaign", "has_honour_roll", campaign_has_honour_roll)
    add_part("album", "album_articles", album_articles)
