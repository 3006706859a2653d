"""Public pages: the honour roll."""

from django.urls import path

from awards.views import honour_roll

app_name = "awards"

urlpatterns = [
    path("", honour_roll.HonourRollIndexView.as_view(), name="index"),
    path("<slug:slug>/", honour_roll.CampaignHonourRollView.as_view(), name="campaign"),
    path("<slug:slug>/<int:period_pk>/", honour_roll.PeriodHonourRollView.as_view(), name="period"),
]
