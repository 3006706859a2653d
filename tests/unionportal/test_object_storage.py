"""Uploads in an S3-compatible bucket: moto's server over real HTTP, switched on as production is."""

import re
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from io import BytesIO
from urllib.parse import unquote

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from news.models import Article
from news.roles import PUBLISHERS
from tests.factories import StaffFactory
from tests.images import image_bytes, uploaded_image
from tests.news.factories import ArticleFactory, SectionFactory
from tests.news.test_admin import article_form
from unionportal.settings.base import media_storage_from_env

pytestmark = pytest.mark.django_db

BUCKET = "unionportal-media"
REGION = "us-east-1"
# moto accepts any keys; boto3 signs nothing without some.
KEYS = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test"}


@contextmanager
def s3_server():
    """moto's server on a free loopback port with the portal's bucket in it; yields the server's address."""
    port = free_port()
    command = [sys.executable, "-m", "moto.server", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while not port_open(port):
            assert server.poll() is None and time.monotonic() < deadline, "moto's server did not start"
            time.sleep(0.05)
        bucket_client(endpoint).create_bucket(Bucket=BUCKET)
        yield endpoint
    finally:
        server.terminate()
        server.wait()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_open(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def bucket_client(endpoint):
    keys = {name.lower(): value for name, value in KEYS.items()}
    return boto3.client("s3", endpoint_url=endpoint, region_name=REGION, **keys)


def switch_to_bucket(endpoint, settings, monkeypatch):
    """The environment production would be given, and the storage settings choose from it."""
    env = KEYS | {"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_ENDPOINT_URL": endpoint, "AWS_S3_REGION_NAME": REGION}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings.STORAGES = settings.STORAGES | {"default": media_storage_from_env()}


@pytest.fixture(scope="session")
def s3_endpoint():
    with s3_server() as endpoint:
        yield endpoint


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch, tmp_path):
    """Uploads switched to the bucket, emptied after each test; yields a client to look inside it."""
    # A folder of its own, to show that nothing lands on this node's disk.
    settings.MEDIA_ROOT = tmp_path
    switch_to_bucket(s3_endpoint, settings, monkeypatch)
    client = bucket_client(s3_endpoint)
    yield client
    for key in keys_in(client):
        client.delete_object(Bucket=BUCKET, Key=key)


@pytest.fixture
def publisher(client):
    client.force_login(StaffFactory(username="duyetbai", group=PUBLISHERS))


def keys_in(client, prefix=""):
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix)
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def object_bytes(client, key):
    return client.get_object(Bucket=BUCKET, Key=key)["Body"].read()


def image_in(client, key):
    """(format, size) of the photo the bucket keeps under the key."""
    with Image.open(BytesIO(object_bytes(client, key))) as image:
        return image.format, image.size


def media_keys(page):
    """The bucket keys behind every /media/ address a page names, in src, srcset, href or og:image."""
    return {unquote(path) for path in re.findall(r"/media/([^\s\"'?]+)", page)}


def publish_article_with_cover(client, upload):
    """What a publisher does in the admin: a new article with a cover photo, "Xuất bản"."""
    form = article_form(SectionFactory(), review_step="published") | {"cover_image": upload}
    assert client.post(reverse("admin:news_article_add"), form).status_code == 302
    return Article.objects.latest("pk")


RENDITIONS = ["cover_small", "cover_medium", "cover_fitted", "cover_large", "cover_share"]


def test_a_photo_uploaded_through_the_admin_lands_in_the_bucket_with_its_renditions(
    client, publisher, bucket, tmp_path
):
    article = publish_article_with_cover(client, uploaded_image(width=2000, height=1250))

    keys = keys_in(bucket)
    assert article.cover_image.name in keys
    assert {getattr(article, name).name for name in RENDITIONS} <= keys
    assert image_in(bucket, article.cover_image.name) == ("JPEG", (2000, 1250))
    assert image_in(bucket, article.cover_large.name) == ("WEBP", (1200, 750))
    # nginx serves what the bucket says a file is, and nosniff forbids a browser to guess.
    assert bucket.head_object(Bucket=BUCKET, Key=article.cover_large.name)["ContentType"] == "image/webp"
    assert not any(tmp_path.iterdir())


def test_the_article_page_names_same_origin_media_addresses_whose_keys_are_in_the_bucket(
    client, publisher, bucket, s3_endpoint
):
    article = publish_article_with_cover(client, uploaded_image("ảnh hội nghị.jpg"))

    page = client.get(article.get_absolute_url()).content.decode()

    named = media_keys(page)
    assert article.cover_large.name in named
    assert "ảnh_hội_nghị" in article.cover_large.name
    assert named <= keys_in(bucket)
    assert s3_endpoint.removeprefix("http://") not in page


def test_a_deleted_rendition_object_is_made_again_under_its_name_when_the_page_loads(client, bucket):
    article = ArticleFactory(with_cover=True)
    large = article.cover_large.name
    renditions = keys_in(bucket, "renditions/")
    bucket.delete_object(Bucket=BUCKET, Key=large)

    page = client.get(article.get_absolute_url()).content.decode()

    assert large in media_keys(page)
    assert keys_in(bucket, "renditions/") == renditions
    assert image_in(bucket, large) == ("WEBP", article.cover_large_size)


def test_two_uploads_with_the_same_file_name_keep_both(client, publisher, bucket):
    red, blue = image_bytes(color=(200, 0, 0)), image_bytes(color=(0, 0, 200))
    first = publish_article_with_cover(client, SimpleUploadedFile("anh.jpg", red, content_type="image/jpeg"))
    second = publish_article_with_cover(client, SimpleUploadedFile("anh.jpg", blue, content_type="image/jpeg"))

    assert first.cover_image.name != second.cover_image.name
    assert object_bytes(bucket, first.cover_image.name) == red
    assert object_bytes(bucket, second.cover_image.name) == blue


def test_the_health_check_passes_with_the_bucket_and_leaves_no_probe_behind(client, bucket):
    response = client.get(reverse("health"))
    assert (response.status_code, response.content) == (200, b"ok")
    assert not keys_in(bucket)


def test_the_health_check_fails_when_the_bucket_server_is_stopped(client, settings, monkeypatch, caplog):
    with s3_server() as endpoint:
        switch_to_bucket(endpoint, settings, monkeypatch)
        assert client.get(reverse("health")).status_code == 200
    response = client.get(reverse("health"))
    assert (response.status_code, response.content) == (503, b"fail")
    assert "Health check failed: media storage" in caplog.text


def test_uploads_stay_in_the_media_folder_unless_a_bucket_is_named(monkeypatch):
    monkeypatch.delenv("AWS_STORAGE_BUCKET_NAME", raising=False)
    assert media_storage_from_env() == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_readers_are_asked_to_try_again_while_the_bucket_is_away(settings, monkeypatch):
    with s3_server() as endpoint:
        switch_to_bucket(endpoint, settings, monkeypatch)
        article = ArticleFactory(with_cover=True)
    response = Client(raise_request_exception=False).get(article.get_absolute_url())
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
