import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from news import reads
from news.models import ReadCount
from tests.news.factories import ArticleFactory
from tests.news.test_queries import EXPECTED_QUERIES

pytestmark = pytest.mark.django_db

PHONE = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
)
DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def read(client, article, user_agent=PHONE, address="113.161.1.10"):
    return client.get(article.get_absolute_url(), HTTP_USER_AGENT=user_agent, REMOTE_ADDR=address)


def reads_of(article):
    return sum(ReadCount.objects.filter(article=article).values_list("count", flat=True))


def test_a_person_reading_counts_once_however_often_they_reload(client):
    article = ArticleFactory()
    for _ in range(3):
        read(client, article)
    read(client, article, user_agent=DESKTOP)
    reads.flush()
    assert reads_of(article) == 2


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36",
        "curl/8.5.0",
        "",
    ],
)
def test_bots_and_scripts_are_not_counted(client, user_agent):
    article = ArticleFactory()
    read(client, article, user_agent=user_agent)
    assert reads.pending() == 0


def test_a_read_does_not_write_to_the_database(client, django_assert_max_num_queries):
    article = ArticleFactory()
    read(client, article)
    with django_assert_max_num_queries(EXPECTED_QUERIES["article"]) as queries:
        read(client, article, address="113.161.1.11")
    assert not any(query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE")) for query in queries.captured_queries)
    assert reads.pending() == 2
    assert not ReadCount.objects.exists()


def test_reads_are_written_in_one_batch(client, settings):
    settings.NEWS_READS_FLUSH_EVERY = 3
    article = ArticleFactory()
    read(client, article, address="10.0.0.1")
    read(client, article, address="10.0.0.2")
    assert not ReadCount.objects.exists()
    read(client, article, address="10.0.0.3")
    assert reads_of(article) == 3
    assert reads.pending() == 0


def test_drafts_are_not_counted(client, publisher):
    draft = ArticleFactory(draft=True)
    client.get(reverse("admin:news_article_preview", args=[draft.pk]), HTTP_USER_AGENT=PHONE)
    assert reads.pending() == 0


def test_most_read_lists_the_last_seven_days(client):
    today = timezone.localdate()
    popular, steady, old = ArticleFactory(title="Bài đọc nhiều"), ArticleFactory(title="Bài đọc vừa"), ArticleFactory()
    ReadCount.objects.create(article=popular, day=today, count=120)
    ReadCount.objects.create(article=steady, day=today - datetime.timedelta(days=6), count=40)
    ReadCount.objects.create(article=old, day=today - datetime.timedelta(days=7), count=900)

    home = client.get(reverse("portal:home")).content.decode()
    section = home[home.index("Đọc nhiều") :]
    assert section.index("Bài đọc nhiều") < section.index("Bài đọc vừa")
    assert old.title not in section
    assert "120 lượt đọc" in section

    page = read(client, steady).content.decode()
    assert "Đọc nhiều" in page and "Bài đọc nhiều" in page[page.index("Đọc nhiều") :]
