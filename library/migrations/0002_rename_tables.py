"""The tables take the app's name, and the content types (with the permissions and the admin's log that
hang on them) move from news to library, so staff groups keep what they may do."""

from django.db import migrations, models
import django.db.models.functions.datetime

MODELS = ['document']


def relabel(apps, schema_editor, old="news", new="library"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        moved = ContentType.objects.filter(app_label=old, model=model)
        if moved.exists():
            # A migrate stopped halfway may have made an empty one under the new name already.
            ContentType.objects.filter(app_label=new, model=model).delete()
            moved.update(app_label=new)


def unrelabel(apps, schema_editor):
    relabel(apps, schema_editor, old="library", new="news")


class Migration(migrations.Migration):

    dependencies = [
        ('emulation', '0004_delete_campaigndocument'),
        ('library', '0001_initial'),
        ('news', '0014_move_out_reader_features_and_site'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.RunPython(relabel, unrelabel),
        migrations.RemoveConstraint(
            model_name='document',
            name='news_document_title_not_empty',
        ),
        migrations.RemoveConstraint(
            model_name='document',
            name='news_document_kind_valid',
        ),
        migrations.RemoveConstraint(
            model_name='document',
            name='news_document_number_unique',
        ),
        migrations.AddConstraint(
            model_name='document',
            constraint=models.CheckConstraint(condition=models.Q(('title', ''), _negated=True), name='library_document_title_not_empty'),
        ),
        migrations.AddConstraint(
            model_name='document',
            constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['ke_hoach', 'huong_dan', 'quyet_dinh', 'nghi_quyet', 'cong_van', 'thong_bao', 'bao_cao', 'khac'])), name='library_document_kind_valid'),
        ),
        migrations.AddConstraint(
            model_name='document',
            constraint=models.UniqueConstraint(models.F('issuing_body'), models.F('number'), django.db.models.functions.datetime.ExtractYear('issued_on'), condition=models.Q(('number', ''), _negated=True), name='library_document_number_unique', violation_error_message='Cơ quan này đã có một văn bản mang số, ký hiệu đó trong cùng năm.'),
        ),
        migrations.AlterModelTable(
            name='document',
            table=None,
        ),
    ]
