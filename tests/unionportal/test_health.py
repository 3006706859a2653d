"""The load balancer's health check: database, cache and media storage, and nothing told to the caller."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.urls import reverse

from tests.unionportal.outages import CLOSED_REDIS, database_away

pytestmark = pytest.mark.django_db


def test_all_well_answers_ok_and_is_never_cached(client):
    response = client.get(reverse("health"))
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]
    assert "Set-Cookie" not in response


def test_database_away_answers_fail_without_saying_why(client, caplog):
    with database_away():
        response = client.get(reverse("health"))
    assert (response.status_code, response.content) == (503, b"fail")
    assert "Health check failed: database" in caplog.text


def test_cache_away_answers_fail(client, settings):
    settings.CACHES = CLOSED_REDIS
    response = client.get(reverse("health"))
    assert (response.status_code, response.content) == (503, b"fail")


def test_media_storage_that_cannot_be_written_answers_fail(client, settings, tmp_path):
    not_a_folder = tmp_path / "media"
    not_a_folder.write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = not_a_folder
    response = client.get(reverse("health"))
    assert (response.status_code, response.content) == (503, b"fail")


def test_a_failing_check_leaves_no_probe_file_behind(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with mock.patch("unionportal.views.connection.cursor", side_effect=OperationalError("away")):
        client.get(reverse("health"))
    assert not any(path.is_file() for path in tmp_path.rglob("*"))


def test_the_sitemaps_do_not_list_it(client):
    assert reverse("health") not in client.get("/sitemap-pages.xml").content.decode()
