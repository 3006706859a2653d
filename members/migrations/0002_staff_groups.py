"""The members groups: base-union officers keep their own union's lists; sector staff see all."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICERS = "Cán bộ công đoàn cơ sở"
SECTOR_STAFF = "Cán bộ công đoàn ngành"

OFFICER_PERMISSIONS = [
    "view_baseunion",
    "add_uniongroup", "change_uniongroup", "delete_uniongroup", "view_uniongroup",
    "add_member", "change_member", "view_member",
    "add_transfer", "view_transfer",
    "add_support", "change_support", "delete_support", "view_support",
]  # fmt: skip
SECTOR_PERMISSIONS = [
    *OFFICER_PERMISSIONS,
    "view_all_unions",
    "add_baseunion", "change_baseunion",
    "add_officer", "change_officer", "delete_officer", "view_officer",
    "view_exportlog",
]  # fmt: skip


def make_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    members_config = apps.get_app_config("members")
    members_config.models_module = True
    create_permissions(members_config, apps=apps, verbosity=0)
    members_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in [(OFFICERS, OFFICER_PERMISSIONS), (SECTOR_STAFF, SECTOR_PERMISSIONS)]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="members", codename__in=codenames))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[OFFICERS, SECTOR_STAFF]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(make_groups, remove_groups)]
