"""Demo emulation campaigns with periods and criteria, registrations and about 100 initiatives.

Run it after demo_members (it uses the base unions and members there) as often as you like:
what exists already is left alone. Fixed seed, so every run on a fresh database is the same.
"""

import datetime
import random

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from emulation.models import Campaign, Criterion, Initiative, Period, Registration
from members.models import BaseUnion, Member

SEED = 2026
INITIATIVE_COUNT = 100
D = datetime.date
PROVINCE_BODY = "Ban Chấp hành Công đoàn ngành Y tế tỉnh"
Kind = Campaign.Kind
PeriodKind = Period.Kind
ROUNDS_2026 = [
    ("Đợt 1 năm 2026", PeriodKind.ROUND, D(2026, 1, 1), D(2026, 4, 30)),
    ("Đợt 2 năm 2026", PeriodKind.ROUND, D(2026, 5, 1), D(2026, 7, 31)),
    ("Đợt 3 năm 2026", PeriodKind.ROUND, D(2026, 8, 1), D(2026, 12, 31)),
]
YEAR_2025 = ("Năm 2025", PeriodKind.YEAR, D(2025, 1, 1), D(2025, 12, 31))
PHASE_2021_2025 = ("Giai đoạn 2021–2025", PeriodKind.PHASE, D(2021, 1, 1), D(2025, 12, 31))

CAMPAIGNS = [
    {
        "name": "Lao động giỏi, lao động sáng tạo",
        "slogan": "Mỗi cán bộ y tế một sáng kiến, mỗi khoa phòng một cải tiến",
        "kind": Kind.REGULAR,
        "launched_by": PROVINCE_BODY,
        "launched_on": D(2021, 3, 2),
        "starts_on": D(2021, 1, 1),
        "ends_on": D(2030, 12, 31),
        "description": (
            "<p>Phong trào nhằm khơi dậy tinh thần lao động sáng tạo của đoàn viên, người lao động "
            "trong toàn ngành, gắn với nâng cao chất lượng khám bệnh, chữa bệnh và chăm sóc sức khỏe "
            "Nhân dân.</p><p>Các công đoàn cơ sở đăng ký thi đua theo từng đợt, sơ kết cuối mỗi đợt "
            "và tổng kết vào cuối năm.</p>"
        ),
        "periods": [PHASE_2021_2025, YEAR_2025, *ROUNDS_2026],
        "criteria": [
            "Hoàn thành xuất sắc nhiệm vụ chuyên môn được giao; không có sai sót chuyên môn gây hậu quả.",
            "Có ít nhất một sáng kiến, cải tiến kỹ thuật hoặc giải pháp công tác được Hội đồng cấp cơ sở công nhận.",
            "Tích cực học tập nâng cao trình độ chuyên môn, nghiệp vụ, kỹ năng số.",
            "Chấp hành nghiêm nội quy, quy chế của đơn vị; thực hành tiết kiệm, chống lãng phí.",
        ],
    },
    {
        "name": "Giỏi việc nước, đảm việc nhà",
        "slogan": "Nữ cán bộ y tế giỏi chuyên môn, vững gia đình",
        "kind": Kind.REGULAR,
        "launched_by": "Ban Nữ công Công đoàn ngành Y tế tỉnh",
        "launched_on": D(2021, 3, 8),
        "starts_on": D(2021, 1, 1),
        "ends_on": D(2030, 12, 31),
        "description": (
            "<p>Phong trào dành cho nữ đoàn viên, người lao động trong ngành, gắn với cuộc vận động "
            "xây dựng gia đình no ấm, tiến bộ, hạnh phúc.</p>"
        ),
        "periods": [YEAR_2025, ("Năm 2026", PeriodKind.YEAR, D(2026, 1, 1), D(2026, 12, 31))],
        "criteria": [
            "Hoàn thành tốt nhiệm vụ chuyên môn; tích cực tham gia các hoạt động của tổ chức công đoàn.",
            "Xây dựng gia đình văn hóa, thực hiện tốt chính sách dân số, chăm sóc và nuôi dạy con tốt.",
            "Tích cực tham gia các hoạt động xã hội, từ thiện tại địa phương.",
        ],
    },
    {
        "name": "Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh",
        "slogan": "Người bệnh đến đón tiếp niềm nở, người bệnh ở chăm sóc tận tình, người bệnh về dặn dò chu đáo",
        "kind": Kind.REGULAR,
        "launched_by": "Bộ Y tế; Công đoàn Y tế Việt Nam",
        "launched_on": D(2015, 6, 1),
        "starts_on": D(2015, 6, 1),
        "ends_on": D(2030, 12, 31),
        "description": (
            "<p>Thực hiện Kế hoạch của Bộ Y tế về đổi mới phong cách, thái độ phục vụ, các đơn vị triển "
            "khai đường dây nóng, hòm thư góp ý, khảo sát sự hài lòng của người bệnh định kỳ.</p>"
        ),
        "periods": [PHASE_2021_2025, ("Năm 2026", PeriodKind.YEAR, D(2026, 1, 1), D(2026, 12, 31))],
        "criteria": [
            "Thực hiện tốt Quy tắc ứng xử của công chức, viên chức, người lao động tại cơ sở y tế.",
            "Tỷ lệ người bệnh hài lòng qua khảo sát đạt từ 90% trở lên.",
            "Không có phản ánh về thái độ phục vụ được xác minh là đúng.",
            "Cải tiến quy trình khám bệnh, rút ngắn thời gian chờ của người bệnh.",
        ],
    },
    {
        "name": "Thi đua đẩy mạnh chuyển đổi số trong khám bệnh, chữa bệnh năm 2026",
        "slogan": "Chuyển đổi số vì người bệnh",
        "kind": Kind.THEMATIC,
        "launched_by": PROVINCE_BODY,
        "launched_on": D(2026, 1, 15),
        "starts_on": D(2026, 1, 1),
        "ends_on": D(2026, 12, 31),
        "description": (
            "<p>Phong trào chuyên đề hưởng ứng triển khai bệnh án điện tử, thanh toán không dùng tiền "
            "mặt và sổ sức khỏe điện tử tại các cơ sở khám bệnh, chữa bệnh.</p>"
        ),
        "periods": ROUNDS_2026,
        "criteria": [
            "Triển khai bệnh án điện tử theo đúng lộ trình của Sở Y tế.",
            "Trên 80% người bệnh ngoại trú thanh toán viện phí không dùng tiền mặt.",
            "100% đoàn viên được tập huấn kỹ năng số cơ bản.",
        ],
    },
]
PLEDGES = [
    "100% đoàn viên đăng ký thi đua; phấn đấu 85% đạt danh hiệu Lao động tiên tiến.",
    "Có ít nhất 5 sáng kiến, cải tiến kỹ thuật được Hội đồng cấp cơ sở công nhận.",
    "Công đoàn cơ sở đạt danh hiệu Vững mạnh, xuất sắc.",
    "Tỷ lệ người bệnh hài lòng đạt từ 90% trở lên.",
    "Không có đoàn viên vi phạm Quy tắc ứng xử.",
]
INITIATIVE_TOPICS = {
    Initiative.Kind.INITIATIVE: [
        ("Cải tiến quy trình đón tiếp người bệnh tại", "Quản lý bệnh viện"),
        ("Ứng dụng phần mềm nhắc lịch tái khám qua tin nhắn tại", "Công nghệ thông tin"),
        ("Giải pháp giảm thời gian chờ lấy mẫu xét nghiệm tại", "Xét nghiệm"),
        ("Cải tiến xe tiêm an toàn trong chăm sóc người bệnh tại", "Điều dưỡng"),
        ("Sáng kiến tái sử dụng vật tư tiêu hao hợp lý tại", "Dược – Vật tư"),
        ("Cải tiến bảng theo dõi chăm sóc người bệnh nặng tại", "Điều dưỡng"),
        ("Giải pháp tiết kiệm điện năng trong vận hành thiết bị tại", "Hành chính quản trị"),
    ],
    Initiative.Kind.RESEARCH: [
        ("Đánh giá sự hài lòng của người bệnh nội trú tại", "Quản lý bệnh viện"),
        ("Thực trạng kiến thức phòng chống nhiễm khuẩn của điều dưỡng tại", "Kiểm soát nhiễm khuẩn"),
        ("Kết quả điều trị tăng huyết áp ngoại trú tại", "Nội khoa"),
    ],
    Initiative.Kind.WORK: [
        ("Mô hình vườn thuốc nam mẫu tại", "Y học cổ truyền"),
        ("Bộ dụng cụ tập phục hồi chức năng tự làm tại", "Phục hồi chức năng"),
    ],
}
KIND_WEIGHTS = {Initiative.Kind.INITIATIVE: 70, Initiative.Kind.RESEARCH: 20, Initiative.Kind.WORK: 10}
LEVEL_WEIGHTS = {
    Initiative.Level.BASE: 60,
    Initiative.Level.SECTOR: 25,
    Initiative.Level.PROVINCE: 12,
    Initiative.Level.NATIONAL: 3,
}
LEVEL_ISSUERS = {
    Initiative.Level.BASE: "Giám đốc đơn vị",
    Initiative.Level.SECTOR: "Công đoàn ngành Y tế tỉnh",
    Initiative.Level.PROVINCE: "UBND tỉnh",
    Initiative.Level.NATIONAL: "Tổng Liên đoàn Lao động Việt Nam",
}
EXTERNAL_CO_AUTHORS = ["TS. Lê Văn Hưng (Trường Đại học Y dược)", "ThS. Phạm Thu Trang (Sở Y tế)"]


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu phong trào thi đua (chạy lại không tạo trùng)."

    @transaction.atomic
    def handle(self, *args, **options):
        rng = random.Random(SEED)  # noqa: S311 (demo data, not secrets)
        campaigns = [self.make_campaign(spec) for spec in CAMPAIGNS]
        unions = list(BaseUnion.objects.active().order_by("pk"))
        if not unions:
            self.stdout.write("Chưa có công đoàn cơ sở (chạy demo_members trước): bỏ qua đăng ký và sáng kiến.")
        else:
            self.make_registrations(rng, campaigns, unions)
            self.make_initiatives(rng, campaigns[0], unions)
        self.stdout.write(
            f"Phong trào: {Campaign.objects.count()}, đợt: {Period.objects.count()}, "
            f"đăng ký: {Registration.objects.count()}, sáng kiến: {Initiative.objects.count()}."
        )

    def make_campaign(self, spec):
        fields = {key: value for key, value in spec.items() if key not in {"name", "periods", "criteria"}}
        status = Campaign.Status.RUNNING if spec["starts_on"] <= timezone.localdate() else Campaign.Status.PLANNED
        campaign, created = Campaign.objects.get_or_create(
            name=spec["name"], defaults={**fields, "status": status, "is_public": True}
        )
        for name, kind, starts_on, ends_on in spec["periods"]:
            Period.objects.get_or_create(
                campaign=campaign, name=name, defaults={"kind": kind, "starts_on": starts_on, "ends_on": ends_on}
            )
        if created:
            Criterion.objects.bulk_create(
                Criterion(campaign=campaign, order=number, text=text)
                for number, text in enumerate(spec["criteria"], start=1)
            )
        return campaign

    def make_registrations(self, rng, campaigns, unions):
        periods = [
            campaigns[0].periods.get(name="Năm 2025"),
            campaigns[0].periods.get(name="Đợt 1 năm 2026"),
            campaigns[1].periods.get(name="Năm 2026"),
        ]
        taken = set(Registration.objects.values_list("base_union_id", "period_id"))
        Status = Registration.Status
        rows = []
        for period in periods:
            closed = period.ends_on < timezone.localdate()
            for union in unions:
                if (union.pk, period.pk) in taken:
                    continue
                status = Status.APPROVED if closed else rng.choices(list(Status), weights=[2, 4, 1, 8])[0]
                submitted_at = timezone.make_aware(
                    datetime.datetime.combine(
                        period.starts_on + datetime.timedelta(days=rng.randint(5, 25)), datetime.time(9)
                    )
                )
                reviewed = status in {Status.APPROVED, Status.RETURNED}
                rows.append(
                    Registration(
                        base_union=union,
                        period=period,
                        pledges="\n".join(rng.sample(PLEDGES, 3)),
                        status=status,
                        return_reason=(
                            "Đề nghị bổ sung chỉ tiêu về sáng kiến, cải tiến kỹ thuật."
                            if status == Status.RETURNED
                            else ""
                        ),
                        submitted_at=None if status == Status.DRAFT else submitted_at,
                        reviewed_at=submitted_at + datetime.timedelta(days=7) if reviewed else None,
                    )
                )
        Registration.objects.bulk_create(rows)

    def make_initiatives(self, rng, campaign, unions):
        periods = list(
            campaign.periods.filter(kind__in=[Period.Kind.YEAR, Period.Kind.ROUND], starts_on__year__lte=2026)
        )
        if Initiative.objects.filter(period__campaign=campaign).exists():
            return
        members = {}
        for member_id, union_id in Member.objects.active().order_by("pk").values_list("pk", "base_union_id"):
            members.setdefault(union_id, []).append(member_id)
        initiatives, author_ids = [], []
        for number in range(INITIATIVE_COUNT):
            union = rng.choice(unions)
            kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
            topic, field = rng.choice(INITIATIVE_TOPICS[kind])
            level = rng.choices(list(LEVEL_WEIGHTS), weights=list(LEVEL_WEIGHTS.values()))[0]
            period = rng.choice(periods)
            saved = (
                rng.randrange(5, 300) * 1_000_000
                if kind != Initiative.Kind.RESEARCH
                else rng.choice([0, 0, 20_000_000])
            )
            unit = union.name.removeprefix("Công đoàn ").removeprefix("cơ quan ")
            initiatives.append(
                Initiative(
                    title=f"{topic} {unit}",
                    kind=kind,
                    base_union=union,
                    period=period,
                    field=field,
                    level=level,
                    recognition_decision=f"Quyết định số {100 + number}/QĐ ngày "
                    f"{period.ends_on:%d/%m/%Y} của {LEVEL_ISSUERS[level]}",
                    money_saved=saved,
                    applied_at=unit,
                    co_authors=rng.choice(EXTERNAL_CO_AUTHORS) if rng.random() < 0.1 else "",
                )
            )
            pool = members.get(union.pk, [])
            author_ids.append(rng.sample(pool, min(len(pool), rng.randint(1, 3))))
        Initiative.objects.bulk_create(initiatives)
        Through = Initiative.authors.through
        Through.objects.bulk_create(
            Through(initiative_id=initiative.pk, member_id=member_id)
            for initiative, ids in zip(initiatives, author_ids, strict=True)
            for member_id in ids
        )
