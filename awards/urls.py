"""Public pages: the honour roll."""

app_name = "awards"

urlpatterns = []
