from django.apps import AppConfig
from django.db.backends.signals import connection_created


def add_unaccent_to_sqlite(sender, connection, **kwargs):
    """Give SQLite the UNACCENT function that search uses on development databases."""
    if connection.vendor == "sqlite":
        from unionportal.text import fold

        connection.connection.create_function(
            "UNACCENT", 1, lambda text: fold(text) if text else text, deterministic=True
        )


class NewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "news"
    verbose_name = "Tin tức"

    def ready(self):
        connection_created.connect(add_unaccent_to_sqlite, dispatch_uid="news-sqlite-unaccent")

        from news import reads
        from unionportal.pagecache import page_served_from_cache

        page_served_from_cache.connect(reads.count_cached_read, dispatch_uid="news-cached-reads")
