"""A photo album, linked from the article that reports on its event; once, on a portal with no albums."""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from albums.models import Album, AlbumPhoto
from demo import photos
from demo.data.albums import ALBUM
from demo.news import LOOKS
from news.models import Article

PHOTO_SIZE = (1600, 1067)


@transaction.atomic
def load():
    if Album.objects.exists():
        return ""
    album = Album.objects.create(
        title=ALBUM["title"],
        description=ALBUM["description"],
        event_date=timezone.localdate() - datetime.timedelta(days=ALBUM["held_days_ago"]),
    )
    colours, _ = LOOKS[ALBUM["section"]]
    for order, shot in enumerate(ALBUM["photos"]):
        # Alternate photos run the gradient the other way, so the album does not look like one picture.
        look = colours if order % 2 == 0 else colours[::-1]
        jpeg = photos.illustration(PHOTO_SIZE, look, shot["motif"], seed=f"album-{order}")
        image = ContentFile(jpeg, name=f"dai-hoi-{order + 1}.jpg")
        AlbumPhoto(album=album, image=image, caption=shot["caption"], order=order).save()
    Article.objects.filter(title__contains=ALBUM["article_title_words"]).update(album=album)
    return f"Album ảnh: 1 album, {len(ALBUM['photos'])} ảnh."
