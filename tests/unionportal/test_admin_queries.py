"""The admin lists staff open most make a fixed number of queries, at most 12, however many rows there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.awards.factories import DecisionFactory
from tests.members.factories import MemberFactory
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
LISTS = {
    "news_article": ArticleFactory,
    "members_member": MemberFactory,
    "awards_decision": DecisionFactory,
}


def count_queries(client, url):
    client.get(url)  # the session, permissions and settings are read once
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("model", list(LISTS))
def test_an_admin_list_makes_as_many_queries_with_many_rows_as_with_few(admin_client, model):
    url = reverse(f"admin:{model}_changelist")
    LISTS[model].create_batch(2)
    few = count_queries(admin_client, url)
    LISTS[model].create_batch(40)
    many = count_queries(admin_client, url)
    assert many == few <= MAX_QUERIES, (few, many)
