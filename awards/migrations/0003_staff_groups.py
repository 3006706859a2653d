"""Who does what in awards: officers propose for their union; the emulation office and sector staff decide."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICERS = "Cán bộ công đoàn cơ sở"
SECTOR_STAFF = "Cán bộ công đoàn ngành"
EMULATION_OFFICE = "Văn phòng thi đua"

READ_VOCABULARY = ["view_authority", "view_awardtype"]
OFFICER_PERMISSIONS = [
    *READ_VOCABULARY,
    "add_proposal", "change_proposal", "delete_proposal", "view_proposal", "view_proposalstep",
    "view_awardline",
]  # fmt: skip
OFFICE_PERMISSIONS = [
    *OFFICER_PERMISSIONS,
    "review_proposal",
    "add_authority", "change_authority", "delete_authority",
    "add_awardtype", "change_awardtype", "delete_awardtype",
    "add_decision", "change_decision", "delete_decision", "view_decision",
    "add_awardline", "change_awardline", "delete_awardline",
]  # fmt: skip


def make_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    config = apps.get_app_config("awards")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    awards = Permission.objects.filter(content_type__app_label="awards")
    for name, codenames in [(OFFICERS, OFFICER_PERMISSIONS), (SECTOR_STAFF, OFFICE_PERMISSIONS), (EMULATION_OFFICE, OFFICE_PERMISSIONS)]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*awards.filter(codename__in=codenames))


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=[OFFICERS, SECTOR_STAFF, EMULATION_OFFICE]):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="awards"))


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0002_authorities_and_award_types"),
        ("emulation", "0002_staff_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(make_groups, remove_groups)]
