"""Photo albums: the gallery, a page per photo, the link from articles, and uploading many photos."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from albums.models import Album, AlbumPhoto
from portal import chrome
from portal.models import SiteSettings
from tests.albums.factories import AlbumFactory, AlbumPhotoFactory
from tests.images import uploaded_image
from tests.news.factories import ArticleFactory
from tests.portal.factories import AnniversaryFactory, AnnouncementFactory, SlideFactory

pytestmark = pytest.mark.django_db


def page_text(response):
    assert response.status_code == 200
    return response.content.decode()


def photo_url(album, position):
    return reverse("albums:album_photo", kwargs={"slug": album.slug, "position": position})


@pytest.fixture
def album():
    album = AlbumFactory(title="Đại hội Công đoàn ngành Y tế nhiệm kỳ 2023-2028")
    for order, caption in enumerate(["Đoàn chủ tịch", "Đại biểu biểu quyết", "Ban chấp hành mới ra mắt"]):
        AlbumPhotoFactory(album=album, caption=caption, order=order)
    return album


class TestAlbumPage:
    def test_a_gallery_of_thumbnails_with_captions_each_linking_to_its_photo_page(self, client, album):
        page = page_text(client.get(album.get_absolute_url()))
        assert "Đại hội Công đoàn ngành Y tế nhiệm kỳ 2023-2028" in page
        assert "27/03/2026" in page
        assert "3 ảnh" in page
        photos = list(album.photos.all())
        for position, photo in enumerate(photos, start=1):
            assert photo.caption in page
            assert f'href="{photo_url(album, position)}"' in page
            assert photo.thumbnail.url in page
            assert f'data-large="{photo.large.url}"' in page
        # In the order staff gave them.
        assert page.index("Đoàn chủ tịch") < page.index("Đại biểu biểu quyết") < page.index("Ban chấp hành mới ra mắt")

    def test_the_lightbox_script_and_dialog_come_only_with_albums(self, client, album):
        page = page_text(client.get(album.get_absolute_url()))
        assert "js/album.js" in page
        assert '<dialog class="lightbox"' in page
        assert "js/album.js" not in page_text(client.get(reverse("portal:home")))

    def test_a_photo_without_caption_is_still_described(self, client):
        photo = AlbumPhotoFactory(caption="")
        page = page_text(client.get(photo.album.get_absolute_url()))
        assert 'alt="Ảnh 1"' in page

    def test_lists_the_published_articles_that_link_to_it(self, client, album):
        ArticleFactory(title="Khai mạc Đại hội Công đoàn ngành Y tế", album=album)
        ArticleFactory(title="Bản nháp về Đại hội", album=album, draft=True)
        ArticleFactory(title="Bài viết không dẫn tới album")
        page = page_text(client.get(album.get_absolute_url()))
        assert "Khai mạc Đại hội Công đoàn ngành Y tế" in page
        assert "Bản nháp về Đại hội" not in page
        assert "Bài viết không dẫn tới album" not in page

    def test_an_unpublished_album_is_404_everywhere(self, client, album):
        album.is_published = False
        album.save()
        assert client.get(album.get_absolute_url()).status_code == 404
        assert client.get(photo_url(album, 1)).status_code == 404
        assert album.title not in page_text(client.get(reverse("albums:album_list")))


class TestPhotoPage:
    def test_shows_the_photo_large_with_caption_and_links_before_and_after(self, client, album):
        first, second, third = album.photos.all()
        page = page_text(client.get(photo_url(album, 2)))
        assert second.large.url in page
        assert "Đại biểu biểu quyết" in page
        assert "Ảnh 2/3" in page
        assert re.search(rf'href="{photo_url(album, 1)}" rel="prev"', page)
        assert re.search(rf'href="{photo_url(album, 3)}" rel="next"', page)
        assert f'href="{album.get_absolute_url()}"' in page
        # The size of the large rendition (800×600 photos are never enlarged) is reserved.
        assert 'width="800" height="600"' in page

    def test_the_first_has_no_previous_and_the_last_no_next(self, client, album):
        first_page = page_text(client.get(photo_url(album, 1)))
        assert 'rel="prev"' not in first_page
        assert f'href="{photo_url(album, 2)}" rel="next"' in first_page
        last_page = page_text(client.get(photo_url(album, 3)))
        assert f'href="{photo_url(album, 2)}" rel="prev"' in last_page
        assert 'rel="next"' not in last_page

    @pytest.mark.parametrize("position", [0, 4, 99])
    def test_a_position_outside_the_album_is_404(self, client, album, position):
        assert client.get(photo_url(album, position)).status_code == 404


class TestAlbumList:
    def test_lists_published_albums_with_photos_cover_and_count(self, client, album):
        AlbumFactory(title="Album chưa có ảnh")
        page = page_text(client.get(reverse("albums:album_list")))
        assert album.title in page
        assert album.photos.first().thumbnail.url in page
        assert "3 ảnh" in page
        assert "Album chưa có ảnh" not in page


class TestArticleLink:
    def test_an_article_links_to_its_album_with_the_number_of_photos(self, client, album):
        article = ArticleFactory(album=album)
        page = page_text(client.get(article.get_absolute_url()))
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))
        assert "Xem album ảnh: Đại hội Công đoàn ngành Y tế nhiệm kỳ 2023-2028 (3 ảnh)" in text
        assert f'href="{album.get_absolute_url()}"' in page

    def test_no_link_to_an_unpublished_or_empty_album(self, client):
        hidden = AlbumFactory(title="Album đang soạn", is_published=False)
        AlbumPhotoFactory(album=hidden)
        empty = AlbumFactory(title="Album rỗng")
        for album in [hidden, empty]:
            page = page_text(client.get(ArticleFactory(album=album).get_absolute_url()))
            assert "Xem album ảnh" not in page

    def test_the_staff_preview_shows_the_link_too(self, client, editor, album):
        article = ArticleFactory(album=album, draft=True)
        page = page_text(client.get(reverse("admin:news_article_preview", args=[article.pk])))
        assert "(3 ảnh)" in page


def fill_chrome():
    """What surrounds every public page, as in production (see test_queries)."""
    SiteSettings.load()
    SlideFactory.create_batch(2)
    AnnouncementFactory()
    AnniversaryFactory()


# The chrome (menu, slides, running line, the side column's poll and quick links) comes from the
# cache (portal/chrome.py): each album page makes its own three queries.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("album", 3),  # the album, its photos, the articles that link to it
        ("photo", 3),  # the album, the photo and its neighbours, the number of photos
        ("list", 3),  # the count, the page of albums with their numbers of photos, their covers
    ],
)
@pytest.mark.parametrize("photos_per_album", [2, 20])
def test_query_count_is_fixed(client, django_assert_num_queries, page, expected, photos_per_album):
    fill_chrome()
    albums = AlbumFactory.create_batch(3)
    for album in albums:
        AlbumPhotoFactory.create_batch(photos_per_album, album=album)
        ArticleFactory.create_batch(2, album=album)
    url = {
        "album": albums[0].get_absolute_url(),
        "photo": photo_url(albums[0], 2),
        "list": reverse("albums:album_list"),
    }[page]
    chrome.current()
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


class TestAdmin:
    def album_form(self, **overrides):
        data = {
            "title": "Hội thao ngành Y tế 2026",
            "slug": "",
            "event_date": "15/05/2026",
            "description": "",
            "is_published": "on",
            "photos-TOTAL_FORMS": "0",
            "photos-INITIAL_FORMS": "0",
            "photos-MIN_NUM_FORMS": "0",
            "photos-MAX_NUM_FORMS": "1000",
        }
        return data | overrides

    def test_many_photos_at_once_and_a_non_image_refused_by_name(self, client, editor):
        not_a_photo = SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 not a photo", content_type="application/pdf")
        response = client.post(
            reverse("admin:albums_album_add"),
            self.album_form(
                new_photos=[uploaded_image("b.jpg"), not_a_photo, uploaded_image("a.png", image_format="PNG")]
            ),
            follow=True,
        )
        assert response.status_code == 200
        album = Album.objects.get(title="Hội thao ngành Y tế 2026")
        photos = list(album.photos.all())
        assert len(photos) == 2
        # Ordered by file name, as a camera numbers its shots.
        assert [photo.image.name.rsplit("/", 1)[-1][:1] for photo in photos] == ["a", "b"]
        assert [photo.order for photo in photos] == [1, 2]
        page = response.content.decode()
        assert "Đã thêm 2 ảnh vào album" in page
        assert "Không nhận tệp “bao-cao.pdf”" in page
        assert "không phải là ảnh hợp lệ" in page

    def test_new_photos_go_after_the_existing_ones(self, client, editor, album):
        last = album.photos.last()
        data = self.album_form(
            title=album.title,
            slug=album.slug,
            event_date="27/03/2026",
            **{"photos-TOTAL_FORMS": "0", "photos-INITIAL_FORMS": "0"},
            new_photos=[uploaded_image("moi.jpg")],
        )
        response = client.post(reverse("admin:albums_album_change", args=[album.pk]), data)
        assert response.status_code == 302
        assert album.photos.count() == 4
        assert album.photos.last().order == last.order + 1

    def test_only_refused_files_leave_the_album_as_it_was(self, client, editor):
        response = client.post(
            reverse("admin:albums_album_add"),
            self.album_form(new_photos=[SimpleUploadedFile("ghi-chu.txt", b"van ban", content_type="text/plain")]),
            follow=True,
        )
        assert "Không nhận tệp “ghi-chu.txt”" in response.content.decode()
        assert Album.objects.filter(title="Hội thao ngành Y tế 2026").exists()
        assert not AlbumPhoto.objects.exists()

    def test_the_photo_list_shows_thumbnails_to_caption(self, client, editor, album):
        page = page_text(client.get(reverse("admin:albums_album_change", args=[album.pk])))
        assert album.photos.first().thumbnail.url in page
        assert 'name="new_photos"' in page
        assert "multiple" in page

    def test_editors_pick_the_album_and_tags_of_an_article_by_typing(self, client, editor):
        page = page_text(client.get(reverse("admin:news_article_add")))
        assert 'name="album"' in page
        assert 'name="tags"' in page
        assert page.count("admin-autocomplete") >= 3  # campaign, tags, album
        response = client.get(
            reverse("admin:autocomplete"),
            {"term": "Đại hội", "app_label": "news", "model_name": "article", "field_name": "album"},
        )
        assert response.status_code == 200
