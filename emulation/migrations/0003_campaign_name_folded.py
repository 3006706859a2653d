"""Campaign names without marks, for diacritic-free search; existing campaigns are filled in."""

from django.db import migrations, models

from unionportal.text import fold


def fill(apps, schema_editor):
    Campaign = apps.get_model("emulation", "Campaign")
    campaigns = list(Campaign.objects.only("name"))
    for campaign in campaigns:
        campaign.name_folded = fold(" ".join(campaign.name.split()))
    Campaign.objects.bulk_update(campaigns, ["name_folded"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("emulation", "0002_staff_groups")]

    operations = [
        migrations.AddField(
            model_name="campaign",
            name="name_folded",
            field=models.CharField(default="", editable=False, max_length=255, verbose_name="tên không dấu"),
            preserve_default=False,
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
