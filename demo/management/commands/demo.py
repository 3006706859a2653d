import time

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from albums.models import Album, AlbumPhoto
from news.demo import builder, documents, photos, site
from news.models import Article, Section, Tag
from polls.models import Poll, PollVote
from polls.voting import digest
from portal.models import QuickLink


class Command(BaseCommand):
    help = (
        "Điền nội dung mẫu vào cơ sở dữ liệu trống: thông tin trang, chuyên mục, bài viết có ảnh, ảnh băng rôn, "
        "dòng chữ chạy. Chạy lại không thay đổi gì. --articles N thêm N bài viết sinh tự động (để đo hiệu năng)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            metavar="N",
            help="Thêm N bài viết đã xuất bản, rải đều trong 5 năm (tạo nội dung mẫu trước nếu cơ sở dữ liệu trống).",
        )

    def handle(self, *args, articles, **options):
        if articles < 0:
            raise CommandError("--articles phải là số không âm.")
        started = time.perf_counter()
        # Sections are the first thing a real portal has, and articles cannot exist without one.
        if Section.objects.exists():
            if not articles:
                self.stdout.write("Đã có nội dung (có chuyên mục): bỏ qua, không thay đổi gì.")
        else:
            made = builder.create_site()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã tạo nội dung mẫu trong {time.perf_counter() - started:.1f} giây: "
                    f"{made['sections']} chuyên mục, {made['articles']} bài viết ({made['published']} đã xuất bản, "
                    f"{made['drafts']} bản nháp, {made['scheduled']} hẹn giờ), {made['photos']} ảnh trong bài, "
                    f"{made['slides']} ảnh băng rôn, {made['announcements']} khẩu hiệu, "
                    f"{made['anniversaries']} ngày kỷ niệm."
                )
            )
        if articles:
            started = time.perf_counter()
            added = builder.add_generated_articles(articles)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã thêm {added} bài viết sinh tự động trong {time.perf_counter() - started:.1f} giây."
                )
            )
        self.link_articles_to_campaigns()
        self.create_documents()
        self.create_polls_and_links()
        self.create_album_and_tags()

    def link_articles_to_campaigns(self):
        linked = builder.link_articles_to_campaigns()
        if linked:
            self.stdout.write(f"Bài viết gắn với phong trào thi đua: {linked}.")

    def create_documents(self):
        made, attached, waiting = documents.create_documents()
        attached_note = f", {attached} văn bản có sẵn nay gắn với phong trào" if attached else ""
        self.stdout.write(f"Văn bản: {made} văn bản mới{attached_note}.")
        if waiting:
            self.stdout.write(
                f"{waiting} văn bản chờ phong trào của mình: chạy demo_emulation rồi chạy lại lệnh này để gắn vào."
            )

    def create_polls_and_links(self):
        """A poll open in the side column, one closed with its results, and the partner sites; once."""
        if not Poll.objects.exists():
            now = timezone.now()
            running = Poll.objects.create(
                question="Theo bạn, Công đoàn ngành cần quan tâm hơn đến hoạt động nào trong năm 2026?",
                opens_at=now - timezone.timedelta(days=10),
            )
            closed = Poll.objects.create(
                question="Bạn đánh giá thế nào về các hoạt động trong Tháng Công nhân năm 2026?",
                opens_at=now - timezone.timedelta(days=60),
                closes_at=now - timezone.timedelta(days=20),
                show_in_sidebar=False,
            )
            votes = []
            for poll, options in [
                (
                    running,
                    {
                        "Chăm lo đời sống, thăm hỏi đoàn viên khó khăn": 46,
                        "Bảo vệ quyền lợi, chế độ chính sách cho người lao động": 38,
                        "Phong trào thi đua, văn hóa, thể thao": 17,
                        "Đào tạo, nâng cao kỹ năng nghề nghiệp": 23,
                    },
                ),
                (closed, {"Rất thiết thực": 52, "Thiết thực": 31, "Cần đổi mới cách làm": 9}),
            ]:
                for order, (text, count) in enumerate(options.items()):
                    option = poll.options.create(text=text, order=order)
                    votes += [
                        PollVote(
                            poll=poll,
                            option=option,
                            voter=digest("voter", f"demo-{poll.pk}-{order}-{number}"),
                            address=digest("address", f"192.0.2.{number % 40}"),
                        )
                        for number in range(count)
                    ]
            PollVote.objects.bulk_create(votes)
            self.stdout.write(f"Thăm dò ý kiến: 2 cuộc thăm dò, {len(votes)} phiếu mẫu.")
        if not QuickLink.objects.exists():
            links = QuickLink.objects.bulk_create(
                QuickLink(title=title, url=url, order=order)
                for order, (title, url) in enumerate(
                    [
                        ("Tổng Liên đoàn Lao động Việt Nam", "https://congdoan.vn/"),
                        ("Công đoàn Y tế Việt Nam", "https://congdoanyte.vn/"),
                        ("Bộ Y tế", "https://moh.gov.vn/"),
                        ("Bảo hiểm xã hội Việt Nam", "https://baohiemxahoi.gov.vn/"),
                        ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
                        ("Báo Lao Động", "https://laodong.vn/"),
                    ]
                )
            )
            self.stdout.write(f"Liên kết: {len(links)} trang đối tác.")

    def create_album_and_tags(self):
        """A photo album of a base union's congress, linked from its article, and tags on the
        articles whose titles name them; once."""
        if Album.objects.exists() or Tag.objects.exists():
            return
        album = Album.objects.create(
            title="Đại hội Công đoàn Trung tâm Y tế Can Lộc nhiệm kỳ 2023-2028",
            description="Hình ảnh phiên chính thức của Đại hội (ảnh minh họa).",
            event_date=timezone.localdate() - timezone.timedelta(days=30),
        )
        colours, _ = builder.LOOKS[site.BASE_UNIONS]
        shots = [
            ("people", "Đoàn chủ tịch điều hành phiên khai mạc Đại hội"),
            ("star", "Đại biểu biểu quyết thông qua chương trình làm việc"),
            ("medal", "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc nhiệm kỳ qua"),
            ("people", "Ban Chấp hành nhiệm kỳ mới ra mắt Đại hội"),
            ("trophy", "Tặng hoa chúc mừng Chủ tịch Công đoàn tái đắc cử"),
            ("heart", "Đại biểu chụp ảnh lưu niệm"),
        ]
        for order, (motif, caption) in enumerate(shots):
            look = colours if order % 2 == 0 else colours[::-1]
            jpeg = photos.illustration((1600, 1067), look, motif, seed=f"album-{order}")
            image = ContentFile(jpeg, name=f"dai-hoi-{order + 1}.jpg")
            AlbumPhoto(album=album, image=image, caption=caption, order=order).save()
        Article.objects.filter(title__contains="tổ chức Đại hội").update(album=album)
        tagged = 0
        for name, words in [
            ("Đại hội công đoàn", "Đại hội"),
            ("Lao động giỏi, lao động sáng tạo", "Lao động giỏi"),
            ("An toàn vệ sinh lao động", "an toàn"),
            ("Sáng kiến", "sáng kiến"),
        ]:
            tag = Tag.objects.create(name=name)
            articles = Article.objects.filter(title__icontains=words)
            tag.articles.add(*articles)
            tagged += len(articles)
        self.stdout.write(f"Album ảnh: 1 album, {len(shots)} ảnh; từ khoá: 4 từ khoá gắn vào {tagged} bài viết.")
