"""Polls: the questions, their options and the votes counted so far."""

from django.contrib import admin
from django.db import models
from django.utils.html import format_html, format_html_join

from polls.models import Poll, PollOption
from polls.voting import Ballot, counted_options


class PollOptionInline(admin.TabularInline):
    model = PollOption
    fields = ["text", "order", "votes_counted"]
    readonly_fields = ["votes_counted"]

    def get_queryset(self, request):
        return counted_options(super().get_queryset(request))

    def get_extra(self, request, obj=None, **kwargs):
        return 1 if obj else 3

    @admin.display(description="số phiếu")
    def votes_counted(self, option):
        return getattr(option, "vote_count", None) if option.pk else "—"


@admin.register(Poll)
class PollAdmin(admin.ModelAdmin):
    list_display = ["question", "opens_at", "closes_at", "is_published", "show_in_sidebar", "results"]
    list_filter = ["is_published", "show_in_sidebar"]
    search_fields = ["question"]
    date_hierarchy = "opens_at"
    fields = [
        "question",
        "slug",
        "description",
        "opens_at",
        "closes_at",
        "is_published",
        "show_in_sidebar",
        "votes_per_address",
        "results",
    ]
    readonly_fields = ["results"]
    inlines = [PollOptionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(models.Prefetch("options", queryset=counted_options()))

    @admin.display(description="kết quả")
    def results(self, poll):
        """The votes as readers see them once the poll closes, counted in the database."""
        if not poll.pk:
            return "—"
        ballot = Ballot.of(poll, poll.options.all())
        if not ballot.total:
            return "Chưa có phiếu."
        choices = format_html_join(
            "", "<li>{}: {} phiếu ({}%)</li>", ((c.option.text, c.votes, c.percent) for c in ballot.choices)
        )
        return format_html("<ul>{}</ul><p>Tổng số: {} phiếu</p>", choices, ballot.total)
