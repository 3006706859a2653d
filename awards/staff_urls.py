"""Staff pages outside the model admin: figures, eligibility, achievement history, printing, import."""

from django.urls import path

from awards.views import eligibility, figures, history, imports, printing

app_name = "awards_staff"

urlpatterns = [
    # figures
    path("", figures.figures, name="figures"),
    path("xuat/<str:fmt>/", figures.figures_export, name="figures_export"),
    path("in/", figures.figures_print, name="figures_print"),
    path("thong-ke-nam/", figures.year_statistics_export, name="year_statistics"),
    # eligibility
    path("du-dieu-kien/", eligibility.eligible, name="eligible"),
    path("du-dieu-kien/lap-de-nghi/", eligibility.propose, name="eligible_propose"),
    # history
    path("thanh-tich/doan-vien/<int:pk>/", history.member_history, name="history_member"),
    path("thanh-tich/cong-doan/<int:pk>/", history.union_history, name="history_union"),
    # printing
    path("giay-khen/<int:pk>/", printing.certificate, name="certificate"),
    path("giay-khen/can-le.css", printing.certificate_css, name="certificate_css"),
    path("quyet-dinh/<int:pk>/in-danh-sach/", printing.decision_print, name="decision_print"),
    path("de-nghi/<int:pk>/bao-cao-thanh-tich/", printing.proposal_report, name="proposal_report"),
    path("de-nghi/<int:pk>/bao-cao-thanh-tich.docx", printing.proposal_report_docx, name="proposal_report_docx"),
    # import
    path("quyet-dinh/<int:pk>/nhap-danh-sach/", imports.decision_import, name="decision_import"),
    path("nhap-danh-sach/tep-mau/", imports.decision_import_template, name="decision_import_template"),
]
