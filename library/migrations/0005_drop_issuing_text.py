"""The typed issuing bodies are matched (0004): the text goes, and numbers are unique per chosen body again."""

import django.db.models.functions.datetime
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("library", "0004_match_issuing_bodies")]

    operations = [
        migrations.RemoveField(model_name="document", name="issuing_text"),
        migrations.AddConstraint(
            model_name="document",
            constraint=models.UniqueConstraint(
                models.F("issuing_body"),
                models.F("number"),
                django.db.models.functions.datetime.ExtractYear("issued_on"),
                condition=models.Q(("number", ""), _negated=True),
                name="library_document_number_unique",
                violation_error_message="Cơ quan này đã có một văn bản mang số, ký hiệu đó trong cùng năm.",
            ),
        ),
    ]
