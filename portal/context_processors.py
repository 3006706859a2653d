from django.utils.functional import SimpleLazyObject

from portal import chrome


def site_chrome(request):
    """The header, banner, running line, menu and footer of every public page (portal/chrome.py),
    fetched lazily so admin pages, feeds and redirects pay nothing for them."""
    current = SimpleLazyObject(chrome.current)
    return {
        "chrome": current,
        "site": SimpleLazyObject(lambda: current.site),
        "menu_items": SimpleLazyObject(lambda: current.menu_items),
        "menu_sections": SimpleLazyObject(lambda: current.menu_sections),
        "slides": SimpleLazyObject(lambda: current.slides),
        "running_line": SimpleLazyObject(lambda: current.running_line),
    }
