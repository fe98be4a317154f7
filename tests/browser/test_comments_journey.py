"""A reader comments in a real browser: the live counter, posting with JavaScript, and
seeing the comment (open mode) or the "awaiting moderation" note (pre-moderated).

Debian's Chromium through Playwright, the live server on committed data
(transaction=True), a normal desktop User-Agent (HeadlessChrome is a crawler to us).
"""

import pytest

from masthead.testing import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOT = "/tmp/masthead-comments.png"
READER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36"
)


@pytest.fixture
def story(settings, live_server):
    """A published story; written before the browser starts (see conftest)."""
    settings.MASTHEAD_COMMENT_MIN_SECONDS = 1
    settings.MASTHEAD_COMMENT_MAX_CHARS = 300
    settings.MASTHEAD_COMMENTS_CLOSE_AFTER_DAYS = 0
    article = make_article("Seoul and Tokyo agree to resume shuttle diplomacy")
    return live_server.url + article.get_absolute_url()


@pytest.fixture
def reader(story, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, user_agent=READER_UA)
    yield context.new_page()
    context.close()


def _write(page, url, text):
    page.goto(url)
    counter = page.locator("[data-chars-left]")
    assert counter.get_attribute("data-chars-left") == "300"  # the script has run
    page.fill("#id_name", "Park Ji-min")
    page.click("#id_body")
    page.keyboard.type(text[:5])
    page.wait_for_function(
        "() => document.querySelector('[data-chars-left]').dataset.charsLeft === '295'"
    )
    page.keyboard.type(text[5:])
    return counter


def test_a_reader_sees_the_counter_posts_and_sees_the_comment(story, reader, settings):
    settings.MASTHEAD_COMMENTS_MODE = "open"
    text = "서울 반가워요 😀 Good to see talks resume."
    counter = _write(reader, story, text)
    left = 300 - len(text)  # Python counts code points, as the page should
    assert counter.get_attribute("data-chars-left") == str(left)
    assert counter.inner_text() == f"{left} characters left"
    reader.wait_for_timeout(1100)  # a person takes longer than MIN_SECONDS
    with reader.expect_navigation():
        reader.click("#comment-form button[type=submit]")
    assert "note=published" in reader.url
    body = reader.locator(".comment-body").first
    body.wait_for()
    assert body.inner_text() == text
    assert reader.locator("[data-comment-count]").get_attribute("data-comment-count") == "1"
    assert "published" in reader.locator(".comment-note").inner_text()
    reader.locator("#comments").screenshot(path=SCREENSHOT)


def test_a_premoderated_comment_says_it_awaits_moderation(story, reader, settings):
    settings.MASTHEAD_COMMENTS_MODE = "premoderated"
    _write(reader, story, "Waiting for an editor.")
    reader.wait_for_timeout(1100)
    with reader.expect_navigation():
        reader.click("#comment-form button[type=submit]")
    note = reader.locator(".comment-note")
    assert "awaiting moderation" in note.inner_text()
    assert reader.locator(".comment-body").count() == 0


def test_too_many_characters_are_shown_and_the_text_stays(story, reader, settings):
    settings.MASTHEAD_COMMENTS_MODE = "open"
    settings.MASTHEAD_COMMENT_MAX_CHARS = 10
    reader.goto(story)
    reader.fill("#id_name", "Lee")
    reader.fill("#id_body", "e\u0301" * 12)  # twelve é typed with combining accents
    counter = reader.locator("[data-chars-left]")
    assert counter.inner_text() == "2 characters too many"
    reader.wait_for_timeout(1100)
    reader.click("#comment-form button[type=submit]")
    error = reader.locator(".field-error").first
    error.wait_for()
    assert "within 10 characters" in error.inner_text()
    assert reader.input_value("#id_body") == "e\u0301" * 12
