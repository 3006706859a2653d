"""Links staff type are web addresses or site paths (unionportal.links): unsafe stored ones are emptied first."""

import unionportal.links
from django.db import migrations, models


def empty_unsafe_links(apps, schema_editor):
    """A link stored before the rule that it breaks is emptied, so the constraint can be added; the row stays.

    Such a link could only run script or leave the site in a way "/" does not promise. A quick link
    without its address is hidden as well.
    """
    for model, field in [("Slide", "link"), ("Announcement", "link"), ("Anniversary", "link"), ("QuickLink", "url")]:
        safe = unionportal.links.safe_link_constraint(field, name="unused").condition
        changes = {field: "", "is_shown": False} if model == "QuickLink" else {field: ""}
        apps.get_model("portal", model).objects.exclude(safe).update(**changes)


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0003_shared_time_window'),
    ]

    operations = [
        migrations.RunPython(empty_unsafe_links, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='anniversary',
            name='link',
            field=models.CharField(blank=True, max_length=500, validators=[unionportal.links.validate_link], verbose_name='liên kết'),
        ),
        migrations.AlterField(
            model_name='announcement',
            name='link',
            field=models.CharField(blank=True, max_length=500, validators=[unionportal.links.validate_link], verbose_name='liên kết'),
        ),
        migrations.AlterField(
            model_name='slide',
            name='link',
            field=models.CharField(blank=True, help_text='Địa chỉ mở ra khi bấm vào ảnh, ví dụ /tin-tuc/ten-bai-viet/ hoặc https://…', max_length=500, validators=[unionportal.links.validate_link], verbose_name='liên kết'),
        ),
        migrations.AddConstraint(
            model_name='anniversary',
            constraint=models.CheckConstraint(condition=models.Q(('link', ''), models.Q(models.Q(('link__istartswith', 'https://'), ('link__istartswith', 'http://'), ('link__istartswith', '/'), _connector='OR'), models.Q(('link__startswith', '//'), _negated=True), models.Q(('link__startswith', '/\\'), _negated=True)), _connector='OR'), name='anniversary_link_safe', violation_error_code='unsafe_link', violation_error_message='Liên kết phải là địa chỉ web bắt đầu bằng https:// hoặc http://, hoặc đường dẫn trong trang bắt đầu bằng /.'),
        ),
        migrations.AddConstraint(
            model_name='announcement',
            constraint=models.CheckConstraint(condition=models.Q(('link', ''), models.Q(models.Q(('link__istartswith', 'https://'), ('link__istartswith', 'http://'), ('link__istartswith', '/'), _connector='OR'), models.Q(('link__startswith', '//'), _negated=True), models.Q(('link__startswith', '/\\'), _negated=True)), _connector='OR'), name='announcement_link_safe', violation_error_code='unsafe_link', violation_error_message='Liên kết phải là địa chỉ web bắt đầu bằng https:// hoặc http://, hoặc đường dẫn trong trang bắt đầu bằng /.'),
        ),
        migrations.AddConstraint(
            model_name='quicklink',
            constraint=models.CheckConstraint(condition=models.Q(('url', ''), models.Q(models.Q(('url__istartswith', 'https://'), ('url__istartswith', 'http://'), ('url__istartswith', '/'), _connector='OR'), models.Q(('url__startswith', '//'), _negated=True), models.Q(('url__startswith', '/\\'), _negated=True)), _connector='OR'), name='quicklink_url_safe', violation_error_code='unsafe_link', violation_error_message='Liên kết phải là địa chỉ web bắt đầu bằng https:// hoặc http://, hoặc đường dẫn trong trang bắt đầu bằng /.'),
        ),
        migrations.AddConstraint(
            model_name='slide',
            constraint=models.CheckConstraint(condition=models.Q(('link', ''), models.Q(models.Q(('link__istartswith', 'https://'), ('link__istartswith', 'http://'), ('link__istartswith', '/'), _connector='OR'), models.Q(('link__startswith', '//'), _negated=True), models.Q(('link__startswith', '/\\'), _negated=True)), _connector='OR'), name='slide_link_safe', violation_error_code='unsafe_link', violation_error_message='Liên kết phải là địa chỉ web bắt đầu bằng https:// hoặc http://, hoặc đường dẫn trong trang bắt đầu bằng /.'),
        ),
    ]
