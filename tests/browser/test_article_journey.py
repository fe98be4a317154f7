"""A reader's journey through a translated article in a real browser.

Headless Chromium (Debian's, never a downloaded one) loads an article from the live
server with the real stylesheet, tabs to the skip links, jumps to the main content, and
axe-core (bundled with axe-playwright-python, injected locally) checks the article, home
and section pages, on a desktop and on a 360px-wide phone. The pages may ask nothing of
any host but the live server. Screenshots land in /tmp for a human to look at.
"""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import get_resolver
from django.utils import timezone
from django.views.static import serve

from masthead.engagement.models import ViewTotal
from masthead.newsroom.models import Article, Correction
from masthead.testing import make_article, make_author, make_must_read, make_section, make_tag

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOT = "/tmp/masthead-article.png"
SCREENSHOT_PHONE = "/tmp/masthead-article-360.png"
PHONE = {"width": 360, "height": 740}
AXE = Axe()  # reads the axe.min.js shipped in the package; nothing is fetched


# --- Data ---------------------------------------------------------------------------------


@pytest.fixture
def media_root(settings, tmp_path, monkeypatch):
    """MEDIA_ROOT in tmp_path, also for the /media/ route (bound when urls.py loaded)."""
    settings.MEDIA_ROOT = tmp_path
    for pattern in get_resolver().url_patterns:
        if getattr(pattern, "callback", None) is serve:
            monkeypatch.setitem(pattern.default_args, "document_root", str(tmp_path))
    return tmp_path


def _lead_image(media_root):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 675), (34, 63, 94))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 450, 1200, 675), fill=(196, 180, 150))
    draw.ellipse((820, 90, 1000, 270), fill=(240, 200, 90))
    (media_root / "lead").mkdir()
    image.save(media_root / "lead" / "summit.jpg", quality=80)
    return "/media/lead/summit.jpg"


@pytest.fixture
def newsroom(media_root):
    """A translated story (two authors, correction, lead image) in a newsroom whose lists
    are all full: latest of its section, related, popular and Must-Reads."""
    now = timezone.now()
    sections = [make_section(name, position=i) for i, name in enumerate(["Asia", "World"])]
    sections += [make_section(name, position=i + 2) for i, name in enumerate(["Business"])]
    sections += [make_section("Culture", position=3)]
    asia = sections[0]
    diplomacy, trade = make_tag("diplomacy"), make_tag("trade")
    kim = make_author("Kim Ha-eun", email="haeun.kim@masthead.example")
    lee = make_author("Lee Joon", email="joon.lee@masthead.example")
    story = make_article(
        "Seoul and Tokyo agree to resume shuttle diplomacy after a year-long pause",
        section=asia,
        authors=[kim, lee],
        tags=[diplomacy, trade],
        dek="The leaders meet for the first time in a year and promise regular visits.",
        body=(
            "The two leaders met in Seoul on Monday and agreed to visit each other "
            "at least once a year.\n\n"
            "> We turn a page today, said one senior aide.\n\n"
            "Officials said talks on [export controls](/business/) would go on next "
            "month.\n\n"
            "- A hotline between the two offices\n- Yearly visits\n- Joint working groups"
        ),
        publish_at=now - timedelta(minutes=30),
        updated_at=now - timedelta(minutes=5),
        original_language="ko",
        original_headline="한일 정상, 셔틀 외교 재개 합의",
        source_name="Hanbit Ilbo",
        source_url="https://example.kr/news/1",
        lead_image_url=_lead_image(media_root),
        lead_image_alt="The two leaders shake hands in front of their flags.",
        lead_image_caption="The leaders in Seoul on Monday. Photo: Masthead Herald.",
    )
    Correction.objects.create(
        article=story,
        note="An earlier version misspelled the name of the Japanese foreign minister.",
    )
    others = []
    for i in range(24):
        section = sections[i % len(sections)]
        others.append(
            make_article(
                f"{section.name} story {i}: what changed this week and why it matters",
                section=section,
                authors=[kim if i % 2 else lee],
                tags=[diplomacy] if i % 3 == 0 else [],
                dek=f"A short standfirst for story {i}.",
                publish_at=now - timedelta(hours=1 + i),
            )
        )
    for rank, article in enumerate(others[:12]):
        ViewTotal.objects.create(article=article, views=5000 - 300 * rank)
    ViewTotal.objects.create(article=story, views=12345)
    for position, article in enumerate(others[-3:]):
        make_must_read(article, position=position)
    return story


def _article_under_test():
    """A published story with an original (Korean) headline, one with a correction first."""
    translated = Article.objects.published().exclude(original_headline="")
    return translated.filter(corrections__isnull=False).first() or translated.first()


# --- Helpers ------------------------------------------------------------------------------


def _format_violations(url, violations):
    lines = [f"{len(violations)} axe violation(s) on {url}:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}  [{v['helpUrl']}]")
        for node in v["nodes"]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {', '.join(map(str, node['target']))}: {summary}")
    return "\n".join(lines)


def _assert_accessible(page):
    results = AXE.run(page)
    violations = results.response["violations"]
    assert not violations, _format_violations(page.url, violations)


def _goto(page, url):
    """Load ``url`` and check it answered 200 with the real stylesheet (200 too)."""
    with page.expect_response(lambda r: r.url.endswith("/masthead/site.css")) as css:
        response = page.goto(url)
    assert response.status == 200, f"{url} answered {response.status}"
    assert css.value.status == 200, f"the stylesheet answered {css.value.status}"
    # The sheet is applied, not just fetched: contrast is checked against the real CSS.
    border = page.eval_on_selector(".site-header", "e => getComputedStyle(e).borderBottomWidth")
    assert border == "4px"


def _assert_only_local(requested, live_server):
    assert requested, "no request was recorded"
    foreign = requested.foreign(live_server.url)
    assert not foreign, f"requests to other hosts than {live_server.url}: {foreign}"


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


# --- Tests --------------------------------------------------------------------------------


def test_article_skip_links_and_axe(newsroom, live_server, page, requested):
    article = _article_under_test()
    assert article.corrections.exists()
    _goto(page, live_server.url + article.get_absolute_url())
    assert page.locator(".original-headline").get_attribute("lang") == "ko"
    assert page.locator(".lead-image img").evaluate("img => img.complete && img.naturalWidth > 0")

    # The first Tab from the top of the page lands on the first skip link, which shows.
    page.keyboard.press("Tab")
    first = page.locator(".skip-links a").first
    assert first.evaluate("a => a === document.activeElement")
    assert first.get_attribute("href") == "#nav"
    assert _in_viewport(page, first), "the focused skip link is not visible in the viewport"

    page.keyboard.press("Tab")
    to_main = page.get_by_role("link", name="Skip to the main content")
    assert to_main.evaluate("a => a === document.activeElement")
    assert to_main.get_attribute("href") == "#main"
    assert _in_viewport(page, to_main)

    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#main'")
    focus = page.evaluate(
        """() => {
            const main = document.getElementById("main");
            const active = document.activeElement;
            return {id: active.id, inMain: main.contains(active),
                    top: main.getBoundingClientRect().top, scrollY: window.scrollY};
        }"""
    )
    assert focus["inMain"], f"focus went to #{focus['id']}, not into <main>"
    assert focus["id"] == "main"
    assert focus["scrollY"] > 0, "the page did not scroll to the main content"
    assert abs(focus["top"]) <= 2, f"<main> starts {focus['top']}px from the viewport's top"

    page.evaluate("window.scrollTo(0, 0)")
    _assert_accessible(page)
    page.screenshot(path=SCREENSHOT, full_page=True)
    _assert_only_local(requested, live_server)


def test_article_on_a_360px_screen(newsroom, live_server, page, requested):
    page.set_viewport_size(PHONE)
    _goto(page, live_server.url + _article_under_test().get_absolute_url())
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page scrolls sideways: {width}px wide"
    _assert_accessible(page)
    page.screenshot(path=SCREENSHOT_PHONE, full_page=True)
    _assert_only_local(requested, live_server)


def test_home_and_section_pages_pass_axe(newsroom, live_server, page, requested):
    _goto(page, live_server.url + "/")
    assert page.locator("[data-list=lead] a").count() > 0
    _assert_accessible(page)

    _goto(page, live_server.url + newsroom.section.get_absolute_url())
    assert page.locator(".teasers .teaser").count() > 1
    _assert_accessible(page)
    _assert_only_local(requested, live_server)
