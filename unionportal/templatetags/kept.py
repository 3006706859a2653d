"""{% kept "name" part… %}…{% endkept %}: a piece of a public page rendered once per change.

What is inside is rendered, kept in the default cache with the page cache's generation
(unionportal.pagecache.kept_with_pages) and served from there until anything of the public apps
changes or the clock next changes a page. Each `part` (a value from the context) makes its own
copy: the menu with one item marked as the current page, the side column without the poll the page
shows in full. A page rendered afresh then pays one cache read a piece instead of its queries and
its template work.

Only what is the same for every reader goes inside: nothing of the request, the session or a voter.
Like the chrome, it is read from the primary, not a replica.
"""

from django import template
from django.utils.safestring import mark_safe

from unionportal import pagecache

register = template.Library()


@register.tag
def kept(parser, token):
    name, *parts = token.split_contents()[1:] or [None]
    if name is None:
        raise template.TemplateSyntaxError('{% kept %} needs a name: {% kept "menu" %}')
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, parser.compile_filter(name), [parser.compile_filter(part) for part in parts])


class KeptNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist, self.name, self.parts = nodelist, name, parts

    def render(self, context):
        key = pagecache.piece_key(f"kept:{self.name.resolve(context)}", *(part.resolve(context) for part in self.parts))
        html = pagecache.kept_with_pages(key, lambda: str(self.nodelist.render(context)))
        return mark_safe(html)  # noqa: S308 - rendered and escaped by the template engine
