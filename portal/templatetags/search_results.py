"""The search results' titles and excerpts, with the searched words marked."""

import html

from django import template
from django.utils.html import strip_tags

from unionportal import text

register = template.Library()


@register.filter
def highlight(value, query):
    """`value` with each word of `query` (folded, as the search compares words) in <mark>."""
    return text.highlight(value, query)


@register.filter
def search_excerpt(article, query):
    """About forty words of the article's lead and body around the first searched word, marked."""
    # A space after each tag, so that one paragraph's last word does not run into the next one's first.
    body = html.unescape(strip_tags(article.body.replace(">", "> ")))
    return text.excerpt(" ".join(f"{article.lead} {body}".split()), query)
