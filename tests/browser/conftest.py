"""Real-browser tests: Debian's Chromium driven by Playwright.

Without /usr/bin/chromium these tests are skipped with a reason, unless REQUIRE_BROWSER
is set (as .ci/run does): then a missing browser fails the run.
"""

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.client import current_code, enrolled_app
from unionportal.accounts import must_have_second_factor

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[2]
# The journeys' phone and desktop screenshots; CI leaves them here (README, "Tests").
SCREENSHOTS = ROOT / "var" / "screenshots"
# axe-core as `make frontend` installs it from frontend/package-lock.json.
AXE = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = {"phone": 375, "desktop": 1280}


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but {CHROMIUM} is missing: apt-get install chromium")
        pytest.skip(f"no browser: {CHROMIUM} is missing (apt-get install chromium to run these)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls that tests
    # make between browser steps are still plain synchronous calls.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


# Every page a browser test opens reports what its Content-Security-Policy blocked; a test fails on any.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  const blocked = event.blockedURI || "inline";
  console.error(`CSP violation: ${event.violatedDirective} blocked ${blocked} in ${event.sourceFile}`);
});
"""

# Chromium's own console line for a blocked resource, and the line the script above writes.
CSP_WORDS = ("Content Security Policy", "CSP violation")


# Addresses a page may ask for that are not another origin.
OWN_SCHEMES = ("data:", "blob:", "about:")


def new_context(browser, **options):
    """A Vietnamese browser whose pages record every CSP violation in `context.csp_violations` and
    every request to another origin than the page's in `context.foreign_requests`."""
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", **options)
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    context.csp_violations = []
    context.foreign_requests = []

    def record_request(request):
        if request.url.startswith(OWN_SCHEMES):
            return
        page_origin = urlsplit(request.frame.page.url if request.frame else "").netloc
        if page_origin and urlsplit(request.url).netloc != page_origin:
            context.foreign_requests.append(f"{request.frame.page.url} asked for {request.url}")

    context.on("request", record_request)

    def watch(page):
        def record(message):
            if message.type == "error" and any(word in message.text for word in CSP_WORDS):
                context.csp_violations.append(f"{page.url}: {message.text}")

        page.on("console", record)

    context.on("page", watch)
    return context


def assert_clean(context):
    """What every browser test holds its pages to: nothing blocked by the policy, nothing from elsewhere."""
    violations = context.csp_violations
    assert violations == [], "the Content-Security-Policy blocked something:\n" + "\n".join(violations)
    foreign = context.foreign_requests
    assert foreign == [], "a page asked another origin:\n" + "\n".join(foreign)


@pytest.fixture
def page(browser):
    context = new_context(browser)
    page = context.new_page()
    yield page
    context.close()
    assert_clean(context)


@pytest.fixture
def screenshot_path():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return lambda name: SCREENSHOTS / f"{name}.png"


# Widgets the admin takes from others and we do not write: their findings are theirs to fix (issue 13's report
# lists them: select2 names a combobox by its empty selection, Django's split date and time inputs have no label
# of their own, TinyMCE's resize handle carries a prohibited aria-label). The rest of each staff page is checked.
VENDOR_WIDGETS = [".select2-container", ".select2-search__field", "p.datetime", ".tox-statusbar__resize-handle"]


def axe_violations(page):
    """axe-core's serious and critical findings on the page as it is now, one line each (on admin pages, outside
    VENDOR_WIDGETS).

    The script is read from frontend/node_modules and evaluated by the test driver, which the page's
    Content-Security-Policy does not govern: nothing is added to the page and no origin is asked.
    """
    if not AXE.exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but {AXE} is missing: make frontend")
        pytest.skip(f"no axe-core: {AXE} is missing (make frontend installs it)")
    page.evaluate(AXE.read_text())
    exclude = [[selector] for selector in VENDOR_WIDGETS] if "/admin/" in page.url else []
    # axe-core tries two <style> elements of its own while it runs, which the policy rightly blocks: those
    # reports are axe's, not the page's.
    violations = page.context.csp_violations
    reported_before = len(violations)
    results = page.evaluate(
        """async (exclude) => {
          const results = await axe.run({include: [["html"]], exclude}, {resultTypes: ["violations"]});
          return results.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => ({id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" "))}));
        }""",
        exclude,
    )
    page.evaluate("() => new Promise((resolve) => setTimeout(resolve, 50))")  # the reports come as later tasks
    del violations[reported_before:]
    return [f"{page.url}: {v['id']} ({v['help']}) at {json.dumps(v['targets'], ensure_ascii=False)}" for v in results]


def look(page, name, widths=WIDTHS):
    """Look at the page as a phone and a desktop would: axe-core finds no serious or critical violation
    at either width, and a screenshot of each is saved as var/screenshots/<name>-<phone|desktop>.png.
    The viewport is left at the last width."""
    found = []
    for label, width in widths.items():
        page.set_viewport_size({"width": width, "height": 900})
        found += axe_violations(page)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{name}-{label}.png", full_page=True)
    assert found == [], "axe-core found serious or critical violations:\n" + "\n".join(found)


def sideways_overflow(page):
    """How many pixels the page scrolls sideways (0 when it fits the screen)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def sign_in(page, live_server, username, password):
    """Sign in through the admin's real form; an account that must have a second factor gets an app
    enrolled first and types its current code, as a person with the phone would."""
    user = get_user_model().objects.get(username=username)
    page.goto(live_server.url + reverse("admin:login"))
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    if must_have_second_factor(user):
        page.fill("#id_otp_token", current_code(enrolled_app(user)))
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"**{reverse('admin:index')}")
