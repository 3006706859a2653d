from types import SimpleNamespace

from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Exists, Max, OuterRef, Window
from django.db.models.functions import RowNumber
from django.utils.functional import cached_property

from news.models import Article, Section, Tag
from unionportal import pagecache


class ArticleSitemap(Sitemap):
    """Every published article, 500 to a page: even with 255-character addresses a page stays under 200 KB."""

    limit = 500

    def items(self):
        return Article.objects.published().only("slug", "updated_at")

    def lastmod(self, article):
        return article.updated_at

    @property
    def paginator(self):
        return IdRangePaginator(self.items(), self.limit)

    def get_latest_lastmod(self):
        # Django's default takes the maximum in Python over every article; this reads the updated_at index.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class IdRangePaginator:
    """Sitemap pages by ranges of ids, 500 articles each, as Django's sitemap views use a paginator.

    Django's Paginator counts every article for each page and skips (OFFSET) all the pages before it:
    page 200 read 100,000 rows. Here one query reads the first id of every page (the published ids'
    index, numbered by a window function), and a page reads its own rows from the primary key. Every
    page holds articles: the sitemap schema allows no empty page.
    """

    def __init__(self, items, per_page):
        self.items, self.per_page = items, per_page

    @cached_property
    def first_ids(self):
        # Numbering 100,000 ids takes a tenth of a second: done once a change, kept as pages are.
        return pagecache.kept_with_pages(f"sitemaps:article-pages:{self.per_page}", self.read_first_ids)

    def read_first_ids(self):
        every_nth = Window(RowNumber(), order_by="pk") % self.per_page
        first_places = 1 % self.per_page  # 1, 501, 1001… (every place when a page holds one)
        return sorted(self.items.annotate(place=every_nth).filter(place=first_places).values_list("pk", flat=True))

    @cached_property
    def num_pages(self):
        return max(1, len(self.first_ids))

    def page(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger("Số trang không phải là số nguyên") from None
        if not 1 <= number <= self.num_pages:
            raise EmptyPage("Trang này không có mục nào")
        articles = self.items.order_by("pk")
        if self.first_ids:
            articles = articles.filter(pk__gte=self.first_ids[number - 1])
            if number < len(self.first_ids):
                articles = articles.filter(pk__lt=self.first_ids[number])
        return SimpleNamespace(object_list=articles)


class SectionSitemap(Sitemap):
    changefreq = "daily"
    limit = 1000

    def items(self):
        return Section.objects.all()


class TagSitemap(Sitemap):
    changefreq = "weekly"
    limit = 1000

    def items(self):
        # EXISTS stops at each tag's first published article, where a DISTINCT join read every tagged one.
        published = Article.objects.published().filter(tags=OuterRef("pk"))
        return Tag.objects.filter(Exists(published)).order_by("name")
