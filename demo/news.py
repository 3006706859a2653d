"""Sections and hand-written articles with photos, then, for benchmarks, generated articles;
the campaigns the articles report on, and their tags.

The hand-written articles are made once, on a portal that has no sections yet.
"""

import datetime
import random
import time
from collections import defaultdict

from django.core.files.base import ContentFile
from django.db import reset_queries, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from demo import photos
from demo.data import SEED, phrases
from demo.data import news as data
from demo.data.stories import STORIES
from emulation.models import Campaign
from news.models import Article, Photo, Section, Tag
from unionportal.sanitize import clean_html
from unionportal.text import vietnamese_slugify

RECENT_DAYS = 180  # the hand-written articles appeared over the last six months
ARCHIVE_DAYS = 5 * 365  # generated articles, over the last five years
FEATURED_RANKS = (1, 4, 8)  # the featured stories' places among the newest
COVER_SIZE = (1600, 1000)
BATCH_SIZE = 2000
SOURCE_URLS = {source["name"]: source["url"] for source in data.SOURCES}
# The colours and motif of each section's illustrations, by section name.
LOOKS = {fields["name"]: (fields["colours"], fields["motif"]) for fields in data.SECTIONS}


@transaction.atomic
def load(*, articles=0):
    """The hand-written articles (once), then `articles` generated ones, then the campaigns and tags
    the articles name."""
    lines = []
    # Sections are the first thing a real portal has, and articles cannot exist without one.
    if Section.objects.exists():
        if not articles:
            lines.append("Đã có tin bài (có chuyên mục): bỏ qua, không thay đổi gì.")
    else:
        started = time.perf_counter()
        made = create_articles()
        lines.append(
            f"Đã tạo tin bài mẫu trong {time.perf_counter() - started:.1f} giây: "
            f"{made['sections']} chuyên mục, {made['articles']} bài viết ({made['published']} đã xuất bản, "
            f"{made['drafts']} bản nháp, {made['scheduled']} hẹn giờ), {made['photos']} ảnh trong bài."
        )
    if articles:
        started = time.perf_counter()
        added = add_generated_articles(articles)
        lines.append(f"Đã thêm {added} bài viết sinh tự động trong {time.perf_counter() - started:.1f} giây.")
    linked = link_articles_to_campaigns()
    if linked:
        lines.append(f"Bài viết gắn với phong trào thi đua: {linked}.")
    if not Tag.objects.exists():
        tags, tagged = tag_articles()
        lines.append(f"Từ khoá: {tags} từ khoá gắn vào {tagged} bài viết.")
    return "\n".join(lines)


def render_body(blocks, photo=None):
    """Article HTML from blocks: ("p", text), ("h2", text), ("ul" | "ol", [items]),
    ("quote", text, attribution), ("table", caption, [head], [[cells]]), ("figure", alt, caption).

    Text is escaped; `Article.save()` (or `generated_article`) still runs the sanitiser.
    """
    parts = []
    for block in blocks:
        match block:
            case ("p" | "h2" as tag, text):
                parts.append(format_html("<{0}>{1}</{0}>", tag, text))
            case ("ul" | "ol" as tag, items):
                parts.append(format_html("<{0}>{1}</{0}>", tag, format_html_join("", "<li>{}</li>", _cells(items))))
            case ("quote", text, attribution):
                who = format_html("<p><em>{}</em></p>", attribution) if attribution else ""
                parts.append(format_html("<blockquote><p>{}</p>{}</blockquote>", text, who))
            case ("table", caption, head, rows):
                header = format_html_join("", '<th scope="col">{}</th>', _cells(head))
                lines = format_html_join(
                    "", "<tr>{}</tr>", ((format_html_join("", "<td>{}</td>", _cells(row)),) for row in rows)
                )
                parts.append(
                    format_html(
                        "<table><caption>{}</caption><thead><tr>{}</tr></thead><tbody>{}</tbody></table>",
                        caption,
                        header,
                        lines,
                    )
                )
            case ("figure", alt, caption):
                parts.append(
                    format_html(
                        '<figure class="image"><img src="{}" alt="{}" width="{}" height="{}">'
                        "<figcaption>{}</figcaption></figure>",
                        photo.web.url,
                        alt,
                        photo.web.width,
                        photo.web.height,
                        caption,
                    )
                )
            case _:
                raise ValueError(f"Unknown block in a demo article: {block!r}")
    return "".join(parts)


def _cells(values):
    return ((value,) for value in values)


def create_articles():
    """The sections and the hand-written articles with their photos; returns the number of rows made, by kind."""
    sections = _create_sections()
    articles = _create_articles(sections, random.Random(SEED), timezone.now())
    return {
        "sections": len(sections),
        "articles": len(articles),
        "published": sum(article.is_public for article in articles),
        "drafts": sum(article.status == Article.Status.DRAFT for article in articles),
        "scheduled": sum(article.is_scheduled for article in articles),
        "photos": Photo.objects.count(),
    }


def _create_sections():
    sections = {}
    for order, fields in enumerate(data.SECTIONS, start=1):
        section = Section.objects.create(
            name=fields["name"],
            description=fields["description"],
            order=order,
            show_on_home=fields["show_on_home"],
        )
        sections[section.name] = section
    return sections


def _create_articles(sections, rng, now):
    """Save each story through Article.save(), so slugs, cleaning and search vectors are the real ones."""
    stories = [(sections[name], story) for name, section_stories in STORIES.items() for story in section_stories]
    published_at = _publication_times([story for _, story in stories], rng, now)
    inline_photos = {}
    articles = []
    for index, (section, story) in enumerate(stories):
        photo = None
        if any(block[0] == "figure" for block in story["body"]):
            if section.pk not in inline_photos:
                inline_photos[section.pk] = _create_photo(section)
            photo = inline_photos[section.pk]
        source = story.get("source", data.UNION_SOURCE)
        article = Article(
            title=story["title"],
            section=section,
            lead=story["lead"],
            body=render_body(story["body"], photo),
            cover_caption=story["caption"],
            author=story["author"],
            source_name=source,
            source_url=SOURCE_URLS.get(source, ""),
            status=Article.Status.DRAFT if story.get("state") == "draft" else Article.Status.PUBLISHED,
            published_at=published_at[index],
            is_featured=story.get("featured", False),
        )
        article.cover_image = _cover(article, index)
        article.save()
        articles.append(article)
    # Readers and the sitemap see when an old article was last changed; make that its publication.
    Article.objects.filter(status=Article.Status.PUBLISHED, published_at__lte=now).update(
        created_at=F("published_at"), updated_at=F("published_at")
    )
    return articles


def _publication_times(stories, rng, now):
    """Published stories spread over the last months, featured ones among the newest;
    the scheduled one in two days' time, drafts now."""
    today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    published = [index for index, story in enumerate(stories) if "state" not in story and not story.get("featured")]
    rng.shuffle(published)
    featured = [index for index, story in enumerate(stories) if story.get("featured")]
    for rank, index in zip(FEATURED_RANKS, featured, strict=True):
        published.insert(rank, index)
    times = {}
    for rank, index in enumerate(published):
        day = today - datetime.timedelta(days=1 + int(rank * (RECENT_DAYS - 1) / len(published)))
        times[index] = day + datetime.timedelta(hours=rng.randint(7, 16), minutes=rng.randint(0, 59))
    for index, story in enumerate(stories):
        if story.get("state") == "scheduled":
            times[index] = today + datetime.timedelta(days=2, hours=7, minutes=30)
        elif story.get("state") == "draft":
            times[index] = now
    return times


def _cover(article, index):
    """A cover of its own for each hand-written story: its section's colours, a motif from its title."""
    colours, motif = LOOKS[article.section.name]
    title = article.title.lower()
    motif = next((shown for word, shown in data.MOTIF_WORDS if word in title), motif)
    jpeg = photos.illustration(COVER_SIZE, colours, motif, seed=f"cover-{index}-{article.title}")
    return ContentFile(jpeg, name=f"{vietnamese_slugify(article.title, max_length=60)}.jpg")


def _create_photo(section):
    colours, motif = LOOKS[section.name]
    jpeg = photos.illustration(COVER_SIZE, colours[::-1], motif, seed=f"photo-{section.slug}")
    photo = Photo(image=ContentFile(jpeg, name=f"{section.slug}-anh-trong-bai.jpg"))
    photo.save()
    return photo


def add_generated_articles(count, *, batch_size=BATCH_SIZE):
    """Insert `count` published articles in bulk, spread over sections and five years.

    They reuse the covers already stored (their renditions exist, as names are shared) and
    get their search vectors in one statement at the end. Returns how many were added.
    """
    sections = list(Section.objects.all())
    covers = defaultdict(list)
    stored = Article.objects.exclude(cover_image="").values_list(
        "section_id", "cover_image", "cover_width", "cover_height"
    )
    # Ordered by the selected columns: DISTINCT would otherwise also compare the default ordering's.
    for section_id, *cover in stored.order_by("section_id", "cover_image").distinct():
        covers[section_id].append(tuple(cover))
    any_cover = sorted({cover for section_covers in covers.values() for cover in section_covers})
    last_pk = Article.objects.aggregate(last=Max("pk"))["last"] or 0
    # Seeded by where the run starts, so a second run adds different (but still fixed) articles.
    rng = random.Random(SEED + last_pk)
    # Times count back from the start of today, so a run gives the same articles all day.
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    with transaction.atomic():
        batch = []
        for number in range(last_pk + 1, last_pk + count + 1):
            section = rng.choice(sections)
            batch.append(generated_article(rng, number, section, covers[section.pk] or any_cover, today))
            if len(batch) == batch_size:
                Article.objects.bulk_create(batch, batch_size=batch_size)
                batch = []
                # With DEBUG on, Django keeps every statement: here, megabytes of article text each.
                reset_queries()
        Article.objects.bulk_create(batch, batch_size=batch_size)
        added = Article.objects.filter(pk__gt=last_pk)
        # One pass over the new rows: each UPDATE rewrites every row and its index entries.
        added.update_search_vectors(created_at=F("published_at"), updated_at=F("published_at"))
    return count


def generated_article(rng, number, section, covers, before):
    """An unsaved article made from `phrases`, published in the five years `before`;
    `number` makes its slug unique."""
    slots = {
        "unit": rng.choice(phrases.UNITS),
        "department": rng.choice(phrases.DEPARTMENTS),
        "campaign": rng.choice(phrases.CAMPAIGNS),
        "round": rng.choice(phrases.ROUNDS),
        "benefit": rng.choice(phrases.BENEFITS),
        "sport": rng.choice(phrases.SPORTS),
        "role": rng.choice(phrases.ROLES),
        "name": rng.choice(phrases.NAMES),
        "count": rng.randint(20, 450),
        "small": rng.randint(2, 30),
        "amount": f"{rng.randint(5, 120) * 1_000_000:,} đ".replace(",", "."),
    }
    title = rng.choice(phrases.TITLES.get(section.name, phrases.OTHER_TITLES)).format(**slots)
    blocks = [("p", text.format(**slots)) for text in rng.sample(phrases.PARAGRAPHS, 3)]
    if rng.random() < 0.5:
        blocks.insert(1, ("h2", rng.choice(phrases.HEADINGS)))
    if rng.random() < 0.3:
        blocks.append(("ul", [item.format(**slots) for item in rng.sample(phrases.LIST_ITEMS, 3)]))
    source = rng.choice(data.SOURCES)
    cover_image, cover_width, cover_height = rng.choice(covers) if covers else ("", None, None)
    return Article(
        title=title,
        slug=f"{vietnamese_slugify(title, max_length=240)}-{number}",
        section=section,
        lead=rng.choice(phrases.LEADS).format(**slots),
        body=clean_html(render_body(blocks)),
        cover_image=cover_image,
        cover_width=cover_width,
        cover_height=cover_height,
        cover_caption=rng.choice(phrases.CAPTIONS),
        author=rng.choice(data.AUTHORS),
        source_name=source["name"],
        source_url=source["url"],
        status=Article.Status.PUBLISHED,
        published_at=before - datetime.timedelta(seconds=rng.randint(1, ARCHIVE_DAYS * 86400)),
    )


def link_articles_to_campaigns():
    """Name the demo campaign on the published articles that report on it (once the campaigns exist)."""
    campaigns = {campaign.name: campaign for campaign in Campaign.objects.filter(name__in=data.CAMPAIGN_TITLE_WORDS)}
    linked = 0
    for name, title_words in data.CAMPAIGN_TITLE_WORDS.items():
        if name not in campaigns:
            continue
        for words in title_words:
            unlinked = Article.objects.published().filter(campaign=None, title__contains=words)
            linked += unlinked.update(campaign=campaigns[name])
    return linked


def tag_articles():
    """The tags, each on the articles whose titles have its words; returns (tags, articles tagged)."""
    tagged = 0
    for fields in data.TAGS:
        tag = Tag.objects.create(name=fields["name"])
        articles = Article.objects.filter(title__icontains=fields["title_words"])
        tag.articles.add(*articles)
        tagged += len(articles)
    return len(data.TAGS), tagged
