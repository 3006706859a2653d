"""The site's chrome: the union's facts and emblem, the banner, the running line with its
anniversaries, and the partner links.

Made after the news (the banner's slides lead to demo articles, the running line to a section);
the chrome once, on a portal with no banner yet, and the links once, when there are none.
"""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from demo import photos
from demo.data import portal as data
from demo.news import LOOKS
from news.models import Article, Section
from portal.models import Anniversary, Announcement, MenuItem, QuickLink, SiteSettings, Slide

BANNER_SIZE = (1920, 720)


@transaction.atomic
def load():
    lines = []
    if not Slide.objects.exists():
        fill_site_settings()
        slides = create_slides()
        announcements = create_announcements()
        anniversaries = Anniversary.objects.bulk_create(Anniversary(**fields) for fields in data.ANNIVERSARIES)
        menu = create_menu()
        lines.append(
            f"Trang: thông tin trang và biểu trưng, {len(slides)} ảnh băng rôn, {len(announcements)} khẩu hiệu, "
            f"{len(anniversaries)} ngày kỷ niệm, menu {menu} mục."
        )
    if not QuickLink.objects.exists():
        links = QuickLink.objects.bulk_create(
            QuickLink(title=link["title"], url=link["url"], order=order) for order, link in enumerate(data.QUICK_LINKS)
        )
        lines.append(f"Liên kết: {len(links)} trang đối tác.")
    return "\n".join(lines)


def create_menu():
    """The demo union's menu in place of the one the migrations made; returns the number of items."""
    MenuItem.objects.all().delete()
    sections = {section.name: section for section in Section.objects.all()}
    made = 0
    for order, fields in enumerate(data.MENU, start=1):
        parent = MenuItem.objects.create(order=order, **_menu_target(fields, sections))
        children = [
            MenuItem(parent=parent, order=number, **_menu_target(child, sections))
            for number, child in enumerate(fields.get("children", []), start=1)
        ]
        MenuItem.objects.bulk_create(children)
        made += 1 + len(children)
    return made


def _menu_target(fields, sections):
    target = {"label": fields.get("label", "")}
    if "section" in fields:
        return target | {"section": sections[fields["section"]]}
    return target | {"page": fields["page"]}


def fill_site_settings():
    settings = SiteSettings.load()
    for field, value in data.SITE_SETTINGS.items():
        setattr(settings, field, value)
    settings.emblem.save("bieu-trung.png", ContentFile(photos.emblem(data.EMBLEM_COLOUR)), save=False)
    settings.save()


def create_slides():
    slides = []
    for order, fields in enumerate(data.SLIDES, start=1):
        article = Article.objects.select_related("section").get(title=fields["story"])
        colours, motif = LOOKS[article.section.name]
        jpeg = photos.illustration(BANNER_SIZE, colours, motif, seed=f"slide-{order}")
        slide = Slide(
            title=fields["title"],
            image=ContentFile(jpeg, name=f"bang-ron-{order}.jpg"),
            alt_text=fields["alt_text"],
            link=article.get_absolute_url(),
            order=order,
        )
        slide.save()
        slides.append(slide)
    return slides


def create_announcements():
    now = timezone.now()
    announcements = []
    for order, fields in enumerate(data.ANNOUNCEMENTS, start=1):
        until = now + datetime.timedelta(days=fields["days"]) if fields["days"] else None
        link = Section.objects.get(name=fields["section"]).get_absolute_url() if "section" in fields else ""
        announcements.append(Announcement(text=fields["text"], link=link, order=order, active_until=until))
    return Announcement.objects.bulk_create(announcements)
