"""Who may do what in the admin and on the staff pages, asserted from one table: a change that widens (or
narrows) anyone's access fails here until the table says so.

Roles are the staff groups the migrations make, and a staff account in no group. Letters: v view,
a add, c change, d delete (the model admin's own answer, which every admin page and action asks).
"""

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import URLResolver, get_resolver, reverse

from emulation.roles import EMULATION_OFFICE
from members.roles import SECTOR_STAFF
from news.roles import EDITORS, PUBLISHERS
from tests.awards.factories import DecisionFactory, MemberLineFactory, ProposalFactory
from tests.client import Client
from tests.factories import StaffFactory
from tests.members.factories import BaseUnionFactory, MemberFactory, officer_of
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

ROLES = ["editor", "publisher", "office", "sector", "officer", "staff"]

# fmt: off
ADMIN = {
    #                               editor  publisher office  sector  officer staff
    "albums.Album":                 ("vac",  "vacd",   "",     "",     "",     ""),
    "auth.Group":                   ("",     "",       "",     "",     "",     ""),
    "auth.User":                    ("",     "",       "",     "",     "",     ""),
    "awards.Authority":             ("",     "",       "vacd", "vacd", "v",    ""),
    "awards.AwardLine":             ("",     "",       "vd",   "vd",   "v",    ""),
    "awards.AwardType":             ("",     "",       "vacd", "vacd", "v",    ""),
    "awards.Decision":              ("",     "",       "vacd", "vacd", "",     ""),
    "awards.EligibilityRule":       ("",     "",       "vacd", "vacd", "v",    ""),
    "awards.Proposal":              ("",     "",       "vacd", "vacd", "vacd", ""),
    "axes.AccessAttempt":           ("",     "",       "",     "",     "",     ""),
    "axes.AccessFailureLog":        ("",     "",       "",     "",     "",     ""),
    "axes.AccessLog":               ("",     "",       "",     "",     "",     ""),
    "emulation.Campaign":           ("v",    "v",      "vacd", "vacd", "v",    ""),
    "emulation.Initiative":         ("",     "",       "vacd", "vacd", "vacd", ""),
    "emulation.Registration":       ("",     "",       "vacd", "vacd", "vacd", ""),
    "library.Document":             ("va",   "vacd",   "vacd", "vacd", "v",    ""),
    "members.BaseUnion":            ("",     "",       "v",    "vac",  "v",    ""),
    "members.ExportLog":            ("",     "",       "",     "v",    "",     ""),
    "members.Member":               ("",     "",       "v",    "vac",  "vac",  ""),
    "members.Officer":              ("",     "",       "",     "vacd", "",     ""),
    "members.Support":              ("",     "",       "",     "vacd", "vacd", ""),
    "members.Transfer":             ("",     "",       "",     "va",   "va",   ""),
    "members.UnionGroup":           ("",     "",       "v",    "vacd", "vacd", ""),
    "news.Article":                 ("vacd", "vacd",   "",     "",     "",     ""),
    "news.AuditEntry":              ("",     "v",      "",     "v",    "",     ""),
    "news.Photo":                   ("va",   "vacd",   "",     "",     "",     ""),
    "news.Pin":                     ("",     "vacd",   "",     "",     "",     ""),
    "news.Section":                 ("v",    "vacd",   "",     "",     "",     ""),
    "news.Tag":                     ("va",   "vacd",   "",     "",     "",     ""),
    # Everyone keeps their own preferences; the mails themselves are the superuser's to read.
    "notifications.Notice":         ("",     "",       "",     "",     "",     ""),
    "notifications.Preference":     ("vc",   "vc",     "vc",   "vc",   "vc",   "vc"),
    "polls.Poll":                   ("",     "vacd",   "",     "",     "",     ""),
    "portal.Anniversary":           ("",     "vacd",   "",     "",     "",     ""),
    "portal.Announcement":          ("",     "vacd",   "",     "",     "",     ""),
    "portal.MenuItem":              ("",     "vacd",   "",     "",     "",     ""),
    "portal.QuickLink":             ("",     "vacd",   "",     "",     "",     ""),
    "portal.SiteSettings":          ("",     "vc",     "",     "",     "",     ""),
    "portal.Slide":                 ("",     "vacd",   "",     "",     "",     ""),
}

# Every staff page outside the model admin's own four, by the status each role gets: 200 shown, 302 done and
# sent on, 400 refused for what was sent (but allowed), 403 forbidden.
VIEWS = {
    #                                    editor publisher office sector officer staff
    "GET second_factor":                 (200,  200,      200,   200,   200,    200),
    "POST second_factor_recovery_codes": (403,  403,      200,   200,   200,    403),
    "GET members:figures":               (403,  403,      200,   200,   200,    403),
    "GET members:import":                (403,  403,      403,   200,   200,    403),
    "POST members:process_import":       (403,  403,      403,   302,   302,    403),
    "GET members:export":                (403,  403,      403,   200,   200,    403),
    "GET members:import_template":       (403,  403,      403,   200,   200,    403),
    "GET awards:figures":                (403,  403,      200,   200,   200,    403),
    "GET awards:figures_xlsx":           (403,  403,      200,   200,   200,    403),
    "GET awards:figures_csv":            (403,  403,      200,   200,   200,    403),
    "GET awards:figures_print":          (403,  403,      200,   200,   200,    403),
    "GET awards:year_statistics":        (403,  403,      200,   200,   200,    403),
    "GET awards:eligible":               (403,  403,      200,   200,   200,    403),
    "POST awards:eligible_propose":      (403,  403,      302,   302,   302,    403),
    "GET awards:proposal_report":        (403,  403,      200,   200,   200,    403),
    "GET awards:proposal_report_docx":   (403,  403,      200,   200,   200,    403),
    "GET awards:history_member":         (403,  403,      200,   200,   200,    403),
    "GET awards:history_union":          (403,  403,      200,   200,   200,    403),
    "GET awards:certificate":            (403,  403,      200,   200,   403,    403),
    "GET awards:certificate_css":        (403,  403,      200,   200,   403,    403),
    "GET awards:decision_print":         (403,  403,      200,   200,   403,    403),
    "GET awards:decision_import":        (403,  403,      200,   200,   403,    403),
    "GET awards:decision_import_template": (403, 403,     200,   200,   403,    403),
    "GET news:article_preview":          (200,  200,      403,   403,   403,    403),
    "GET news:article_history":          (200,  200,      403,   403,   403,    403),
    "GET news:article_compare":          (302,  302,      403,   403,   403,    403),
    "GET news:article_recycle_bin":      (403,  200,      403,   403,   403,    403),
    "POST news:article_lock":            (403,  200,      403,   403,   403,    403),
    "POST news:preview_link_create":     (302,  302,      403,   403,   403,    403),
    "POST news:preview_link_revoke":     (302,  302,      403,   403,   403,    403),
    "POST news:photo_upload":            (400,  400,      403,   403,   403,    403),
    "GET auth:user_list":                (403,  403,      403,   403,   403,    403),
    "GET axes:attempts":                 (403,  403,      403,   403,   403,    403),
}
# fmt: on


@pytest.fixture
def users():
    union = BaseUnionFactory()
    return {
        "editor": StaffFactory(username="bientap", group=EDITORS),
        "publisher": StaffFactory(username="duyetbai", group=PUBLISHERS),
        "office": StaffFactory(username="thidua", group=EMULATION_OFFICE),
        "sector": StaffFactory(username="canbo_nganh", group=SECTOR_STAFF),
        "officer": officer_of(union),
        "staff": StaffFactory(username="nhanvien"),
    }


def test_every_admin_model_is_in_the_table():
    assert sorted(model._meta.label for model in admin.site._registry) == sorted(ADMIN)


@pytest.mark.parametrize("label", sorted(ADMIN))
def test_admin_permissions(users, label):
    model_admin = next(ma for model, ma in admin.site._registry.items() if model._meta.label == label)
    found = []
    for role in ROLES:
        request = RequestFactory().get("/")
        request.user = users[role]
        checks = [
            ("v", model_admin.has_view_permission),
            ("a", model_admin.has_add_permission),
            ("c", model_admin.has_change_permission),
            ("d", model_admin.has_delete_permission),
        ]
        found.append("".join(letter for letter, allowed in checks if allowed(request)))
    assert tuple(found) == ADMIN[label]


@pytest.mark.parametrize("label", sorted(ADMIN))
def test_the_list_page_agrees(users, label):
    """What the permissions say is what each role's browser gets: the list, or 403."""
    app_label, model_name = label.lower().split(".")
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    for role, letters in zip(ROLES, ADMIN[label], strict=True):
        browser = Client()
        browser.force_login(users[role])
        # (The site's details have one row: their list opens it.)
        assert browser.get(url, follow=True).status_code == (200 if "v" in letters else 403), role


# Each row's address: its URL name and arguments, an argument naming one of the `objects` below.
ROUTES = {
    "second_factor": ("second_factor", ()),
    "second_factor_recovery_codes": ("second_factor_recovery_codes", ()),
    "members:figures": ("members:figures", ()),
    "members:import": ("admin:members_member_import", ()),
    "members:process_import": ("admin:members_member_process_import", ()),
    "members:export": ("admin:members_member_export", ()),
    "members:import_template": ("admin:members_member_import_template", ()),
    "awards:figures": ("awards_staff:figures", ()),
    "awards:figures_xlsx": ("awards_staff:figures_export", ("xlsx",)),
    "awards:figures_csv": ("awards_staff:figures_export", ("csv",)),
    "awards:figures_print": ("awards_staff:figures_print", ()),
    "awards:year_statistics": ("awards_staff:year_statistics", ()),
    "awards:eligible": ("awards_staff:eligible", ()),
    "awards:eligible_propose": ("awards_staff:eligible_propose", ()),
    "awards:proposal_report": ("awards_staff:proposal_report", ("proposal",)),
    "awards:proposal_report_docx": ("awards_staff:proposal_report_docx", ("proposal",)),
    "awards:history_member": ("awards_staff:history_member", ("member",)),
    "awards:history_union": ("awards_staff:history_union", ("union",)),
    "awards:certificate": ("awards_staff:certificate", ("line",)),
    "awards:certificate_css": ("awards_staff:certificate_css", ()),
    "awards:decision_print": ("awards_staff:decision_print", ("decision",)),
    "awards:decision_import": ("awards_staff:decision_import", ("decision",)),
    "awards:decision_import_template": ("awards_staff:decision_import_template", ()),
    "news:article_preview": ("admin:news_article_preview", ("article",)),
    "news:article_history": ("admin:news_article_history", ("article",)),
    "news:article_compare": ("admin:news_article_compare", ("article",)),
    "news:article_recycle_bin": ("admin:news_article_recoverlist", ()),
    "news:article_lock": ("admin:news_article_lock", ("article",)),
    "news:preview_link_create": ("admin:news_article_preview_link_create", ("article",)),
    "news:preview_link_revoke": ("admin:news_article_preview_link_revoke", ("article",)),
    "news:photo_upload": ("admin:news_photo_upload", ()),
    "auth:user_list": ("admin:auth_user_changelist", ()),
    "axes:attempts": ("admin:axes_accessattempt_changelist", ()),
}
# What a row's address needs in its query string.
QUERIES = {"awards:year_statistics": "?year=2025"}
# Staff addresses with no row here: the admin site's own, and reversion's views of one saved version of an
# article, which need a version to exist and are held to the article's permissions (tests/news/test_revisions.py).
NOT_ROWS = {
    "admin:index", "admin:login", "admin:logout", "admin:password_change", "admin:password_change_done",
    "admin:autocomplete", "admin:jsi18n", "admin:view_on_site", "admin:app_list",
    "admin:news_article_recover", "admin:news_article_revision",
}  # fmt: skip
STANDARD_SUFFIXES = ("_changelist", "_add", "_change", "_delete", "_history")


@pytest.fixture
def objects(users):
    union = users["officer"].union_officer.base_union
    member = MemberFactory(base_union=union)
    decision = DecisionFactory()
    return {
        "union": union,
        "member": member,
        "decision": decision,
        "line": MemberLineFactory(decision=decision, member=member),
        "proposal": ProposalFactory(member=member),
        "article": ArticleFactory(),
    }


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_staff_pages(users, objects, view):
    method, row = view.split()
    name, arguments = ROUTES[row]
    url = reverse(name, args=[getattr(objects.get(argument), "pk", argument) for argument in arguments])
    url += QUERIES.get(row, "")
    found = []
    for role in ROLES:
        browser = Client()
        browser.force_login(users[role])
        found.append(getattr(browser, method.lower())(url).status_code)
    assert tuple(found) == VIEWS[view]


def staff_url_names(patterns, namespace=""):
    """The URL names under /admin/ beyond each model's list, add, change, delete and history pages."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from staff_url_names(pattern.url_patterns, pattern.namespace or namespace)
        elif pattern.name and not pattern.name.endswith(STANDARD_SUFFIXES):
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name


def test_every_staff_page_has_a_row():
    """A new staff page cannot appear without a row saying who may open it."""
    admin_routes = [p for p in get_resolver().url_patterns if str(p.pattern).startswith("admin/")]
    rows = {name for name, _ in ROUTES.values() if not name.endswith(STANDARD_SUFFIXES)}
    assert set(staff_url_names(admin_routes)) - NOT_ROWS == rows
    assert {row for _, row in (view.split() for view in VIEWS)} == set(ROUTES)
