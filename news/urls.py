from django.urls import path

from news import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.home, name="home"),
    path("tin-tuc/", views.ArticleListView.as_view(), name="article_list"),
    path("tin-tuc/<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
    path("chuyen-muc/<slug:slug>/", views.SectionDetailView.as_view(), name="section"),
    path("tim-kiem/", views.SearchView.as_view(), name="search"),
    path("rss/", feeds.LatestArticlesFeed(), name="feed"),
    path("rss/<slug:slug>/", feeds.SectionFeed(), name="section_feed"),
]
