from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from unionportal.text import unique_slug


class PollQuerySet(models.QuerySet):
    def published(self, now=None):
        """Polls readers can see: their opening time has come (open now, or closed with results)."""
        return self.filter(is_published=True, opens_at__lte=now or timezone.now())

    def open(self, now=None):
        now = now or timezone.now()
        return self.published(now).filter(Q(closes_at__isnull=True) | Q(closes_at__gt=now))


class Poll(models.Model):
    """A thăm dò ý kiến: one question, a few options, one vote per browser."""

    question = models.CharField("câu hỏi", max_length=300)
    slug = models.SlugField("đường dẫn", max_length=255, unique=True, blank=True)
    description = models.TextField("giới thiệu", blank=True)
    opens_at = models.DateTimeField("mở lúc", default=timezone.now)
    closes_at = models.DateTimeField("đóng lúc", null=True, blank=True, help_text="Để trống thì mở đến khi đóng tay.")
    is_published = models.BooleanField("hiện trên cổng", default=True)
    show_in_sidebar = models.BooleanField("hiện ở cột bên", default=True)
    votes_per_address = models.PositiveSmallIntegerField(
        "số phiếu tối đa mỗi địa chỉ mạng",
        default=20,
        help_text="Một cơ quan dùng chung một địa chỉ mạng; con số này chặn việc bỏ phiếu hàng loạt.",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)

    objects = PollQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_at", "-id"]
        verbose_name = "thăm dò ý kiến"
        verbose_name_plural = "thăm dò ý kiến"
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__isnull=True) | Q(closes_at__gt=models.F("opens_at")),
                name="polls_poll_closes_after_opening",
                violation_error_message="Thời điểm đóng phải sau thời điểm mở.",
            ),
        ]

    def __str__(self):
        return self.question

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self).objects.exclude(pk=self.pk), self.question, fallback="tham-do")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("polls:poll", kwargs={"slug": self.slug})

    @property
    def is_open(self):
        now = timezone.now()
        return self.is_published and self.opens_at <= now and (self.closes_at is None or self.closes_at > now)


class PollOption(models.Model):
    poll = models.ForeignKey("polls.Poll", on_delete=models.CASCADE, related_name="options", verbose_name="thăm dò")
    text = models.CharField("phương án", max_length=200)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = "phương án trả lời"
        verbose_name_plural = "phương án trả lời"

    def __str__(self):
        return self.text


class PollVote(models.Model):
    """One browser's vote. The browser and address are kept only as salted hashes."""

    poll = models.ForeignKey("polls.Poll", on_delete=models.CASCADE, related_name="votes", verbose_name="thăm dò")
    option = models.ForeignKey(
        "polls.PollOption", on_delete=models.CASCADE, related_name="votes", verbose_name="phương án"
    )
    voter = models.CharField("trình duyệt (mã băm)", max_length=64)
    address = models.CharField("địa chỉ mạng (mã băm)", max_length=64, db_index=True)
    at = models.DateTimeField("lúc", default=timezone.now)

    class Meta:
        ordering = ["-at"]
        verbose_name = "phiếu"
        verbose_name_plural = "phiếu"
        constraints = [models.UniqueConstraint("poll", "voter", name="polls_pollvote_once_per_browser")]

    def __str__(self):
        return f"{self.poll_id}: {self.option}"
