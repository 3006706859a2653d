"""Hand-written demo articles, one module per section.

Each story is a dict: title, lead, caption (of the cover photo), body (blocks, see
`demo.news.render_body`), author; optionally source (a name from `demo.data.news.SOURCES`),
featured, and state ("draft", or "scheduled" for a publication time still to come).
"""

from demo.data import news

from . import base_unions, culture_sports, documents, emulation, exemplars, member_care, news_events, safety

STORIES = {
    news.NEWS: news_events.STORIES,
    news.EMULATION: emulation.STORIES,
    news.MEMBER_CARE: member_care.STORIES,
    news.DOCUMENTS: documents.STORIES,
    news.EXEMPLARS: exemplars.STORIES,
    news.BASE_UNIONS: base_unions.STORIES,
    news.CULTURE_SPORTS: culture_sports.STORIES,
    news.SAFETY: safety.STORIES,
}
