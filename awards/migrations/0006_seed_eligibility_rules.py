"""The conditions for proposing the forms the union uses, seeded from the rules in force and edited by the office.

Each rule cites its source. Where the text in force could not be read and compared (the Luật Thi đua,
khen thưởng 2022 article itself, Nghị định 152/2025/NĐ-CP, the Tổng Liên đoàn's Quy chế of 2024), the rule is
marked "cần văn phòng kiểm tra" and its note says what was compared and what was not: the office confirms it
and clears the mark, rather than trusting a condition nobody checked.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LAW = "Luật Thi đua, khen thưởng 2022 (Luật số 06/2022/QH15)"
UNION_RULES = "Quy chế khen thưởng của tổ chức Công đoàn (Quyết định 999/QĐ-TLĐ ngày 29/5/2024 của Tổng Liên đoàn)"

# Each rule: the form, for whom, its name, source, judgement, whether the office must check it, a note,
# and its requirements as (kind, form named, count, years, level, money saved).
RULES = [
    {
        "award_type": "Chiến sĩ thi đua cơ sở",
        "name": "Đạt Lao động tiên tiến và có sáng kiến, đề tài được công nhận trong năm",
        "legal_source": f"{LAW}, Điều 23",
        "judgement": "Hoàn thành xuất sắc nhiệm vụ trong năm (kết quả đánh giá, xếp loại của đơn vị).",
        "needs_check": True,
        "note": "Đối chiếu được: Điều 23 của Luật Thi đua, khen thưởng (bản trước 2024) yêu cầu đạt tiêu chuẩn "
        "Lao động tiên tiến và có sáng kiến được cơ sở công nhận hoặc đề tài đã nghiệm thu được áp dụng; Bộ Nội vụ "
        "trả lời (chinhsachonline.chinhphu.vn) xét Chiến sĩ thi đua cơ sở năm 2024 theo tiêu chuẩn hoàn thành xuất "
        "sắc nhiệm vụ. Chưa đọc được nguyên văn Điều 23 Luật 2022 và Nghị định 152/2025/NĐ-CP.",
        "requirements": [
            ("danh_hieu", "Lao động tiên tiến", 1, 1, "", 0),
            ("sang_kien", None, 1, 1, "co_so", 0),
        ],
    },
    {
        "award_type": "Chiến sĩ thi đua cấp tỉnh",
        "name": "Ba lần liên tục đạt Chiến sĩ thi đua cơ sở, có sáng kiến cấp tỉnh",
        "legal_source": f"{LAW}, Điều 22",
        "judgement": "Thành tích tiêu biểu xuất sắc trong số những cá nhân đủ điều kiện; hiệu quả và phạm vi ảnh "
        "hưởng của sáng kiến được người đứng đầu tỉnh công nhận.",
        "needs_check": True,
        "note": "Đối chiếu được: ba lần liên tục đạt Chiến sĩ thi đua cơ sở (Điều 22). Yêu cầu sáng kiến có phạm vi "
        "ảnh hưởng cấp tỉnh theo Luật 2022 chưa đọc được nguyên văn.",
        "requirements": [
            ("danh_hieu", "Chiến sĩ thi đua cơ sở", 3, 3, "", 0),
            ("sang_kien", None, 1, 3, "tinh", 0),
        ],
    },
    {
        "award_type": "Chiến sĩ thi đua toàn quốc",
        "name": "Hai lần liên tục đạt Chiến sĩ thi đua cấp tỉnh, có sáng kiến toàn quốc",
        "legal_source": f"{LAW}, Điều 21",
        "judgement": "Thành tích xuất sắc tiêu biểu; sáng kiến (hoặc đề tài, công trình khoa học) áp dụng hiệu quả, "
        "có khả năng nhân rộng trong toàn quốc.",
        "needs_check": False,
        "note": "Nội dung theo Luật 2022 (lawnet.vn): được lựa chọn trong số những cá nhân có 02 lần liên tục được "
        "tặng Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh và có sáng kiến có khả năng nhân rộng trong toàn quốc. "
        "Chiến sĩ thi đua cấp tỉnh xét sau ba năm, nên “02 lần liên tục” được tính là 2 lần trong 6 năm gần nhất.",
        "requirements": [
            ("danh_hieu", "Chiến sĩ thi đua cấp tỉnh", 2, 6, "", 0),
            ("sang_kien", None, 1, 6, "toan_quoc", 0),
        ],
    },
    {
        "award_type": "Bằng khen",
        "name": "Hai lần liên tục đạt Chiến sĩ thi đua cơ sở",
        "legal_source": f"{LAW}, Điều 74 khoản 1 điểm d",
        "judgement": "Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước.",
        "needs_check": False,
        "note": "Nguyên văn điểm d khoản 1 Điều 74 theo câu trả lời của Bộ Nội vụ (chinhsachonline.chinhphu.vn). "
        "Áp dụng cho Bằng khen cấp bộ, ban, ngành, tỉnh; Bằng khen của Liên đoàn Lao động tỉnh và của Công đoàn Y tế "
        "Việt Nam xét theo quy chế khen thưởng của tổ chức Công đoàn.",
        "requirements": [("danh_hieu", "Chiến sĩ thi đua cơ sở", 2, 2, "", 0)],
    },
    {
        "award_type": "Bằng khen",
        "name": "Hai năm liên tục hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến cấp cơ sở",
        "legal_source": f"{LAW}, Điều 74 khoản 1 điểm d",
        "judgement": "Liên tục từ 02 năm trở lên được công nhận hoàn thành xuất sắc nhiệm vụ (kết quả đánh giá không "
        "có trên cổng).",
        "needs_check": False,
        "note": "Cách thứ hai của cùng điểm d: 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cơ sở "
        "(hoặc 02 đề tài, đề án, công trình khoa học đã nghiệm thu) trong thời gian đó.",
        "requirements": [("sang_kien", None, 2, 2, "co_so", 0)],
    },
    {
        "award_type": "Bằng khen của Thủ tướng Chính phủ",
        "name": "Đã có Bằng khen, 05 năm tiếp theo có 05 sáng kiến cấp cơ sở",
        "legal_source": f"{LAW}, Điều 71",
        "judgement": "05 năm liên tục hoàn thành xuất sắc nhiệm vụ sau lần được tặng Bằng khen.",
        "needs_check": True,
        "note": "Tiêu chuẩn theo điểm c khoản 1 Điều 23 Nghị định 65/2014/NĐ-CP (Ban Thi đua – Khen thưởng Trung ương "
        "trả lời), văn bản đã hết hiệu lực. Chưa đối chiếu được Luật 2022 và Nghị định 152/2025/NĐ-CP.",
        "requirements": [
            ("danh_hieu", "Bằng khen", 1, 20, "", 0),
            ("sang_kien", None, 5, 5, "co_so", 0),
        ],
    },
    {
        "award_type": "Bằng Lao động sáng tạo",
        "name": "Có giải pháp, sáng kiến được công nhận làm lợi từ 150 triệu đồng",
        "legal_source": UNION_RULES,
        "judgement": "Mức làm lợi theo trình độ và chức vụ của người được đề nghị: 80 triệu đồng với trình độ cao đẳng "
        "trở xuống, 150 triệu với đại học trở lên, 200 triệu với cán bộ lãnh đạo, quản lý.",
        "needs_check": True,
        "note": "Mức làm lợi lấy theo Điều 16 Quy chế khen thưởng ban hành kèm Quyết định 1564/QĐ-TLĐ năm 2014, đã "
        "được thay thế; văn phòng đối chiếu Quyết định 999/QĐ-TLĐ.",
        "requirements": [("sang_kien", None, 1, 1, "co_so", 150_000_000)],
    },
    {
        "award_type": "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn",
        "name": "Đủ 20 năm công tác công đoàn, chưa được tặng",
        "legal_source": f"{UNION_RULES}; Hướng dẫn 149/HD-TLĐ ngày 04/02/2015",
        "judgement": "Là cán bộ công đoàn chuyên trách hoặc ủy viên ban chấp hành công đoàn cơ sở trở lên, thời gian "
        "công tác công đoàn từ đủ 20 năm (không chuyên trách nhân hệ số 1,5); cổng chỉ có ngày vào công đoàn. Không "
        "đang thi hành kỷ luật.",
        "needs_check": True,
        "note": "Tiêu chuẩn theo hướng dẫn năm 2015 của Tổng Liên đoàn và của các công đoàn ngành: 20 năm công tác "
        "công đoàn, tặng một lần. Văn phòng đối chiếu quy chế hiện hành.",
        "requirements": [
            ("nam_cong_doan", None, 1, 20, "", 0),
            ("cach_lan_truoc", None, 1, 0, "", 0),
        ],
    },
    {
        "award_type": "Cờ thi đua",
        "recipient": "tap_the",
        "name": "Tập thể lao động xuất sắc trong năm, dẫn đầu phong trào thi đua",
        "legal_source": f"{LAW}, Điều 26",
        "judgement": "Hoàn thành xuất sắc, toàn diện nhiệm vụ; là tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi "
        "đua của tỉnh; có nhân tố mới, mô hình mới; nội bộ đoàn kết.",
        "needs_check": True,
        "note": "Chưa đọc được nguyên văn Điều 26 Luật 2022. Yêu cầu “đạt Tập thể lao động xuất sắc trong năm” là "
        "cách xét của nhiều địa phương, đưa vào để văn phòng kiểm tra.",
        "requirements": [("danh_hieu", "Tập thể lao động xuất sắc", 1, 1, "", 0)],
    },
]

OFFICERS = "Cán bộ công đoàn cơ sở"
SECTOR_STAFF = "Cán bộ công đoàn ngành"
EMULATION_OFFICE = "Văn phòng thi đua"
READ = ["view_eligibilityrule", "view_requirement"]
EDIT = [*READ, "add_eligibilityrule", "change_eligibilityrule", "delete_eligibilityrule",
        "add_requirement", "change_requirement", "delete_requirement"]  # fmt: skip


def load(apps, schema_editor):
    AwardType = apps.get_model("awards", "AwardType")
    Rule = apps.get_model("awards", "EligibilityRule")
    Requirement = apps.get_model("awards", "Requirement")
    forms = {award_type.name: award_type for award_type in AwardType.objects.all()}
    for order, spec in enumerate(RULES, start=1):
        if spec["award_type"] not in forms:
            continue  # a form the office has removed or renamed
        rule, created = Rule.objects.get_or_create(
            award_type=forms[spec["award_type"]],
            name=spec["name"],
            defaults={
                "recipient": spec.get("recipient", "ca_nhan"),
                "legal_source": spec["legal_source"],
                "judgement": spec["judgement"],
                "needs_check": spec["needs_check"],
                "note": spec["note"],
                "order": order * 10,
            },
        )
        if not created:
            continue
        for kind, form, count, years, level, money in spec["requirements"]:
            Requirement.objects.create(
                rule=rule, kind=kind, award_type=forms.get(form), count=count, years=years, level=level,
                min_money_saved=money,
            )  # fmt: skip

    config = apps.get_app_config("awards")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    awards = Permission.objects.filter(content_type__app_label="awards")
    for name, codenames in [(OFFICERS, READ), (SECTOR_STAFF, EDIT), (EMULATION_OFFICE, EDIT)]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*awards.filter(codename__in=codenames))


def unload(apps, schema_editor):
    apps.get_model("awards", "EligibilityRule").objects.filter(name__in=[spec["name"] for spec in RULES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("awards", "0005_eligibility_rules"),
        ("awards", "0003_staff_groups"),
    ]

    operations = [migrations.RunPython(load, unload)]
