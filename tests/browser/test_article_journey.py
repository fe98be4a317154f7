"""A reader's journey through a translated article in a real browser.

Headless Chromium (Debian's, never a downloaded one) loads a story of the demo newsroom
from the live server with the real stylesheet, tabs to the skip links and jumps to the
main content; axe-core (bundled with axe-playwright-python, injected from disk) checks the
article, home and section pages, on a desktop and on a 360px-wide phone. The pages may
ask nothing of any host but the live server. Screenshots land in /tmp for a human to see.
"""

import importlib
import io
from types import SimpleNamespace

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps as django_apps
from django.core.management import call_command

from masthead.engagement.api import views_for
from masthead.newsroom.models import Article

# The live server needs committed data (transaction=True). Each such test ends with a
# flush, which also drops the desk groups of the data migration; `site` recreates them.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOT = "/tmp/masthead-article.png"
SCREENSHOT_PHONE = "/tmp/masthead-article-360.png"
PHONE = {"width": 360, "height": 740}
# Headless Chromium says "HeadlessChrome", which the bot list rightly refuses to count.
READER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36"
)
ARTICLE_LISTS = ["latest", "related", "popular", "must-reads"]
AXE = Axe()  # the axe.min.js shipped inside the package; nothing is fetched


@pytest.fixture
def site(settings, tmp_path, live_server):
    """A small demo newsroom (its pictures in tmp_path), and the URLs of the pages under
    test. All database work happens here, before the browser starts (see conftest)."""
    settings.MEDIA_ROOT = tmp_path  # masthead.media reads it per request
    settings.MASTHEAD_SERVE_MEDIA = True
    groups = importlib.import_module("masthead.newsroom.migrations.0002_desk_groups")
    groups.create_groups(django_apps, None)  # idempotent; `demo` puts its users in them
    call_command("demo", articles=40, seed=1, stdout=io.StringIO())
    translated = Article.objects.published().exclude(original_headline="")
    article = translated.filter(corrections__isnull=False).first() or translated.first()
    assert article is not None, "the demo newsroom has no story translated from Korean"
    return SimpleNamespace(
        article=live_server.url + article.get_absolute_url(),
        home=live_server.url + "/",
        section=live_server.url + article.section.get_absolute_url(),
        has_correction=article.corrections.exists(),
        article_id=article.pk,
        views=views_for(article.pk),
        has_image=bool(article.lead_image_url),
    )


@pytest.fixture
def page(site, page):
    """The conftest page, opened only once ``site`` has written its data."""
    return page


def _format_violations(url, violations):
    lines = [f"{len(violations)} axe violation(s) on {url}:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}  [{v['helpUrl']}]")
        for node in v["nodes"]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    {', '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


def _assert_accessible(page):
    """No axe violation at all, whatever its impact."""
    violations = AXE.run(page).response["violations"]
    if violations:
        pytest.fail(_format_violations(page.url, violations))


def _goto(page, url):
    """Load ``url``; it and the stylesheet answer 200, and the stylesheet is applied."""
    with page.expect_response(lambda r: r.url.endswith("/masthead/site.css")) as css:
        response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    assert css.value.status == 200, f"the stylesheet answered {css.value.status}"
    # Contrast is checked against the real CSS, so make sure it is in force.
    border = page.eval_on_selector(".site-header", "e => getComputedStyle(e).borderBottomWidth")
    assert border == "4px", "site.css is not applied"


def _assert_only_local(requested, base_url):
    assert requested, "no request was recorded"
    foreign = requested.foreign(base_url)
    assert not foreign, f"requests to hosts other than the live server: {foreign}"


def _in_viewport(page, locator):
    box = locator.bounding_box()
    size = page.viewport_size
    return (
        box is not None
        and box["width"] > 1
        and box["height"] > 1
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= size["width"]
        and box["y"] + box["height"] <= size["height"]
    )


def test_article_skip_links_and_axe(site, page, requested, live_server):
    _goto(page, site.article)
    assert page.locator(".original-headline").get_attribute("lang") == "ko"
    assert site.has_correction == (page.locator(".corrections li").count() > 0)
    if site.has_image:
        img = page.locator(".lead-image img")
        assert img.evaluate("i => i.complete && i.naturalWidth > 0"), "the lead image is broken"
    for name in ARTICLE_LISTS:
        assert page.locator(f"[data-list={name}] li").count() > 0, f"the {name} list is empty"

    # The first Tab from the top of the page lands on the first skip link, which shows.
    page.keyboard.press("Tab")
    first = page.locator(".skip-links a").first
    assert first.evaluate("a => a === document.activeElement"), "Tab missed the skip link"
    assert first.get_attribute("href") == "#nav"
    assert _in_viewport(page, first), "the focused skip link is not visible"

    page.keyboard.press("Tab")
    to_main = page.get_by_role("link", name="Skip to the main content")
    assert to_main.evaluate("a => a === document.activeElement")
    assert to_main.get_attribute("href") == "#main"
    assert _in_viewport(page, to_main), "the focused skip link is not visible"

    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'")
    state = page.evaluate(
        """() => {
            const main = document.getElementById("main");
            const active = document.activeElement;
            return {id: active.id, tag: active.tagName, inMain: main.contains(active),
                    top: main.getBoundingClientRect().top, scrollY: window.scrollY};
        }"""
    )
    assert state["inMain"], f"focus went to {state['tag']}#{state['id']}, not into <main>"
    assert state["id"] == "main"
    assert state["scrollY"] > 0, "the page did not scroll to the main content"
    assert abs(state["top"]) <= 2, f"<main> starts {state['top']}px below the viewport's top"

    page.evaluate("window.scrollTo(0, 0)")
    _assert_accessible(page)
    page.screenshot(path=SCREENSHOT, full_page=True)
    _assert_only_local(requested, live_server.url)


def test_article_on_a_360px_screen(site, page, requested, live_server):
    page.set_viewport_size(PHONE)
    _goto(page, site.article)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page scrolls sideways: {width}px wide"
    _assert_accessible(page)
    page.screenshot(path=SCREENSHOT_PHONE, full_page=True)
    _assert_only_local(requested, live_server.url)


def test_home_and_section_pages_pass_axe(site, page, requested, live_server):
    _goto(page, site.home)
    assert page.locator("[data-list=lead] a").count() > 0
    _assert_accessible(page)

    _goto(page, site.section)
    assert page.locator(".teasers .teaser").count() > 1
    _assert_accessible(page)

    # Search, with results (the index follows the stories saved above) and highlights.
    word = page.locator(".teasers .teaser > a").first.inner_text().split()[0]
    _goto(page, f"{live_server.url}/search/?q={word}")
    assert page.locator(".search-results .teaser").count() > 0
    _assert_accessible(page)
    _assert_only_local(requested, live_server.url)


def _beacon(page, action):
    """Run ``action`` (a load) and return the JSON the page's beacon got back."""
    with page.expect_response(
        lambda r: "/_views/" in r.url and r.request.method == "POST"
    ) as beacon:
        action()
    assert beacon.value.status == 200
    return beacon.value.json()


def test_the_beacon_counts_a_reader_once_and_shows_the_fresh_count(site, browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, user_agent=READER_UA)
    page = context.new_page()
    first = _beacon(page, lambda: page.goto(site.article))
    assert first == {"views": site.views + 1}
    page.wait_for_function(
        "n => document.querySelector('[data-views]').dataset.views === String(n)",
        arg=site.views + 1,
    )
    # Reloading within 30 minutes is the same reader: not counted again.
    again = _beacon(page, lambda: page.reload())
    assert again == {"views": site.views + 1}
    read = page.request.get(f"{live_server.url}/_views/{site.article_id}").json()
    assert read == {"views": site.views + 1}
    context.close()


def test_headless_chrome_is_not_counted(site, page, live_server):
    answer = _beacon(page, lambda: page.goto(site.article))
    assert answer == {"views": site.views}
