"""Photo albums were part of news until they got an app of their own: this takes the models over as
they are, tables and rows included (state only; 0002 gives the tables their new names)."""

import django.db.models.deletion
import unionportal.images
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("news", "0013_album_order"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Album',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=255, verbose_name='tên album')),
                        ('slug', models.SlugField(blank=True, max_length=255, unique=True, verbose_name='đường dẫn')),
                        ('description', models.TextField(blank=True, verbose_name='giới thiệu')),
                        ('event_date', models.DateField(blank=True, null=True, verbose_name='ngày diễn ra')),
                        ('is_published', models.BooleanField(default=True, verbose_name='hiện trên cổng')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='tạo lúc')),
                    ],
                    options={
                        'verbose_name': 'album ảnh',
                        'verbose_name_plural': 'album ảnh',
                        'db_table': 'news_album',
                        'ordering': [models.OrderBy(models.F('event_date'), descending=True, nulls_last=True), '-id'],
                    },
                ),
                migrations.CreateModel(
                    name='AlbumPhoto',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('image', models.ImageField(upload_to='albums/%Y/%m/', validators=[unionportal.images.validate_photo], verbose_name='ảnh')),
                        ('caption', models.CharField(blank=True, max_length=300, verbose_name='chú thích')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='thứ tự')),
                        ('album', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='photos', to='albums.album', verbose_name='album')),
                    ],
                    options={
                        'verbose_name': 'ảnh trong album',
                        'verbose_name_plural': 'ảnh trong album',
                        'db_table': 'news_albumphoto',
                        'ordering': ['order', 'id'],
                    },
                ),
            ],
        ),
    ]
