"""The documents library was part of news until it got an app of its own: this takes the model over as
it is, table and rows included (state only; 0002 gives the table its new name)."""

import django.db.models.deletion
import django.db.models.functions.datetime
import unionportal.office_files
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("news", "0013_album_order"),
        ('emulation', '0004_delete_campaigndocument'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Document',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('number', models.CharField(blank=True, help_text='Ví dụ: 12/KH-CĐN. Để trống nếu văn bản không có số.', max_length=50, verbose_name='số, ký hiệu')),
                        ('issued_on', models.DateField(verbose_name='ngày ban hành')),
                        ('issuing_body', models.CharField(blank=True, help_text='Ví dụ: Ban Thường vụ Công đoàn ngành Y tế tỉnh; Liên đoàn Lao động tỉnh. Ghi tên cơ quan theo một cách thống nhất để bạn đọc lọc được văn bản theo cơ quan.', max_length=200, verbose_name='cơ quan ban hành')),
                        ('kind', models.CharField(choices=[('ke_hoach', 'Kế hoạch'), ('huong_dan', 'Hướng dẫn'), ('quyet_dinh', 'Quyết định'), ('nghi_quyet', 'Nghị quyết'), ('cong_van', 'Công văn'), ('thong_bao', 'Thông báo'), ('bao_cao', 'Báo cáo'), ('khac', 'Văn bản khác')], default='ke_hoach', max_length=12, verbose_name='loại văn bản')),
                        ('title', models.CharField(help_text='Ví dụ: Kế hoạch tổ chức Tháng Công nhân năm 2026', max_length=500, verbose_name='trích yếu')),
                        ('file', models.FileField(help_text='PDF, DOC, DOCX, XLS, XLSX hoặc ODT, tối đa 15 MB.', max_length=255, upload_to='documents/%Y/', validators=[unionportal.office_files.validate_document], verbose_name='tệp văn bản')),
                        ('is_public', models.BooleanField(default=False, help_text='Văn bản công khai hiện trong mục Văn bản và trên trang phong trào. Người duyệt bài công khai văn bản do biên tập viên thêm.', verbose_name='công khai')),
                        ('search_folded', models.TextField(editable=False, verbose_name='nội dung tìm kiếm')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='tạo lúc')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='sửa lúc')),
                        ('campaign', models.ForeignKey(blank=True, help_text='Văn bản của phong trào nào thì chọn phong trào đó; văn bản sẽ hiện trên trang phong trào.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='documents', to='emulation.campaign', verbose_name='phong trào thi đua')),
                    ],
                    options={
                        'verbose_name': 'văn bản',
                        'verbose_name_plural': 'văn bản',
                        'db_table': 'news_document',
                        'ordering': ['-issued_on', '-id'],
                        'indexes': [models.Index(fields=['-issued_on', '-id'], name='document_issued_idx')],
                        'constraints': [models.CheckConstraint(condition=models.Q(('title', ''), _negated=True), name='news_document_title_not_empty'), models.CheckConstraint(condition=models.Q(('kind__in', ['ke_hoach', 'huong_dan', 'quyet_dinh', 'nghi_quyet', 'cong_van', 'thong_bao', 'bao_cao', 'khac'])), name='news_document_kind_valid'), models.UniqueConstraint(models.F('issuing_body'), models.F('number'), django.db.models.functions.datetime.ExtractYear('issued_on'), condition=models.Q(('number', ''), _negated=True), name='news_document_number_unique', violation_error_message='Cơ quan này đã có một văn bản mang số, ký hiệu đó trong cùng năm.')],
                    },
                ),
            ],
        ),
    ]
