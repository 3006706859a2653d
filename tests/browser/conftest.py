"""Real-browser tests: Debian's Chromium driven by Playwright.

Without /usr/bin/chromium these tests are skipped with a reason, unless REQUIRE_BROWSER
is set (as .ci/run does): then a missing browser fails the run.
"""

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.client import current_code, enrolled_app
from unionportal.accounts import must_have_second_factor

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


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


def new_context(browser):
    """A Vietnamese browser whose pages record every CSP violation in `context.csp_violations`."""
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    context.csp_violations = []

    def watch(page):
        def record(message):
            if message.type == "error" and any(word in message.text for word in CSP_WORDS):
                context.csp_violations.append(f"{page.url}: {message.text}")

        page.on("console", record)

    context.on("page", watch)
    return context


@pytest.fixture
def page(browser):
    context = new_context(browser)
    page = context.new_page()
    yield page
    violations = context.csp_violations
    context.close()
    assert violations == [], "the Content-Security-Policy blocked something:\n" + "\n".join(violations)


@pytest.fixture
def screenshot_path():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return lambda name: SCREENSHOTS / f"{name}.png"


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
