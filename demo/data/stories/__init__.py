"""Hand-written demo articles, one module per section.

Each story is a dict: title, lead, caption (of the cover photo), body (blocks, see
`news.demo.builder.render_body`), author; optionally source (a name from `site.SOURCES`),
featured, and state ("draft", or "scheduled" for a publication time still to come).
"""

from news.demo import site

from . import base_unions, culture_sports, documents, emulation, exemplars, member_care, news_events, safety

STORIES = {
    site.NEWS: news_events.STORIES,
    site.EMULATION: emulation.STORIES,
    site.MEMBER_CARE: member_care.STORIES,
    site.DOCUMENTS: documents.STORIES,
    site.EXEMPLARS: exemplars.STORIES,
    site.BASE_UNIONS: base_unions.STORIES,
    site.CULTURE_SPORTS: culture_sports.STORIES,
    site.SAFETY: safety.STORIES,
}
