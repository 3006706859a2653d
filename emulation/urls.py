from django.urls import path

from emulation import views

app_name = "emulation"

urlpatterns = [
    path("", views.CampaignListView.as_view(), name="campaign_list"),
    path("<slug:slug>/", views.CampaignDetailView.as_view(), name="campaign"),
]
