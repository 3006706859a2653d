from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from django.views.static import serve

from portal.sitemaps import sitemaps
from portal.views import favicon, robots_txt
from unionportal import accounts
from unionportal.views import health

handler500 = "unionportal.views.server_error"

admin.site.site_header = "Quản trị Cổng thông tin Công đoàn ngành Y tế"
admin.site.site_title = "Quản trị cổng thông tin"
admin.site.index_title = "Bảng điều khiển"
# The article list needs the width more than a second copy of the app menu.
admin.site.enable_nav_sidebar = False
# Name, password and, for an account that has one, the second factor's code (templates/admin/login.html).
admin.site.login_form = accounts.LoginForm

urlpatterns = [
    path("admin/xac-thuc-hai-buoc/", admin.site.admin_view(accounts.second_factor), name="second_factor"),
    path(
        "admin/xac-thuc-hai-buoc/ma-du-phong/",
        admin.site.admin_view(accounts.recovery_codes),
        name="second_factor_recovery_codes",
    ),
    path("admin/so-lieu-doan-vien/", include("members.urls")),
    path("admin/thi-dua-khen-thuong/", include("awards.staff_urls")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": sitemaps}, name="sitemap_index"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("health/", health, name="health"),
    path("favicon.ico", favicon, name="favicon"),
    path("phong-trao/", include("emulation.urls")),
    path("khen-thuong/", include("awards.urls")),
    path("tham-do/", include("polls.urls")),
    path("van-ban/", include("library.urls")),
    path("album-anh/", include("albums.urls")),
    path("", include("portal.urls")),
    path("", include("news.urls")),
]

if settings.SERVE_MEDIA:
    # Development and tests only: in production the reverse proxy serves MEDIA_ROOT.
    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns.append(re_path(rf"^{media_prefix}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}))
