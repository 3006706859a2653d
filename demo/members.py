"""Demo base unions, groups and about 2,000 members with believable Vietnamese names.

Run it as often as you like: it adds nothing when the demo unions already have members.
"""

import datetime
import random

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from members.models import BaseUnion, Member, Officer, Support, UnionGroup
from members.roles import OFFICERS
from unionportal.demo_accounts import ensure_account

SEED = 2026
HOSPITAL_DEPARTMENTS = [
    "Khoa Khám bệnh", "Khoa Cấp cứu", "Khoa Hồi sức tích cực – Chống độc", "Khoa Nội tổng hợp",
    "Khoa Nội tim mạch", "Khoa Ngoại tổng hợp", "Khoa Chấn thương chỉnh hình", "Khoa Phụ sản",
    "Khoa Nhi", "Khoa Truyền nhiễm", "Khoa Y học cổ truyền", "Khoa Gây mê hồi sức",
    "Khoa Xét nghiệm", "Khoa Chẩn đoán hình ảnh", "Khoa Dược", "Khoa Dinh dưỡng",
    "Khoa Kiểm soát nhiễm khuẩn", "Phòng Kế hoạch tổng hợp", "Phòng Điều dưỡng", "Phòng Tổ chức cán bộ",
    "Phòng Tài chính kế toán", "Phòng Hành chính quản trị",
]  # fmt: skip
SMALL_UNIT_DEPARTMENTS = [
    "Phòng Tổ chức – Hành chính", "Phòng Kế hoạch – Nghiệp vụ", "Phòng Tài chính – Kế toán",
    "Khoa Kiểm soát bệnh tật", "Khoa Xét nghiệm", "Trạm Y tế xã", "Tổ Văn phòng", "Tổ Sản xuất",
]  # fmt: skip
Block = BaseUnion.Block
# (name, code, block, how many members, how many groups)
UNIONS = [
    ("Công đoàn Bệnh viện Đa khoa tỉnh", "BVDKT", Block.PUBLIC_SERVICE, 420, 22),
    ("Công đoàn Bệnh viện Sản – Nhi tỉnh", "BVSN", Block.PUBLIC_SERVICE, 260, 20),
    ("Công đoàn Bệnh viện Y dược cổ truyền tỉnh", "BVYDCT", Block.PUBLIC_SERVICE, 150, 16),
    ("Công đoàn Bệnh viện Phổi tỉnh", "BVP", Block.PUBLIC_SERVICE, 110, 12),
    ("Công đoàn Bệnh viện Tâm thần tỉnh", "BVTT", Block.PUBLIC_SERVICE, 90, 10),
    ("Công đoàn Trung tâm Y tế huyện Chợ Mới", "TTYTCM", Block.PUBLIC_SERVICE, 180, 14),
    ("Công đoàn Trung tâm Y tế huyện Bạch Thông", "TTYTBT", Block.PUBLIC_SERVICE, 140, 12),
    ("Công đoàn Trung tâm Y tế huyện Na Rì", "TTYTNR", Block.PUBLIC_SERVICE, 130, 12),
    ("Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh", "CDC", Block.PUBLIC_SERVICE, 95, 8),
    ("Công đoàn Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm", "TTKN", Block.PUBLIC_SERVICE, 35, 5),
    ("Công đoàn cơ quan Sở Y tế", "SYT", Block.PUBLIC_SERVICE, 60, 6),
    ("Công đoàn Trường Cao đẳng Y tế", "CDYT", Block.PUBLIC_SERVICE, 85, 8),
    ("Công đoàn Bệnh viện Đa khoa tư nhân An Phước", "BVAP", Block.NON_PUBLIC, 120, 10),
    ("Công đoàn Phòng khám Đa khoa Thiện Tâm", "PKTT", Block.NON_PUBLIC, 40, 4),
    ("Công đoàn Công ty Cổ phần Dược – Vật tư y tế", "DUOCVT", Block.ENTERPRISE, 95, 6),
]
# Family names with their rough share of the population.
FAMILY_NAMES = [
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Phan", 4), ("Vũ", 4), ("Đặng", 2),
    ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1), ("Ngô", 1), ("Dương", 1), ("Lý", 1), ("Nông", 2), ("Hà", 1),
    ("Lường", 1), ("Triệu", 1), ("Ma", 1), ("Lục", 1),
]  # fmt: skip
MIDDLE_NAMES = {
    Member.Gender.MALE: ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Công", "Ngọc", "Xuân"],
    Member.Gender.FEMALE: ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim", "Hồng", "Thúy"],
}
GIVEN_NAMES = {
    Member.Gender.MALE: [
        "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khải", "Khánh",
        "Kiên", "Long", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng",
        "Thành", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh",
    ],
    Member.Gender.FEMALE: [
        "Anh", "Ánh", "Châu", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huệ",
        "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh",
        "Thảo", "Thu", "Thủy", "Trang", "Vân", "Yến",
    ],
}  # fmt: skip
OCCUPATIONS = [
    ("Bác sĩ", 25), ("Điều dưỡng", 35), ("Hộ sinh", 5), ("Kỹ thuật viên", 10), ("Dược sĩ", 7),
    ("Y sĩ", 5), ("Kế toán", 4), ("Nhân viên hành chính", 6), ("Hộ lý", 3),
]  # fmt: skip
SUPPORT_AMOUNTS = {
    Support.Kind.SICK_VISIT: [500_000, 1_000_000],
    Support.Kind.HARDSHIP: [1_000_000, 2_000_000, 3_000_000],
    Support.Kind.TET_GIFT: [500_000, 1_000_000],
    Support.Kind.HOUSING: [30_000_000, 50_000_000],
}


def random_date(rng, start, end):
    return start + datetime.timedelta(days=rng.randrange((end - start).days))


class Command(BaseCommand):
    help = "Thêm dữ liệu mẫu: công đoàn cơ sở, tổ công đoàn, khoảng 2.000 đoàn viên, chuyển sinh hoạt và chăm lo."

    @transaction.atomic
    def handle(self, *args, **options):
        rng = random.Random(SEED)  # noqa: S311 (demo data, not secrets)
        unions = []
        for name, code, block, member_count, group_count in UNIONS:
            union, _ = BaseUnion.objects.get_or_create(code=code, defaults={"name": name, "block": block})
            departments = HOSPITAL_DEPARTMENTS if group_count > len(SMALL_UNIT_DEPARTMENTS) else SMALL_UNIT_DEPARTMENTS
            for department in departments[:group_count]:
                UnionGroup.objects.get_or_create(base_union=union, name=department)
            unions.append((union, member_count))
        if settings.DEBUG:
            self.make_officer(unions[0][0])
        if Member.objects.filter(base_union__in=[union for union, _ in unions]).exists():
            self.stdout.write("Dữ liệu mẫu đoàn viên đã có, không thêm nữa.")
            return

        members = self.make_members(rng, unions)
        transfers = self.make_transfers(rng, members)
        supports = self.make_supports(rng, members)
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã thêm {len(unions)} công đoàn cơ sở, {len(members)} đoàn viên, "
                f"{transfers} lượt chuyển sinh hoạt, {supports} lượt chăm lo."
            )
        )

    def make_officer(self, union):
        """A local login for trying what a base-union officer sees (development only)."""
        user = ensure_account(
            "canbocoso", f"Cán bộ công đoàn cơ sở: chỉ thấy đoàn viên của {union.name}", group_name=OFFICERS
        )
        Officer.objects.get_or_create(user=user, defaults={"base_union": union})

    def make_members(self, rng, unions):
        groups_by_union = {}
        for group in UnionGroup.objects.filter(base_union__in=[union for union, _ in unions]):
            groups_by_union.setdefault(group.base_union_id, []).append(group)
        family_names, family_weights = zip(*FAMILY_NAMES, strict=True)
        occupations, occupation_weights = zip(*OCCUPATIONS, strict=True)
        statuses = [Member.Status.ACTIVE] * 92 + [Member.Status.RETIRED] * 5 + [Member.Status.LEFT] * 3
        members = []
        card = 0
        for union, member_count in unions:
            for _ in range(member_count):
                card += 1
                gender = Member.Gender.FEMALE if rng.random() < 0.68 else Member.Gender.MALE
                full_name = " ".join(
                    [
                        rng.choices(family_names, family_weights)[0],
                        rng.choice(MIDDLE_NAMES[gender]),
                        rng.choice(GIVEN_NAMES[gender]),
                    ]
                )
                birth_date = random_date(rng, datetime.date(1966, 1, 1), datetime.date(2001, 12, 31))
                joined_on = random_date(rng, birth_date + datetime.timedelta(days=22 * 365), datetime.date(2026, 6, 30))
                member = Member(
                    full_name=full_name,
                    gender=gender,
                    birth_date=birth_date,
                    occupation=rng.choices(occupations, occupation_weights)[0],
                    base_union=union,
                    group=rng.choice(groups_by_union[union.pk]),
                    joined_on=joined_on,
                    card_number=f"YT{card:07d}",
                    phone=f"09{rng.randrange(10**8):08d}",
                    status=rng.choice(statuses),
                )
                member.fill_name_keys()
                members.append(member)
        return Member.objects.bulk_create(members, batch_size=500)

    def make_transfers(self, rng, members):
        unions = list(BaseUnion.objects.prefetch_related("groups"))
        moved = rng.sample([member for member in members if member.status == Member.Status.ACTIVE], 12)
        for member in moved:
            to_union = rng.choice([union for union in unions if union.pk != member.base_union_id])
            member.transfer(
                to_union=to_union,
                to_group=rng.choice(list(to_union.groups.all())),
                on=random_date(rng, datetime.date(2024, 1, 1), datetime.date(2026, 6, 30)),
                reason=rng.choice(["Điều động công tác", "Chuyển nơi làm việc theo nguyện vọng", "Luân chuyển cán bộ"]),
            )
        return len(moved)

    def make_supports(self, rng, members):
        supports = []
        for member in rng.sample(members, 340):
            kind = rng.choices(list(SUPPORT_AMOUNTS), [30, 30, 36, 4])[0]
            supports.append(
                Support(
                    member=member,
                    base_union_id=member.base_union_id,
                    given_on=random_date(rng, datetime.date(2024, 1, 1), datetime.date(2026, 6, 30)),
                    kind=kind,
                    amount=rng.choice(SUPPORT_AMOUNTS[kind]),
                )
            )
        Support.objects.bulk_create(supports)
        return len(supports)
