import datetime

import pytest
from django.utils import timezone

from news.models import Article, Section
from portal.models import Anniversary
from tests.news.factories import ArticleFactory, SectionFactory
from tests.portal.factories import AnniversaryFactory

pytestmark = pytest.mark.django_db


class TestSlugs:
    @pytest.mark.parametrize(
        ("title", "slug"),
        [
            ("Đại hội Công đoàn ngành Y tế lần thứ XV", "dai-hoi-cong-doan-nganh-y-te-lan-thu-xv"),
            ("Phong trào “Lao động giỏi, lao động sáng tạo”", "phong-trao-lao-dong-gioi-lao-dong-sang-tao"),
            ("Nhiệm kỳ 2023–2028: đoàn kết, đổi mới", "nhiem-ky-2023-2028-doan-ket-doi-moi"),
            ("Trao quà Tết cho đoàn viên có hoàn cảnh khó khăn", "trao-qua-tet-cho-doan-vien-co-hoan-canh-kho-khan"),
        ],
    )
    def test_slug_reads_like_the_title_without_marks(self, title, slug):
        assert ArticleFactory(title=title).slug == slug

    def test_same_title_gets_a_unique_slug(self):
        first = ArticleFactory(title="Hội nghị tổng kết năm")
        second = ArticleFactory(title="Hội nghị tổng kết năm")
        third = ArticleFactory(title="Hội nghị tổng kết năm")
        assert [first.slug, second.slug, third.slug] == [
            "hoi-nghi-tong-ket-nam",
            "hoi-nghi-tong-ket-nam-2",
            "hoi-nghi-tong-ket-nam-3",
        ]

    def test_slug_survives_later_edits_of_the_title(self):
        article = ArticleFactory(title="Tiêu đề ban đầu")
        article.title = "Tiêu đề đã sửa"
        article.save()
        assert article.slug == "tieu-de-ban-dau"

    def test_section_slug_from_its_name(self):
        assert Section.objects.create(name="Chăm lo đời sống đoàn viên").slug == "cham-lo-doi-song-doan-vien"


class TestVisibility:
    def test_only_published_articles_whose_time_has_come_are_public(self):
        public = ArticleFactory()
        ArticleFactory(draft=True)
        ArticleFactory(scheduled=True)
        assert list(Article.objects.published()) == [public]

    def test_scheduled_article_appears_by_itself_when_its_time_comes(self):
        article = ArticleFactory(published_at=timezone.now() + datetime.timedelta(seconds=1))
        assert not Article.objects.published().exists()
        Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - datetime.timedelta(seconds=1))
        assert list(Article.objects.published()) == [article]

    def test_article_states(self):
        assert ArticleFactory().is_public
        assert ArticleFactory(scheduled=True).is_scheduled
        assert not ArticleFactory(draft=True).is_public

    def test_body_is_sanitised_when_saved(self):
        article = ArticleFactory(body='<p onclick="steal()">Chào <script>alert(1)</script>mừng</p>')
        article.refresh_from_db()
        assert article.body == "<p>Chào mừng</p>"


class TestAnniversary:
    def test_wording_counts_years_and_shows_both_dates(self):
        anniversary = AnniversaryFactory(
            name="Ngày thành lập Công đoàn Việt Nam", original_date=datetime.date(1929, 7, 28)
        )
        assert anniversary.wording(datetime.date(2026, 7, 10)) == (
            "Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/07/1929 - 28/07/2026)"
        )

    def test_count_moves_on_each_year_without_retyping(self):
        anniversary = AnniversaryFactory(name="Ngày Thầy thuốc Việt Nam", original_date=datetime.date(1955, 2, 27))
        assert "Kỷ niệm 71 năm" in anniversary.wording(datetime.date(2026, 2, 20))
        assert "Kỷ niệm 72 năm" in anniversary.wording(datetime.date(2027, 2, 20))

    def test_shown_only_in_the_weeks_before_its_date(self):
        anniversary = AnniversaryFactory(original_date=datetime.date(1886, 5, 1), days_before=30)
        assert not anniversary.is_due(datetime.date(2026, 3, 31))
        assert anniversary.is_due(datetime.date(2026, 4, 1))
        assert anniversary.is_due(datetime.date(2026, 5, 1))
        assert not anniversary.is_due(datetime.date(2026, 5, 2))

    def test_window_crossing_new_year_counts_the_coming_year(self):
        anniversary = AnniversaryFactory(
            name="Ngày thành lập Đảng", original_date=datetime.date(1930, 2, 3), days_before=60
        )
        today = datetime.date(2026, 12, 20)
        assert anniversary.is_due(today)
        assert anniversary.wording(today) == "Kỷ niệm 97 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2027)"

    def test_due_lists_only_enabled_and_due_soonest_first(self):
        may_day = AnniversaryFactory(name="Ngày Quốc tế Lao động", original_date=datetime.date(1886, 5, 1))
        union_day = AnniversaryFactory(original_date=datetime.date(1929, 4, 20))
        AnniversaryFactory(name="Tắt", original_date=datetime.date(1930, 4, 25), is_enabled=False)
        AnniversaryFactory(name="Còn xa", original_date=datetime.date(1945, 9, 2))
        assert Anniversary.objects.due(datetime.date(2026, 4, 15)) == [union_day, may_day]

    def test_leap_day_is_kept_on_28_february_in_common_years(self):
        anniversary = AnniversaryFactory(original_date=datetime.date(1960, 2, 29))
        assert anniversary.wording(datetime.date(2026, 2, 1)).endswith("(29/02/1960 - 28/02/2026)")


def test_sections_for_home():
    SectionFactory(name="Tin tức", show_on_home=False)
    SectionFactory(name="Khối trang chủ", show_on_home=True)
    assert [s.name for s in Section.objects.on_home()] == ["Khối trang chủ"]
