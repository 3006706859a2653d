"""Staff forms: the certificate print layout, the two steps of importing a decision's award lines, the
figures' scope. They sit in admin pages, so crispy draws them as the admin draws its own forms."""

from pathlib import Path

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils import timezone

from awards.models import PrintLayout
from awards.spreadsheet import DecisionSheet, read_sheet
from unionportal.forms import AdminFieldsHelper

# The preview is confirmed from a signed copy of the rows, so it must not wait forever.
CONFIRM_MAX_AGE = 2 * 60 * 60


class PrintLayoutForm(forms.ModelForm):
    class Meta:
        model = PrintLayout
        fields = ["shift_right_mm", "shift_down_mm", "font_scale", "place"]
        widgets = {
            "shift_right_mm": forms.NumberInput(attrs={"step": "0.5", "class": "vIntegerField"}),
            "shift_down_mm": forms.NumberInput(attrs={"step": "0.5", "class": "vIntegerField"}),
            "font_scale": forms.NumberInput(attrs={"step": "5", "class": "vIntegerField"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = AdminFieldsHelper(self)


class DecisionImportForm(forms.Form):
    file = forms.FileField(
        label="Tệp danh sách",
        help_text="Excel (.xlsx) hoặc CSV (.csv), dòng đầu là tiêu đề cột như tệp mẫu.",
        widget=forms.FileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def __init__(self, *args, decision, **kwargs):
        super().__init__(*args, **kwargs)
        self.decision = decision
        self.sheet = None
        self.helper = AdminFieldsHelper(self)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.sheet = DecisionSheet(self.decision, read_sheet(upload))
        self.file_name = Path(upload.name).name
        return upload


class ConfirmImportForm(forms.Form):
    """The preview's confirm button: carries the checked rows, signed, so nothing waits on the server."""

    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, decision, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.decision = decision
        self.salt = f"awards.decision_import:{decision.pk}:{user.pk}"
        self.sheet = None
        self.helper = AdminFieldsHelper(self)

    @classmethod
    def for_sheet(cls, sheet, *, file_name, user):
        form = cls(decision=sheet.decision, user=user)
        form.initial["token"] = signing.dumps({"name": file_name, "rows": sheet.rows}, salt=form.salt, compress=True)
        return form

    def clean_token(self):
        token = self.cleaned_data["token"]
        try:
            payload = signing.loads(token, salt=self.salt, max_age=CONFIRM_MAX_AGE)
        except signing.SignatureExpired:
            raise ValidationError("Bản xem trước đã quá hạn; hãy tải tệp lên lại.", code="expired") from None
        except signing.BadSignature:
            raise ValidationError("Dữ liệu xác nhận không hợp lệ; hãy tải tệp lên lại.", code="bad_token") from None
        self.file_name = payload["name"]
        self.sheet = DecisionSheet(self.decision, [(number, cells) for number, cells in payload["rows"]])
        return token


class FiguresScopeForm(forms.Form):
    """The figures page's scope: a campaign, or one of the periods grouped under their campaigns,
    showing the scope in force. The query string itself is read by awards.figures.choose_scope."""

    campaign = forms.ChoiceField(label="Phong trào", required=False)
    period = forms.ChoiceField(label="Đợt thi đua", required=False)

    def __init__(self, *, choices, scope):
        """`choices` as period_choices() gives them: [(campaign, [its periods])]."""
        initial = {"campaign": getattr(scope.campaign, "pk", ""), "period": getattr(scope.period, "pk", "")}
        super().__init__(initial=initial, auto_id="figures-%s", label_suffix="")
        self.fields["campaign"].choices = [("", "Tất cả các phong trào")] + [
            (campaign.pk, campaign.name) for campaign, _ in choices
        ]
        self.fields["period"].choices = [("", "Tất cả các đợt")] + [
            (campaign.name, [(period.pk, period.name) for period in periods]) for campaign, periods in choices
        ]
        self.helper = AdminFieldsHelper(self)


class EligibilityScopeForm(forms.Form):
    """The period (required) and, if wanted, the one form of award the eligibility page is about."""

    period = forms.TypedChoiceField(label="Đợt thi đua", coerce=int)
    award_type = forms.TypedChoiceField(label="Hình thức, danh hiệu", coerce=int, required=False, empty_value=None)

    def __init__(self, data, *, choices, award_types):
        """`choices` as period_choices() gives them; `award_types`: the forms that have conditions."""
        super().__init__(data, auto_id="eligibility-%s", label_suffix="")
        self.fields["period"].choices = [
            (campaign.name, [(period.pk, period.name) for period in periods]) for campaign, periods in choices
        ]
        self.fields["award_type"].choices = [("", "Tất cả các hình thức có điều kiện")] + [
            (award_type.pk, award_type.name) for award_type in award_types
        ]
        self.helper = AdminFieldsHelper(self)


class StatisticsYearForm(forms.Form):
    """The year of the year-end statistics, newest first: any year a campaign period covers, or the one after
    (a year's decisions are often signed in the next January)."""

    # Any year is counted; the list offers those the periods suggest.
    year = forms.IntegerField(label="Năm", min_value=1990, max_value=2100, widget=forms.Select)

    def __init__(self, data=None, *, choices):
        """`choices` as period_choices() gives them."""
        super().__init__(data, auto_id="statistics-%s", label_suffix="")
        this_year = timezone.localdate().year
        periods = [period for _, periods in choices for period in periods]
        years = {year for p in periods for year in range(p.starts_on.year, p.ends_on.year + 2) if year <= this_year}
        self.fields["year"].widget.choices = [(year, year) for year in sorted(years | {this_year}, reverse=True)]
        self.fields["year"].initial = this_year
        self.helper = AdminFieldsHelper(self)
