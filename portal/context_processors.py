from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from portal.models import Anniversary, Announcement, SiteSettings, Slide
from portal.models.menu import menu, menu_sections


def running_line():
    """What scrolls under the banner: staff's announcements, then anniversaries worded for today."""
    today = timezone.localdate()
    items = [{"text": a.text, "link": a.link} for a in Announcement.objects.published()]
    items += [{"text": a.wording(today), "link": a.link} for a in Anniversary.objects.due(today)]
    return items


def site_chrome(request):
    """The header, banner, running line, menu and footer of every public page, fetched lazily
    so admin pages, feeds and redirects pay nothing for them."""
    menu_items = SimpleLazyObject(menu)
    return {
        "site": SimpleLazyObject(SiteSettings.load),
        "menu_items": menu_items,
        "menu_sections": SimpleLazyObject(lambda: menu_sections(menu_items)),
        "slides": Slide.objects.published(),
        "running_line": SimpleLazyObject(running_line),
    }
