from django.db import models


class ReadCount(models.Model):
    """How many times readers opened an article on one day (Hanoi time).

    Written in batches from a buffer (see news/reads.py), never once per page view.
    """

    article = models.ForeignKey(
        "news.Article", on_delete=models.CASCADE, related_name="read_counts", verbose_name="bài viết"
    )
    day = models.DateField("ngày")
    count = models.PositiveIntegerField("lượt đọc", default=0)

    class Meta:
        ordering = ["-day", "-count"]
        verbose_name = "lượt đọc"
        verbose_name_plural = "lượt đọc"
        constraints = [models.UniqueConstraint("article", "day", name="news_readcount_once_per_day")]
        indexes = [models.Index(fields=["day", "article"], name="news_readcount_day_idx")]

    def __str__(self):
        return f"{self.article_id} – {self.day:%d/%m/%Y}: {self.count}"
