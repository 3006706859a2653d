"""The tables take the app's name, and the content types (with the permissions and the admin's log that
hang on them) move from news to polls, so staff groups keep what they may do."""

from django.db import migrations, models

MODELS = ['poll', 'polloption', 'pollvote']


def relabel(apps, schema_editor, old="news", new="polls"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        moved = ContentType.objects.filter(app_label=old, model=model)
        if moved.exists():
            # A migrate stopped halfway may have made an empty one under the new name already.
            ContentType.objects.filter(app_label=new, model=model).delete()
            moved.update(app_label=new)


def unrelabel(apps, schema_editor):
    relabel(apps, schema_editor, old="polls", new="news")


class Migration(migrations.Migration):

    dependencies = [
        ('polls', '0001_initial'),
        ('news', '0014_move_out_reader_features_and_site'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.RunPython(relabel, unrelabel),
        migrations.RemoveConstraint(
            model_name='poll',
            name='news_poll_closes_after_opening',
        ),
        migrations.RemoveConstraint(
            model_name='pollvote',
            name='news_pollvote_once_per_browser',
        ),
        migrations.AddConstraint(
            model_name='poll',
            constraint=models.CheckConstraint(condition=models.Q(('closes_at__isnull', True), ('closes_at__gt', models.F('opens_at')), _connector='OR'), name='polls_poll_closes_after_opening', violation_error_message='Thời điểm đóng phải sau thời điểm mở.'),
        ),
        migrations.AddConstraint(
            model_name='pollvote',
            constraint=models.UniqueConstraint(models.F('poll'), models.F('voter'), name='polls_pollvote_once_per_browser'),
        ),
        migrations.AlterModelTable(
            name='poll',
            table=None,
        ),
        migrations.AlterModelTable(
            name='polloption',
            table=None,
        ),
        migrations.AlterModelTable(
            name='pollvote',
            table=None,
        ),
    ]
