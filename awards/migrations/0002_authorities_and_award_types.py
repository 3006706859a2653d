"""The issuing bodies and forms of award a provincial health-sector union meets, ready to use and editable."""

from django.db import migrations

AUTHORITIES = [
    ("Chủ tịch nước", "nha_nuoc"),
    ("Thủ tướng Chính phủ", "nha_nuoc"),
    ("Bộ Y tế", "trung_uong"),
    ("Tổng Liên đoàn Lao động Việt Nam", "trung_uong"),
    ("Công đoàn Y tế Việt Nam", "trung_uong"),
    ("Ủy ban nhân dân tỉnh", "tinh"),
    ("Liên đoàn Lao động tỉnh", "tinh"),
    ("Sở Y tế", "nganh"),
    ("Công đoàn ngành Y tế", "nganh"),
    ("Thủ trưởng đơn vị", "co_so"),
    ("Công đoàn cơ sở", "co_so"),
]

# (name, category, eligibility): highest first, as lists of honours are read.
AWARD_TYPES = [
    ("Huân chương Lao động hạng Nhất", "khen_thuong", "ca_hai"),
    ("Huân chương Lao động hạng Nhì", "khen_thuong", "ca_hai"),
    ("Huân chương Lao động hạng Ba", "khen_thuong", "ca_hai"),
    ("Chiến sĩ thi đua toàn quốc", "danh_hieu", "ca_nhan"),
    ("Cờ thi đua của Chính phủ", "danh_hieu", "tap_the"),
    ("Bằng khen của Thủ tướng Chính phủ", "khen_thuong", "ca_hai"),
    ("Cờ thi đua", "danh_hieu", "tap_the"),
    ("Bằng Lao động sáng tạo", "khen_thuong", "ca_hai"),
    ("Chiến sĩ thi đua cấp tỉnh", "danh_hieu", "ca_nhan"),
    ("Bằng khen", "khen_thuong", "ca_hai"),
    ("Tập thể lao động xuất sắc", "danh_hieu", "tap_the"),
    ("Chiến sĩ thi đua cơ sở", "danh_hieu", "ca_nhan"),
    ("Tập thể lao động tiên tiến", "danh_hieu", "tap_the"),
    ("Lao động tiên tiến", "danh_hieu", "ca_nhan"),
    ("Giấy khen", "khen_thuong", "ca_hai"),
    ("Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn", "khen_thuong", "ca_nhan"),
    ("Kỷ niệm chương Vì sức khỏe nhân dân", "khen_thuong", "ca_nhan"),
]


def load(apps, schema_editor):
    Authority = apps.get_model("awards", "Authority")
    AwardType = apps.get_model("awards", "AwardType")
    for order, (name, level) in enumerate(AUTHORITIES, start=1):
        Authority.objects.get_or_create(name=name, defaults={"level": level, "order": order * 10})
    for order, (name, category, eligibility) in enumerate(AWARD_TYPES, start=1):
        AwardType.objects.get_or_create(
            name=name, defaults={"category": category, "eligibility": eligibility, "order": order * 10}
        )


def unload(apps, schema_editor):
    apps.get_model("awards", "AwardType").objects.filter(name__in=[row[0] for row in AWARD_TYPES]).delete()
    apps.get_model("awards", "Authority").objects.filter(name__in=[row[0] for row in AUTHORITIES]).delete()


class Migration(migrations.Migration):
    dependencies = [("awards", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
