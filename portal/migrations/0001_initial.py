"""The site's details, banner slides, running line and quick links were part of news until the site got
an app of its own: this takes the models over as they are, tables and rows included (state only;
0002 gives the tables their new names)."""

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
                    name='Anniversary',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(help_text='Ví dụ: Ngày thành lập Công đoàn Việt Nam', max_length=200, verbose_name='tên ngày kỷ niệm')),
                        ('original_date', models.DateField(help_text='Ngày diễn ra sự kiện lần đầu, ví dụ 28/07/1929.', verbose_name='ngày gốc')),
                        ('days_before', models.PositiveSmallIntegerField(default=30, help_text='Số ngày trước ngày kỷ niệm mà dòng chữ bắt đầu hiện.', verbose_name='hiện trước (ngày)')),
                        ('link', models.CharField(blank=True, max_length=500, verbose_name='liên kết')),
                        ('is_enabled', models.BooleanField(default=True, verbose_name='đang dùng')),
                    ],
                    options={
                        'verbose_name': 'ngày kỷ niệm',
                        'verbose_name_plural': 'ngày kỷ niệm',
                        'db_table': 'news_anniversary',
                        'ordering': ['original_date__month', 'original_date__day'],
                    },
                ),
                migrations.CreateModel(
                    name='QuickLink',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=150, verbose_name='tên')),
                        ('url', models.URLField(max_length=500, verbose_name='địa chỉ')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='thứ tự')),
                        ('is_shown', models.BooleanField(default=True, verbose_name='hiện trên cổng')),
                    ],
                    options={
                        'verbose_name': 'liên kết',
                        'verbose_name_plural': 'liên kết',
                        'db_table': 'news_quicklink',
                        'ordering': ['order', 'title'],
                    },
                ),
                migrations.CreateModel(
                    name='Announcement',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('text', models.CharField(help_text='Ví dụ: Nhiệt liệt chào mừng Đại hội Công đoàn ngành Y tế lần thứ XV, nhiệm kỳ 2023 - 2028', max_length=300, verbose_name='nội dung')),
                        ('link', models.CharField(blank=True, max_length=500, verbose_name='liên kết')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='thứ tự')),
                        ('active_from', models.DateTimeField(blank=True, null=True, verbose_name='hiện từ')),
                        ('active_until', models.DateTimeField(blank=True, null=True, verbose_name='hiện đến')),
                    ],
                    options={
                        'verbose_name': 'khẩu hiệu / thông báo chạy',
                        'verbose_name_plural': 'khẩu hiệu / thông báo chạy',
                        'db_table': 'news_announcement',
                        'ordering': ['order', '-id'],
                        'constraints': [models.CheckConstraint(condition=models.Q(('active_from__isnull', True), ('active_until__isnull', True), ('active_until__gt', models.F('active_from')), _connector='OR'), name='announcement_window_in_order', violation_error_message='Thời điểm kết thúc phải sau thời điểm bắt đầu.')],
                    },
                ),
                migrations.CreateModel(
                    name='SiteSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('union_name', models.CharField(default='Công đoàn ngành Y tế', max_length=200, verbose_name='tên công đoàn')),
                        ('parent_name', models.CharField(blank=True, help_text='Ví dụ: Liên đoàn Lao động tỉnh', max_length=200, verbose_name='cơ quan cấp trên')),
                        ('tagline', models.CharField(blank=True, max_length=200, verbose_name='khẩu hiệu dưới tên')),
                        ('emblem', models.ImageField(blank=True, upload_to='site/', validators=[unionportal.images.validate_photo], verbose_name='biểu trưng')),
                        ('editor_in_chief', models.CharField(blank=True, max_length=200, verbose_name='trưởng ban biên tập')),
                        ('address', models.CharField(blank=True, max_length=300, verbose_name='địa chỉ')),
                        ('phone', models.CharField(blank=True, max_length=60, verbose_name='điện thoại')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='thư điện tử')),
                        ('republish_notice', models.CharField(default='Ghi rõ nguồn khi phát hành lại thông tin từ trang này.', max_length=300, verbose_name='lưu ý khi đăng lại')),
                        ('description', models.CharField(blank=True, help_text='Dùng cho máy tìm kiếm và khi chia sẻ lên mạng xã hội.', max_length=300, verbose_name='mô tả trang')),
                    ],
                    options={
                        'verbose_name': 'thông tin trang',
                        'verbose_name_plural': 'thông tin trang',
                        'db_table': 'news_sitesettings',
                        'constraints': [models.CheckConstraint(condition=models.Q(('pk', 1)), name='site_settings_single_row')],
                    },
                ),
                migrations.CreateModel(
                    name='Slide',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200, verbose_name='tiêu đề')),
                        ('image', models.ImageField(help_text='Ảnh ngang, rộng ít nhất 1600 điểm ảnh.', upload_to='slides/%Y/', validators=[unionportal.images.validate_photo], verbose_name='ảnh')),
                        ('alt_text', models.CharField(blank=True, help_text='Để trống thì dùng tiêu đề.', max_length=200, verbose_name='mô tả ảnh')),
                        ('link', models.CharField(blank=True, help_text='Địa chỉ mở ra khi bấm vào ảnh, ví dụ /tin-tuc/ten-bai-viet/ hoặc https://…', max_length=500, verbose_name='liên kết')),
                        ('order', models.PositiveSmallIntegerField(default=0, verbose_name='thứ tự')),
                        ('active_from', models.DateTimeField(blank=True, null=True, verbose_name='hiện từ')),
                        ('active_until', models.DateTimeField(blank=True, help_text='Để trống nếu không hẹn ngày gỡ.', null=True, verbose_name='hiện đến')),
                    ],
                    options={
                        'verbose_name': 'ảnh băng rôn',
                        'verbose_name_plural': 'ảnh băng rôn (slideshow)',
                        'db_table': 'news_slide',
                        'ordering': ['order', '-id'],
                        'constraints': [models.CheckConstraint(condition=models.Q(('active_from__isnull', True), ('active_until__isnull', True), ('active_until__gt', models.F('active_from')), _connector='OR'), name='slide_window_in_order', violation_error_message='Thời điểm kết thúc phải sau thời điểm bắt đầu.')],
                    },
                ),
            ],
        ),
    ]
