from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class UnionPortalConfig(AppConfig):
    name = "unionportal"

    def ready(self):
        from unionportal import pagecache

        # Any model: pagecache.shows_on_pages() decides which changes drop the kept pages.
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(pagecache.model_changed, dispatch_uid=f"pagecache-{signal}")
