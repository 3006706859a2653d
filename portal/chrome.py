"""The chrome of every public page: the site's details, the menu, the banner's slides, the running
line, the side column's quick links, sections and poll.

Read from the database once per change and kept in the default cache with the page cache's
generation (unionportal.pagecache.kept_with_pages): saving anything of the public apps, or the
next moment the clock changes a page (a slide's window, a poll closing, midnight), makes it again.
So a page rendered afresh pays one cache read for it instead of six queries. It is read from the
primary even for an anonymous reader: kept for everyone until the next change, it must not come
from a replica that has not yet replayed the change.

It holds nothing of one reader: the side column's poll is kept as anyone sees it before voting;
a browser that has voted gets its own results from `side_ballot` (one query).
"""

from dataclasses import dataclass

from django.utils import timezone

from polls import voting
from portal.models import Anniversary, Announcement, QuickLink, SiteSettings, Slide
from portal.models.menu import menu, menu_sections
from unionportal import pagecache

CHROME_KEY = "pages:chrome"


@dataclass(frozen=True)
class Chrome:
    site: SiteSettings
    menu_items: list
    menu_sections: list
    slides: list
    running_line: list
    quick_links: list
    side_poll: voting.Ballot | None  # as a browser that has not voted sees it

    def side_ballot(self, voter=None):
        """The side column's poll as the browser `voter` (None: one that has not voted) sees it."""
        ballot = self.side_poll
        if ballot is None or not (voter or ballot.shows_results):
            return ballot
        return voting.ballot(ballot.poll, voter=voter)


def current():
    """The chrome as it is now: from the cache, or read (and kept) after a change."""
    return pagecache.kept_with_pages(CHROME_KEY, read)


def read():
    items = menu()
    return Chrome(
        # From the database, not SiteSettings.load()'s own cache, which may hold the row a save is
        # replacing; load() makes the row on a new portal.
        site=SiteSettings.objects.filter(pk=1).first() or SiteSettings.load(),
        menu_items=items,
        menu_sections=menu_sections(items),
        slides=list(Slide.objects.published()),
        running_line=running_line(),
        quick_links=list(QuickLink.objects.published()),
        side_poll=voting.side_column_ballot(),
    )


def running_line():
    """What scrolls under the banner: staff's announcements, then anniversaries worded for today."""
    today = timezone.localdate()
    items = [{"text": a.text, "link": a.link} for a in Announcement.objects.published()]
    items += [{"text": a.wording(today), "link": a.link} for a in Anniversary.objects.due(today)]
    return items
