"""Exporting the member list needs a permission of its own, which the two members groups get and the
emulation office (which may view members, to pick them) does not."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Cán bộ công đoàn cơ sở", "Cán bộ công đoàn ngành"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need this one now.
    config = apps.get_app_config("members")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    export = Permission.objects.get(content_type__app_label="members", codename="export_member")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(export)


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0002_staff_groups'),
        ('emulation', '0002_staff_groups'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='member',
            options={'ordering': ['sort_name', 'pk'], 'permissions': [('export_member', 'Xuất danh sách đoàn viên ra tệp')], 'verbose_name': 'đoàn viên', 'verbose_name_plural': 'đoàn viên'},
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
