"""manage.py drop_page_cache: every node renders its public pages afresh (unionportal/pagecache.py).

Saving anything in the admin does this by itself. This is for changes made behind the portal's back:
uploaded files or photo renditions deleted or restored by hand, rows changed in SQL.
"""

from django.core.management.base import BaseCommand

from unionportal import pagecache


class Command(BaseCommand):
    help = "Bỏ mọi trang đã lưu trong bộ nhớ đệm trang, trên mọi máy chủ: trang được dựng lại ở lần đọc sau."

    def handle(self, *args, **options):
        pagecache.pages_changed()
        self.stdout.write(self.style.SUCCESS("Đã bỏ các trang trong bộ nhớ đệm; trang được dựng lại ở lần đọc sau."))
