"""Publishers, who keep the banner, the running line and the quick links, keep the menu too."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PUBLISHERS = "Duyệt bài"
PERMISSIONS = ["add_menuitem", "change_menuitem", "delete_menuitem", "view_menuitem"]


def grant(apps, schema_editor):
    config = apps.get_app_config("portal")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=PUBLISHERS)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="portal", codename__in=PERMISSIONS))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name=PUBLISHERS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="portal", codename__in=PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_menu"),
        ("news", "0010_reader_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
