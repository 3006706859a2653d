"""The tables take the app's name, and the content types (with the permissions and the admin's log that
hang on them) move from news to albums, so staff groups keep what they may do."""

from django.db import migrations

MODELS = ['album', 'albumphoto']


def relabel(apps, schema_editor, old="news", new="albums"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        moved = ContentType.objects.filter(app_label=old, model=model)
        if moved.exists():
            # A migrate stopped halfway may have made an empty one under the new name already.
            ContentType.objects.filter(app_label=new, model=model).delete()
            moved.update(app_label=new)


def unrelabel(apps, schema_editor):
    relabel(apps, schema_editor, old="albums", new="news")


class Migration(migrations.Migration):

    dependencies = [
        ('albums', '0001_initial'),
        ('news', '0014_move_out_reader_features_and_site'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.RunPython(relabel, unrelabel),
        migrations.AlterModelTable(
            name='album',
            table=None,
        ),
        migrations.AlterModelTable(
            name='albumphoto',
            table=None,
        ),
    ]
