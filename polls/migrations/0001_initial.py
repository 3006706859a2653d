"""Polls were part of news until they got an app of their own: this takes the models over as they are,
tables and rows included (state only; 0002 gives the tables their new names)."""

import django.db.models.deletion
import django.utils.timezone
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
                    name='Poll',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('question', models.CharField(max_length=300, verbose_name='câu hỏi')),
                        ('slug', models.SlugField(blank=True, max_length=255, unique=True, verbose_name='đường dẫn')),
                        ('description', models.TextField(blank=True, verbose_name='giới thiệu')),
                        ('opens_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='mở lúc')),
                        ('closes_at', models.DateTimeField(blank=True, help_text='Để trống thì mở đến khi đóng tay.', null=True, verbose_name='đóng lúc')),
                        ('is_published', models.BooleanField(default=True, verbose_name='hiện trên cổng')),
                        ('show_in_sidebar', models.BooleanField(default=True, verbose_name='hiện ở cột bên')),
                        ('votes_per_address', models.PositiveSmallIntegerField(default=20, help_text='Một cơ quan dùng chung một địa chỉ mạng; con số này chặn việc bỏ phiếu hàng loạt.', verbose_name='số phiếu tối đa mỗi địa chỉ mạng')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='tạo lúc')),
                    ],
                    options={
                        'verbose_name': 'thăm dò ý kiến',
                        'verbose_name_plural': 'thăm dò ý kiến',
                        'db_table': 'news_poll',
                        'ordering': ['-opens_at', '-id'],
                        'constraints': [models.CheckConstraint(condition=models.Q(('closes_at__isnull', True), ('closes_at__gt', models.F('opens_at')), _connector='OR'), name='news_poll_closes_after_opening', violation_error_message='Thời điểm đóng phải sau thời điểm mở.')],
                    },
                ),
                migrations.CreateModel(
                    name='PollOption',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('text', models.CharField(max_length=200, verbose_name='phương án')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='thứ tự')),
                        ('poll', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='options', to='polls.poll', verbose_name='thăm dò')),
                    ],
                    options={
                        'verbose_name': 'phương án trả lời',
                        'verbose_name_plural': 'phương án trả lời',
                        'db_table': 'news_polloption',
                        'ordering': ['order', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='PollVote',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('voter', models.CharField(max_length=64, verbose_name='trình duyệt (mã băm)')),
                        ('address', models.CharField(db_index=True, max_length=64, verbose_name='địa chỉ mạng (mã băm)')),
                        ('at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='lúc')),
                        ('option', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='votes', to='polls.polloption', verbose_name='phương án')),
                        ('poll', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='votes', to='polls.poll', verbose_name='thăm dò')),
                    ],
                    options={
                        'verbose_name': 'phiếu',
                        'verbose_name_plural': 'phiếu',
                        'db_table': 'news_pollvote',
                        'ordering': ['-at'],
                        'constraints': [models.UniqueConstraint(models.F('poll'), models.F('voter'), name='news_pollvote_once_per_browser')],
                    },
                ),
            ],
        ),
    ]
