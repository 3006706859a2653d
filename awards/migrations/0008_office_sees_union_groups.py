"""The emulation office names union groups (tổ công đoàn) in award lines: it may look them up, as the
decision form's search-as-you-type picker needs; before, the picker said its results could not be loaded."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EMULATION_OFFICE = "Văn phòng thi đua"


def grant(apps, schema_editor):
    config = apps.get_app_config("members")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EMULATION_OFFICE)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="members", codename="view_uniongroup"))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name=EMULATION_OFFICE):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="members", codename="view_uniongroup"))


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0007_proposal_is_late"),
        ("members", "0003_export_permission"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
