from django.urls import path

from polls import views

app_name = "polls"

urlpatterns = [
    path("", views.PollListView.as_view(), name="poll_list"),
    path("<slug:slug>/", views.poll_detail, name="poll"),
    path("<slug:slug>/bieu-quyet/", views.poll_vote, name="poll_vote"),
]
