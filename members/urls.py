from django.urls import path

from members import views

app_name = "members"

# Staff only: nothing about members has a public URL.
urlpatterns = [
    path("", views.figures, name="figures"),
]
