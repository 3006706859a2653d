from django.urls import path

from news import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.home, name="home"),
    path("tin-tuc/", views.ArticleListView.as_view(), name="article_list"),
    path("tin-tuc/<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
    path("xem-truoc/<str:signed>/", views.preview_link, name="preview_link"),
    path("chuyen-muc/<slug:slug>/", views.SectionDetailView.as_view(), name="section"),
    path("tim-kiem/", views.SearchView.as_view(), name="search"),
    path("rss/", feeds.LatestArticlesFeed(), name="feed"),
    path("rss/<slug:slug>/", feeds.SectionFeed(), name="section_feed"),
    path("tu-khoa/<slug:slug>/", views.TagDetailView.as_view(), name="tag"),
    path("album-anh/", views.AlbumListView.as_view(), name="album_list"),
    path("album-anh/<slug:slug>/", views.AlbumDetailView.as_view(), name="album"),
    path("album-anh/<slug:slug>/<int:position>/", views.AlbumPhotoView.as_view(), name="album_photo"),
    path("tham-do/", views.PollListView.as_view(), name="poll_list"),
    path("tham-do/<slug:slug>/", views.poll_detail, name="poll"),
    path("tham-do/<slug:slug>/bieu-quyet/", views.poll_vote, name="poll_vote"),
    path("van-ban/", views.DocumentListView.as_view(), name="document_list"),
    path("van-ban/<int:pk>/", views.DocumentDetailView.as_view(), name="document"),
]
