"""The site's details, banner, running line and quick links moved to portal; polls, the documents library
and albums to apps of their own. Their tables stay where they are (state only); the new apps rename them."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('albums', '0001_initial'),
        ('library', '0001_initial'),
        ('polls', '0001_initial'),
        ('portal', '0001_initial'),
        ('news', '0013_album_order'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='albumphoto',
                    name='album',
                ),
                migrations.AlterField(
                    model_name='article',
                    name='album',
                    field=models.ForeignKey(blank=True, help_text='Album ảnh của sự kiện; bài viết sẽ dẫn tới album.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='articles', to='albums.album', verbose_name='album ảnh'),
                ),
                migrations.DeleteModel(
                    name='Anniversary',
                ),
                migrations.DeleteModel(
                    name='Announcement',
                ),
                migrations.RemoveField(
                    model_name='document',
                    name='campaign',
                ),
                migrations.RemoveField(
                    model_name='polloption',
                    name='poll',
                ),
                migrations.RemoveField(
                    model_name='pollvote',
                    name='poll',
                ),
                migrations.RemoveField(
                    model_name='pollvote',
                    name='option',
                ),
                migrations.DeleteModel(
                    name='QuickLink',
                ),
                migrations.DeleteModel(
                    name='SiteSettings',
                ),
                migrations.DeleteModel(
                    name='Slide',
                ),
                migrations.DeleteModel(
                    name='AlbumPhoto',
                ),
                migrations.DeleteModel(
                    name='Album',
                ),
                migrations.DeleteModel(
                    name='Document',
                ),
                migrations.DeleteModel(
                    name='Poll',
                ),
                migrations.DeleteModel(
                    name='PollOption',
                ),
                migrations.DeleteModel(
                    name='PollVote',
                ),
            ],
        ),
    ]
