"""The portal's RSS feeds: the newest articles, and each section's, under the union's name."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse

from news.models import Article, Section
from portal.models import SiteSettings

FEED_SIZE = 30


class LatestArticlesFeed(Feed):
    description_template = "portal/feed_description.html"

    def title(self):
        return f"Tin tức - {SiteSettings.load().union_name}"

    def link(self):
        return reverse("news:article_list")

    def description(self):
        return SiteSettings.load().description

    def items(self):
        return Article.objects.published().cards()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.section.name]


class SectionFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Section, slug=slug)

    def title(self, section):
        return f"{section.name} - {SiteSettings.load().union_name}"

    def link(self, section):
        return section.get_absolute_url()

    def description(self, section):
        return section.description or SiteSettings.load().description

    def items(self, section):
        return Article.objects.published().cards().filter(section=section)[:FEED_SIZE]
