"""Union groups are searched with or without marks ("khoa duoc" finds "Khoa Dược"), as members are."""

from django.db import migrations, models

from unionportal.text import fold


def fill(apps, schema_editor):
    UnionGroup = apps.get_model("members", "UnionGroup")
    groups = list(UnionGroup.objects.all())
    for group in groups:
        group.name_folded = fold(group.name)
    UnionGroup.objects.bulk_update(groups, ["name_folded"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_export_permission"),
    ]

    operations = [
        migrations.AddField(
            model_name="uniongroup",
            name="name_folded",
            field=models.CharField(default="", editable=False, max_length=200, verbose_name="tên không dấu"),
            preserve_default=False,
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
