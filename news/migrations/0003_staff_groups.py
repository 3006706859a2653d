"""The two newsroom groups: editors write drafts, publishers decide what readers see."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Biên tập viên"
PUBLISHERS = "Duyệt bài"

EDITOR_PERMISSIONS = [
    "add_article", "change_article", "delete_article", "view_article",
    "view_section",
    "add_photo", "view_photo",
]  # fmt: skip
PUBLISHER_PERMISSIONS = [
    *EDITOR_PERMISSIONS,
    "publish_article",
    "add_section", "change_section", "delete_section",
    "change_photo", "delete_photo",
    "add_slide", "change_slide", "delete_slide", "view_slide",
    "add_announcement", "change_announcement", "delete_announcement", "view_announcement",
    "add_anniversary", "change_anniversary", "delete_anniversary", "view_anniversary",
    "change_sitesettings", "view_sitesettings",
]  # fmt: skip


def make_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    news_config = apps.get_app_config("news")
    news_config.models_module = True
    create_permissions(news_config, apps=apps, verbosity=0)
    news_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in [(EDITORS, EDITOR_PERMISSIONS), (PUBLISHERS, PUBLISHER_PERMISSIONS)]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="news", codename__in=codenames))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, PUBLISHERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_search_configuration"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(make_groups, remove_groups)]
