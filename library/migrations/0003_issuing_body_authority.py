"""The issuing body becomes one of the awards app's issuing bodies: the typed text is kept aside while 0004 matches it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0002_rename_tables"),
        ("awards", "0002_authorities_and_award_types"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="document", name="library_document_number_unique"),
        migrations.RenameField(model_name="document", old_name="issuing_body", new_name="issuing_text"),
        migrations.AddField(
            model_name="document",
            name="issuing_body",
            field=models.ForeignKey(
                blank=True,
                help_text="Chọn trong danh sách cơ quan ban hành (Khen thưởng › Cơ quan ban hành).",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="documents",
                to="awards.authority",
                verbose_name="cơ quan ban hành",
            ),
        ),
    ]
