"""Who may do what in the newsroom workflow: pins and the audit log are the publishers'; anyone who
writes may share a preview link; the sector union's staff read the audit log."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Biên tập viên"
PUBLISHERS = "Duyệt bài"
SECTOR_STAFF = "Cán bộ công đoàn ngành"

EDITOR_PERMISSIONS = ["add_previewlink", "change_previewlink", "view_previewlink"]
PUBLISHER_PERMISSIONS = [
    *EDITOR_PERMISSIONS,
    "add_pin", "change_pin", "delete_pin", "view_pin",
    "view_auditentry",
]  # fmt: skip
SECTOR_STAFF_PERMISSIONS = ["view_auditentry"]


def grant(apps, schema_editor):
    config = apps.get_app_config("news")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    news = Permission.objects.filter(content_type__app_label="news")
    for name, codenames in [
        (EDITORS, EDITOR_PERMISSIONS),
        (PUBLISHERS, PUBLISHER_PERMISSIONS),
        (SECTOR_STAFF, SECTOR_STAFF_PERMISSIONS),
    ]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*news.filter(codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {*PUBLISHER_PERMISSIONS, *SECTOR_STAFF_PERMISSIONS}
    for group in Group.objects.filter(name__in=[EDITORS, PUBLISHERS, SECTOR_STAFF]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="news", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0007_editorial_workflow"),
        ("members", "0002_staff_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
