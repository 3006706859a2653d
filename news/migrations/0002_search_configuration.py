"""PostgreSQL full-text search for Vietnamese: the unaccent extension, a text search
configuration that folds marks away, and a GIN index on the stored article vectors.
Nothing happens on SQLite, whose development search is in ArticleQuerySet."""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

FORWARD = """
CREATE TEXT SEARCH CONFIGURATION vietnamese_unaccent (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION vietnamese_unaccent
    ALTER MAPPING FOR word, hword, hword_part, numword, numhword WITH unaccent, simple;
CREATE INDEX article_search_vector_idx ON news_article USING gin (search_vector);
"""
BACKWARD = """
DROP INDEX IF EXISTS article_search_vector_idx;
DROP TEXT SEARCH CONFIGURATION IF EXISTS vietnamese_unaccent;
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial")]

    operations = [
        UnaccentExtension(),
        migrations.RunPython(on_postgresql(FORWARD), on_postgresql(BACKWARD), elidable=False),
    ]
