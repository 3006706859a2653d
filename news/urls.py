from django.urls import path

from news import views

app_name = "news"

urlpatterns = [
    path("tin-tuc/", views.ArticleListView.as_view(), name="article_list"),
    path("tin-tuc/<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
    path("xem-truoc/<str:signed>/", views.preview_link, name="preview_link"),
    path("chuyen-muc/<slug:slug>/", views.SectionDetailView.as_view(), name="section"),
    path("tu-khoa/<slug:slug>/", views.TagDetailView.as_view(), name="tag"),
]
