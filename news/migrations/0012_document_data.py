"""The documents library takes over the campaigns' documents, and who may look after it.

Every emulation.CampaignDocument becomes a Document of its campaign: same file (the path is
copied, the file is not), same title and kind; no number is known; the date is the campaign's
launch date, else its start. Publishers manage the library; editors read it and add to it
(a publisher makes what they add public). Those who managed campaign documents before, the
sector union's staff and the emulation office, manage the library too; base-union officers read it.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from unionportal.text import fold

EDITORS = "Biên tập viên"
PUBLISHERS = "Duyệt bài"
OFFICERS = "Cán bộ công đoàn cơ sở"
SECTOR_STAFF = "Cán bộ công đoàn ngành"
EMULATION_OFFICE = "Văn phòng thi đua"

READ = ["view_document"]
EDITOR_PERMISSIONS = ["add_document", "view_document"]
MANAGER_PERMISSIONS = ["add_document", "change_document", "delete_document", "view_document"]
GRANTS = [
    (EDITORS, EDITOR_PERMISSIONS),
    (PUBLISHERS, MANAGER_PERMISSIONS),
    (SECTOR_STAFF, MANAGER_PERMISSIONS),
    (EMULATION_OFFICE, MANAGER_PERMISSIONS),
    (OFFICERS, READ),
]
# The campaign documents' kinds, all of which the library has under the same names.
KINDS = {"ke_hoach": "ke_hoach", "huong_dan": "huong_dan", "khac": "khac"}
OTHER = "khac"


def copy_campaign_documents(apps, schema_editor):
    CampaignDocument = apps.get_model("emulation", "CampaignDocument")
    Document = apps.get_model("news", "Document")
    old = CampaignDocument.objects.select_related("campaign").order_by("campaign_id", "order", "id")
    Document.objects.bulk_create(
        [
            Document(
                number="",
                issued_on=paper.campaign.launched_on or paper.campaign.starts_on,
                issuing_body=paper.campaign.launched_by,
                kind=KINDS.get(paper.kind, OTHER),
                title=paper.title,
                file=paper.file.name,
                campaign=paper.campaign,
                # They were shown whenever their campaign was; Document.objects.public() still asks that.
                is_public=True,
                search_folded=fold(" ".join(f"{paper.title} {paper.campaign.launched_by}".split())),
            )
            for paper in old
        ],
        batch_size=500,
    )


def copy_back(apps, schema_editor):
    CampaignDocument = apps.get_model("emulation", "CampaignDocument")
    Document = apps.get_model("news", "Document")
    back = {value: key for key, value in KINDS.items()}
    documents = Document.objects.exclude(campaign=None).order_by("campaign_id", "issued_on", "id")
    CampaignDocument.objects.bulk_create(
        [
            CampaignDocument(
                campaign_id=document.campaign_id,
                title=document.title[:255],
                file=document.file.name,
                kind=back.get(document.kind, OTHER),
                order=number,
            )
            for number, document in enumerate(documents)
        ],
        batch_size=500,
    )


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; these groups need them now.
    config = apps.get_app_config("news")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    news = Permission.objects.filter(content_type__app_label="news")
    for name, codenames in GRANTS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*news.filter(codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    documents = Permission.objects.filter(content_type__app_label="news", codename__in=MANAGER_PERMISSIONS)
    for group in Group.objects.filter(name__in=[name for name, _ in GRANTS]):
        group.permissions.remove(*documents)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0011_document"),
        ("emulation", "0003_campaign_name_folded"),
        ("members", "0002_staff_groups"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(copy_campaign_documents, copy_back),
        migrations.RunPython(grant, revoke),
    ]
