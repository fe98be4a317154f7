"""The share block in Chromium: plain links, a copy-link button that copies the
canonical URL, and the native share button only where the browser has navigator.share."""

import pytest

from masthead.testing import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = 'Seoul & Tokyo "agree" — 한일 정상 합의 🚀'


@pytest.fixture
def story(live_server):
    """Written before the browser starts (see conftest)."""
    return make_article(TITLE)


def test_copy_link_copies_the_canonical_url(story, browser, live_server):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    url = live_server.url + story.get_absolute_url()
    assert page.goto(url).status == 200
    links = page.locator("#share a[data-network]")
    assert links.count() == 8
    copy = page.locator("button.share-copy")
    copy.click()
    page.wait_for_function("document.querySelector('.share-status').textContent !== ''")
    assert page.locator(".share-status").text_content() == "Link copied."
    assert page.evaluate("navigator.clipboard.readText()") == url
    has_share = page.evaluate("typeof navigator.share === 'function'")
    assert page.locator("button.share-native").is_visible() == has_share
    context.close()
