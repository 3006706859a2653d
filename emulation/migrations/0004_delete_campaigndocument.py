"""Campaign documents now live in the news library (news.Document with its campaign set): news
migration 0012 copied them there, so the old table goes."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("emulation", "0003_campaign_name_folded"),
        ("news", "0012_document_data"),
    ]

    operations = [migrations.DeleteModel(name="CampaignDocument")]
