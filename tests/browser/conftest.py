"""Fixtures for the browser tests: Debian's Chromium driven by Playwright's sync API.

No browser is ever downloaded: the tests launch the ``chromium`` found on PATH and skip
when there is none, except on CI (``CI=true``), where ``.ci/run`` installs it and a
missing browser is a failure.
"""

import os
import shutil
from urllib.parse import urlsplit

import pytest

# Playwright's sync API keeps an asyncio event loop running in the main thread; Django's
# ORM refuses to run under one (SynchronousOnlyOperation) unless told it may.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="session")
def chromium_path():
    path = shutil.which("chromium")
    if path is None:
        message = (
            "Debian's chromium is not on PATH (apt-get install chromium); "
            "the browser tests never download a browser."
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def browser(chromium_path):
    """Chromium for one test. Function-scoped on purpose: while Playwright runs, its event
    loop counts as "running" in the main thread, and Django then hands the main thread
    another (async-context) database connection than the one pytest-django set up. Test
    data is therefore written before this fixture starts, and the browser is gone before
    pytest-django's teardown flushes the database."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class Requests(list):
    """Every URL the page asked for, in order."""

    def foreign(self, base_url):
        """The requests that went anywhere but ``base_url``'s host (data: URLs aside)."""
        home = urlsplit(base_url).netloc
        return [
            url
            for url in self
            if urlsplit(url).scheme not in ("data", "blob", "about")
            and urlsplit(url).netloc != home
        ]


@pytest.fixture
def browser_context(browser):
    """A fresh context per test, so cookies, cache and focus never leak between tests."""
    context = browser.new_context(viewport=DESKTOP)
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    """A desktop-sized page (1280x800)."""
    return browser_context.new_page()


@pytest.fixture
def requested(page):
    """Every URL ``page`` asks for, recorded from the moment the test starts."""
    urls = Requests()
    page.on("request", lambda request: urls.append(request.url))
    return urls
