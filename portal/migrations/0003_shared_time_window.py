"""Banner slides and running-line announcements share their time window (unionportal.models.ShownWithinWindow),
named by app and model."""


from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0002_rename_tables'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='announcement',
            name='announcement_window_in_order',
        ),
        migrations.RemoveConstraint(
            model_name='slide',
            name='slide_window_in_order',
        ),
        migrations.AlterField(
            model_name='announcement',
            name='active_until',
            field=models.DateTimeField(blank=True, help_text='Để trống nếu không hẹn ngày gỡ.', null=True, verbose_name='hiện đến'),
        ),
        migrations.AddConstraint(
            model_name='announcement',
            constraint=models.CheckConstraint(condition=models.Q(('active_from__isnull', True), ('active_until__isnull', True), ('active_until__gt', models.F('active_from')), _connector='OR'), name='portal_announcement_window_in_order', violation_error_message='Thời điểm kết thúc phải sau thời điểm bắt đầu.'),
        ),
        migrations.AddConstraint(
            model_name='slide',
            constraint=models.CheckConstraint(condition=models.Q(('active_from__isnull', True), ('active_until__isnull', True), ('active_until__gt', models.F('active_from')), _connector='OR'), name='portal_slide_window_in_order', violation_error_message='Thời điểm kết thúc phải sau thời điểm bắt đầu.'),
        ),
    ]
