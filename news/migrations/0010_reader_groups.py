"""Who looks after the reader features: editors make albums and tags as they write; publishers
also run polls and the quick links."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Biên tập viên"
PUBLISHERS = "Duyệt bài"

EDITOR_PERMISSIONS = [
    "add_album", "change_album", "view_album",
    "add_albumphoto", "change_albumphoto", "delete_albumphoto", "view_albumphoto",
    "add_tag", "view_tag",
]  # fmt: skip
PUBLISHER_PERMISSIONS = [
    *EDITOR_PERMISSIONS,
    "delete_album", "change_tag", "delete_tag",
    "add_poll", "change_poll", "delete_poll", "view_poll",
    "add_polloption", "change_polloption", "delete_polloption", "view_polloption",
    "view_pollvote",
    "add_quicklink", "change_quicklink", "delete_quicklink", "view_quicklink",
    "view_readcount",
]  # fmt: skip


def grant(apps, schema_editor):
    config = apps.get_app_config("news")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    news = Permission.objects.filter(content_type__app_label="news")
    for name, codenames in [(EDITORS, EDITOR_PERMISSIONS), (PUBLISHERS, PUBLISHER_PERMISSIONS)]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*news.filter(codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=[EDITORS, PUBLISHERS]):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="news", codename__in=PUBLISHER_PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0009_reader_features"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
