from django.urls import path

from albums import views

app_name = "albums"

urlpatterns = [
    path("", views.AlbumListView.as_view(), name="album_list"),
    path("<slug:slug>/", views.AlbumDetailView.as_view(), name="album"),
    path("<slug:slug>/<int:position>/", views.AlbumPhotoView.as_view(), name="album_photo"),
]
