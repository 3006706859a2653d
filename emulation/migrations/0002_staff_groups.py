"""Who does what in emulation: officers register their union; sector staff and the emulation office review.

Newsroom groups may read campaigns, so an article can name the campaign it reports on.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICERS = "Cán bộ công đoàn cơ sở"
SECTOR_STAFF = "Cán bộ công đoàn ngành"
EMULATION_OFFICE = "Văn phòng thi đua"
NEWSROOM = ["Biên tập viên", "Duyệt bài"]

READ_CAMPAIGNS = ["view_campaign", "view_criterion", "view_period", "view_campaigndocument"]
OFFICER_PERMISSIONS = [
    *READ_CAMPAIGNS,
    "add_registration", "change_registration", "delete_registration", "view_registration",
    "add_initiative", "change_initiative", "delete_initiative", "view_initiative",
]  # fmt: skip
SECTOR_PERMISSIONS = [
    *OFFICER_PERMISSIONS,
    "review_registration",
    "add_campaign", "change_campaign", "delete_campaign",
    "add_criterion", "change_criterion", "delete_criterion",
    "add_period", "change_period", "delete_period",
    "add_campaigndocument", "change_campaigndocument", "delete_campaigndocument",
]  # fmt: skip
# The emulation office sees every base union's rows and picks initiative authors among members.
OFFICE_MEMBERS_PERMISSIONS = ["view_all_unions", "view_baseunion", "view_member"]


def make_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    config = apps.get_app_config("emulation")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    emulation = Permission.objects.filter(content_type__app_label="emulation")
    for name, codenames in [(OFFICERS, OFFICER_PERMISSIONS), (SECTOR_STAFF, SECTOR_PERMISSIONS)]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*emulation.filter(codename__in=codenames))
    office, _ = Group.objects.get_or_create(name=EMULATION_OFFICE)
    office.permissions.add(*emulation.filter(codename__in=SECTOR_PERMISSIONS))
    office.permissions.add(
        *Permission.objects.filter(content_type__app_label="members", codename__in=OFFICE_MEMBERS_PERMISSIONS)
    )
    for name in NEWSROOM:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*emulation.filter(codename="view_campaign"))


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=EMULATION_OFFICE).delete()
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=[OFFICERS, SECTOR_STAFF, *NEWSROOM]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="emulation"))


class Migration(migrations.Migration):
    dependencies = [
        ("emulation", "0001_initial"),
        ("members", "0002_staff_groups"),
        ("news", "0003_staff_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(make_groups, remove_groups)]
