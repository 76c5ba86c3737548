"""Browser tests: Playwright for Python driving Debian's Chromium against a live server."""

import os
import shutil
import threading
import time

import pytest
from django.core.signals import request_finished, request_started


CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls that set up
# test data run outside any coroutine, so Django's async-safety guard does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.path):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        message = (
            f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium` "
            "(or set CHROMIUM_PATH) to run the browser tests."
        )
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs Chromium: its absence is a failure there
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


class RequestsInFlight:
    """Counts the live server's requests being handled, to wait for the last of them."""

    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def started(self, **kwargs):
        with self.lock:
            self.count += 1

    def finished(self, **kwargs):
        with self.lock:
            self.count -= 1

    def wait_for_none(self, timeout=10):
        deadline = time.monotonic() + timeout
        while self.count > 0 and time.monotonic() < deadline:
            time.sleep(0.05)


@pytest.fixture
def page(browser, live_server):
    """A fresh French-speaking browser tab that records every request's host."""
    context = browser.new_context(
        locale="fr-BE", extra_http_headers={"Accept-Language": "fr-BE,fr"}
    )
    tab = context.new_page()
    tab.requested_urls = []
    tab.on("request", lambda request: tab.requested_urls.append(request.url))
    # A script, style or image the Content-Security-Policy blocked is a broken page, in
    # the admin (and its preview iframe) as on public pages.
    refused = []
    tab.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text
            and refused.append(f"{tab.url}: {message.text}")
        ),
    )
    tab.set_default_timeout(15_000)
    in_flight = RequestsInFlight()
    request_started.connect(in_flight.started, weak=False)
    request_finished.connect(in_flight.finished, weak=False)
    yield tab
    # The live server shares the test's database connection: a request it handles while
    # the test's data is flushed breaks that flush. So the admin's editing-session
    # "release" beacon, sent as the tab closes, is aborted, and a ping already under way
    # is waited for.
    context.route("**/*", lambda route: route.abort())
    context.close()
    in_flight.wait_for_none()
    request_started.disconnect(in_flight.started)
    request_finished.disconnect(in_flight.finished)
    assert refused == [], "\n".join(refused)
