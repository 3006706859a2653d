"""What the site layer adds to one app's page from the apps above it.

A campaign's page shows its news, its documents and whether it has an honour roll; an album's
page shows the articles about its event. Those rows belong to apps that know emulation or albums,
not the other way round, so the page's own view cannot fetch them: the site layer registers a
part for each (portal/pages.py) and the view adds every registered part to its context.
"""

from collections import defaultdict

_parts = defaultdict(dict)


def add_part(page, name, part):
    """Put `part(obj)` into the context of `page` (e.g. "campaign") under `name`."""
    _parts[page][name] = part


def parts_of(page, obj):
    return {name: part(obj) for name, part in _parts[page].items()}
