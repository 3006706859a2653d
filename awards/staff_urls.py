"""Staff pages outside the model admin: figures, achievement history, printing, import."""

app_name = "awards_staff"

urlpatterns = [
    # figures: figures, figures_export (fmt = xlsx | csv), figures_print
    # history: history_member (member pk), history_union (base union pk)
    # printing: certificate (award line pk), decision_print (decision pk)
    # import: decision_import (decision pk)
]
