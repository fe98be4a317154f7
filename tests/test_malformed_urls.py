"""Malformed paths and query strings get a 4xx or a redirect, never a server error.

A reader (or a crawler, or a scanner) may ask for anything. The site answers unknown
things with 404, refuses to show drafts and withdrawn stories, sends a published story's
wrong-date or wrong-section URL to its canonical one, answers a POST with 405, and never
serves a file from outside MEDIA_ROOT.
"""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone

from masthead.newsroom.models import Article
from masthead.testing import make_article, make_author, make_section, make_tag

pytestmark = pytest.mark.django_db

LONG = "a" * 2000

# (path template, expected): expected is a status code, "canonical" (301 to the published
# article's canonical URL) or "desk-login" (302 to the desk's login page).
MALFORMED_PATHS = [
    # Unknown things.
    pytest.param("/nowhere/", 404, id="unknown-section"),
    pytest.param("/nowhere/2026/01/02/no-such-story/", 404, id="unknown-section-and-slug"),
    pytest.param("/asia/{y}/{m}/{d}/no-such-story/", 404, id="unknown-slug"),
    pytest.param("/author/no-such-author/", 404, id="unknown-author"),
    pytest.param("/tag/no-such-tag/", 404, id="unknown-tag"),
    pytest.param("/author/", 404, id="author-without-slug"),
    pytest.param("/tag/", 404, id="tag-without-slug"),
    pytest.param("/.env", 404, id="dotenv"),
    pytest.param("/wp-admin/", 404, id="wp-admin"),
    pytest.param("/wp-login.php", 404, id="wp-login"),
    # Bad dates.
    pytest.param("/asia/2026/13/45/no-such-story/", 404, id="impossible-date-unknown-slug"),
    pytest.param("/asia/0000/00/00/no-such-story/", 404, id="zero-date-unknown-slug"),
    pytest.param("/asia/2026/13/45/{slug}/", "canonical", id="impossible-date-published-slug"),
    pytest.param("/asia/0000/00/00/{slug}/", "canonical", id="zero-date-published-slug"),
    pytest.param("/asia/9999/12/31/{slug}/", "canonical", id="future-date-published-slug"),
    pytest.param("/asia/2026/1/5/{slug}/", 404, id="one-digit-month-and-day"),
    pytest.param("/asia/20260/01/01/{slug}/", 404, id="five-digit-year"),
    pytest.param("/asia/２０２６/01/01/{slug}/", 404, id="fullwidth-digits-in-year"),
    pytest.param("/asia/-001/01/01/{slug}/", 404, id="negative-year"),
    # Wrong section for a published slug.
    pytest.param("/politics/{y}/{m}/{d}/{slug}/", "canonical", id="other-section-published-slug"),
    pytest.param("/nowhere/{y}/{m}/{d}/{slug}/", "canonical", id="unknown-section-published-slug"),
    pytest.param("/asia/{y}/{m}/{d}/{slug}", "canonical", id="published-without-trailing-slash"),
    # Very long slugs.
    pytest.param("/asia/{y}/{m}/{d}/" + LONG + "/", 404, id="2000-char-article-slug"),
    pytest.param("/" + LONG + "/", 404, id="2000-char-section-slug"),
    pytest.param("/tag/" + LONG + "/", 404, id="2000-char-tag-slug"),
    pytest.param("/author/" + LONG + "/", 404, id="2000-char-author-slug"),
    # Percent-encoded junk.
    pytest.param("/%00/", 404, id="nul-section"),
    pytest.param("/asia/%00/", 404, id="nul-after-section"),
    pytest.param("/asia/{y}/{m}/{d}/{slug}%00/", 404, id="nul-in-slug"),
    pytest.param("/%ff/", 404, id="invalid-utf8-section"),
    pytest.param("/asia/{y}/{m}/{d}/%ff%fe/", 404, id="invalid-utf8-slug"),
    pytest.param("/%c0%af/", 404, id="overlong-utf8-slash"),
    pytest.param("/%2e%2e/", 404, id="encoded-dot-dot"),
    pytest.param("/%2e%2e/%2e%2e/etc/passwd", 404, id="encoded-dot-dot-passwd"),
    # WSGI decodes %2f in PATH_INFO: this is the same URL as with plain slashes.
    pytest.param("/asia%2f2026%2f01%2f01%2f{slug}/", "canonical", id="encoded-slashes"),
    pytest.param("/asia/%0d%0aSet-Cookie:x=1/", 404, id="crlf-injection"),
    # Dot segments.
    pytest.param("/asia/../", 404, id="dot-dot-after-section"),
    pytest.param("/asia/../../etc/passwd", 404, id="dot-dot-passwd"),
    pytest.param("/asia/./{y}/{m}/{d}/{slug}/", 404, id="dot-segment"),
    pytest.param("/desk/..", "desk-login", id="desk-dot-dot"),
    pytest.param("/desk/../", "desk-login", id="desk-dot-dot-slash"),
    pytest.param("/desk/%2e%2e/", "desk-login", id="desk-encoded-dot-dot"),
    pytest.param("/static/../masthead/settings.py", 404, id="static-dot-dot"),
    # Unicode slugs.
    pytest.param("/asia/{y}/{m}/{d}/태풍-상륙/", 404, id="korean-slug"),
    pytest.param("/asia/{y}/{m}/{d}/%ED%83%9C%ED%92%8D/", 404, id="percent-encoded-korean-slug"),
    pytest.param("/아시아/", 404, id="korean-section"),
    pytest.param("/asia/{y}/{m}/{d}/typhoon-🌀/", 404, id="emoji-slug"),
    pytest.param("/asia/{y}/{m}/{d}/ｔｙｐｈｏｏｎ/", 404, id="fullwidth-slug"),
    # Double slashes and trailing junk.
    pytest.param("/asia//", 404, id="double-slash-after-section"),
    pytest.param("/asia/{y}//{m}/{d}/{slug}/", 404, id="double-slash-in-date"),
    pytest.param("/asia/{y}/{m}/{d}//{slug}/", 404, id="double-slash-before-slug"),
    pytest.param("/asia/{y}/{m}/{d}/{slug}//", 404, id="double-trailing-slash"),
    pytest.param("/asia/{y}/{m}/{d}/{slug}/junk/", 404, id="trailing-segment"),
    pytest.param("/asia/{y}/{m}/{d}/{slug}/;jsessionid=1", 404, id="trailing-matrix-param"),
    pytest.param("/asia/{y}/{m}/{d}/{slug}.php", 404, id="trailing-extension"),
    pytest.param("/asia/{y}/{m}/{d}/{slug}/index.html", 404, id="trailing-index-html"),
    # Query strings.
    pytest.param("/asia/?page=0", 404, id="page-zero"),
    pytest.param("/asia/?page=-1", 404, id="page-negative"),
    pytest.param("/asia/?page=abc", 404, id="page-letters"),
    pytest.param("/asia/?page=999999", 404, id="page-past-the-end"),
    pytest.param("/asia/?page=1.5", 404, id="page-fraction"),
    pytest.param("/asia/?page=1e3", 404, id="page-exponent"),
    pytest.param("/asia/?page=inf", 404, id="page-infinity"),
    pytest.param("/asia/?page=NaN", 404, id="page-nan"),
    pytest.param("/asia/?page=", 404, id="page-empty"),
    pytest.param("/asia/?page", 404, id="page-without-value"),
    pytest.param("/asia/?page=" + "9" * 5000, 404, id="page-5000-digits"),
    pytest.param("/asia/?page=1" + "0" * 300, 404, id="page-beyond-float"),
    pytest.param("/asia/?page=%00", 404, id="page-nul"),
    pytest.param("/asia/?page=1%00", 200, id="page-one-then-nul"),
    pytest.param("/asia/?page=%ff%fe", 404, id="page-invalid-utf8"),
    pytest.param("/asia/?page=%c0%80", 404, id="page-overlong-utf8"),
    pytest.param("/asia/?page=1&page=abc", 404, id="page-repeated-last-bad"),
    pytest.param("/asia/?page=abc&page=1", 200, id="page-repeated-last-good"),
    pytest.param("/asia/?page=1", 200, id="page-one"),
    pytest.param("/asia/?%ff=%fe&x=1", 200, id="junk-params-ignored"),
    pytest.param("/asia/?%ff=%fe&%00=%00", 200, id="nul-params-dropped"),
    pytest.param("/asia/?q=" + "x" * 20000, 200, id="very-long-query-string"),
    pytest.param("/asia/?" + "&".join(["page=1"] * 1200), 400, id="1200-repeated-params"),
    pytest.param("/?page=abc", 200, id="home-ignores-page"),
    pytest.param("/author/{author}/?page=0", 404, id="author-page-zero"),
    pytest.param("/author/{author}/?page=%ff", 404, id="author-page-invalid-utf8"),
    pytest.param("/tag/{tag}/?page=-1", 404, id="tag-page-negative"),
    pytest.param("/tag/{tag}/?page=999999", 404, id="tag-page-past-the-end"),
    pytest.param("/asia/{y}/{m}/{d}/{slug}/?page=2&x=%ff", 200, id="article-junk-params"),
    pytest.param("/asia/{y}/{m}/{d}/{slug}/?page=%00&x=%ff", 200, id="article-nul-param"),
]


@pytest.fixture
def reader():
    """An anonymous browser; a server error comes back as a 500 instead of raising."""
    return Client(raise_request_exception=False)


@pytest.fixture
def newsroom():
    """A section with a published story, a draft, a withdrawn story and a scheduled one."""
    asia = make_section("Asia")
    make_section("Politics")
    author = make_author("Kim Ha-eun")
    tag = make_tag("typhoon")
    published = make_article(
        "Typhoon makes landfall",
        slug="typhoon-makes-landfall",
        section=asia,
        authors=[author],
        tags=[tag],
    )
    draft = make_article(
        "Secret draft about the merger",
        slug="secret-draft",
        section=asia,
        authors=[author],
        tags=[tag],
        status=Article.Status.DRAFT,
    )
    withdrawn = make_article(
        "Withdrawn story about the minister",
        slug="withdrawn-story",
        section=asia,
        authors=[author],
        tags=[tag],
    )
    withdrawn_url = withdrawn.get_absolute_url()
    withdrawn.slug = "withdrawn-story-renamed"
    withdrawn.status = Article.Status.WITHDRAWN
    withdrawn.save()
    scheduled = make_article(
        "Embargoed story for tomorrow",
        slug="embargoed-story",
        section=asia,
        authors=[author],
        status=Article.Status.SCHEDULED,
        publish_at=timezone.now() + timedelta(days=1),
    )
    return SimpleNamespace(
        section=asia,
        author=author,
        tag=tag,
        published=published,
        draft=draft,
        withdrawn=withdrawn,
        withdrawn_old_url=withdrawn_url,
        scheduled=scheduled,
    )


def _fill(template, newsroom):
    parts = newsroom.published.url_kwargs()
    return template.format(
        y=parts["year"],
        m=parts["month"],
        d=parts["day"],
        slug=parts["slug"],
        author=newsroom.author.slug,
        tag=newsroom.tag.slug,
    )


def _body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def test_the_path_list_is_long_enough_to_mean_something():
    assert len(MALFORMED_PATHS) >= 40


@pytest.mark.parametrize(("template", "expected"), MALFORMED_PATHS)
def test_it_never_answers_a_malformed_path_with_a_server_error(
    reader, newsroom, template, expected
):
    path = _fill(template, newsroom)

    response = reader.get(path)

    assert response.status_code < 500, path
    if expected == "canonical":
        assert response.status_code == 301, path
        assert response["Location"] == newsroom.published.get_absolute_url()
    elif expected == "desk-login":
        assert response.status_code == 302, path
        assert response["Location"].startswith("/desk/login/?next=")
    else:
        assert response.status_code == expected, path


@pytest.mark.parametrize(("template", "expected"), MALFORMED_PATHS)
def test_it_never_answers_a_malformed_head_request_with_a_server_error(
    reader, newsroom, template, expected
):
    response = reader.head(_fill(template, newsroom))

    assert response.status_code < 500
    assert response.content == b""


def test_it_serves_the_published_article_at_its_canonical_url(reader, newsroom):
    response = reader.get(newsroom.published.get_absolute_url())

    assert response.status_code == 200
    assert "Typhoon makes landfall" in response.content.decode()


@pytest.mark.parametrize("which", ["draft", "withdrawn", "scheduled"])
def test_it_hides_an_unpublished_article_even_at_its_right_url(reader, newsroom, which):
    article = getattr(newsroom, which)

    response = reader.get(article.get_absolute_url())

    assert response.status_code == 404
    assert article.headline not in response.content.decode()


@pytest.mark.parametrize("which", ["draft", "withdrawn", "scheduled"])
def test_it_does_not_redirect_a_wrong_url_of_an_unpublished_article(reader, newsroom, which):
    slug = getattr(newsroom, which).slug

    for path in (f"/asia/2026/13/45/{slug}/", f"/politics/2000/01/01/{slug}/"):
        response = reader.get(path)
        assert response.status_code == 404, path


def test_it_does_not_follow_an_old_slug_to_a_withdrawn_article(reader, newsroom):
    response = reader.get(newsroom.withdrawn_old_url)

    assert response.status_code == 404
    assert newsroom.withdrawn.headline not in response.content.decode()


def test_it_redirects_an_old_slug_of_a_published_article_to_its_canonical_url(reader, newsroom):
    article = newsroom.published
    old_url = article.get_absolute_url()
    article.slug = "typhoon-makes-landfall-in-busan"
    article.save()

    response = reader.get(old_url)

    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def _reader_pages(newsroom):
    return [
        "/",
        "/asia/",
        f"/author/{newsroom.author.slug}/",
        f"/tag/{newsroom.tag.slug}/",
        newsroom.published.get_absolute_url(),
    ]


def test_it_answers_head_on_every_reader_page_without_a_body(reader, newsroom):
    for path in _reader_pages(newsroom):
        response = reader.head(path)
        assert response.status_code == 200, path
        assert response.content == b"", path


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_it_refuses_to_change_or_describe_a_reader_page(reader, newsroom, method):
    for path in _reader_pages(newsroom):
        response = getattr(reader, method)(path, data="a=1", content_type="text/plain")
        assert response.status_code == 405, (method, path)
        assert response["Allow"] == "GET, HEAD", (method, path)


def test_it_refuses_a_post_to_an_unpublished_article_without_revealing_it(reader, newsroom):
    response = reader.post(newsroom.draft.get_absolute_url())

    assert response.status_code in (404, 405)
    assert newsroom.draft.headline not in response.content.decode()


# --- /media/ --------------------------------------------------------------------------

SECRET = "TOP-SECRET-do-not-serve-7f3a"
PUBLIC = "public lead image bytes"

MEDIA_TRAVERSALS = [
    pytest.param("/media/../secret_key", id="dot-dot"),
    pytest.param("/media/../../etc/passwd", id="dot-dot-passwd"),
    pytest.param("/media/%2e%2e/secret_key", id="encoded-dot-dot"),
    pytest.param("/media/%2E%2E/secret_key", id="encoded-dot-dot-uppercase"),
    pytest.param("/media/..%2fsecret_key", id="encoded-slash"),
    pytest.param("/media/%2e%2e%2fsecret_key", id="fully-encoded"),
    pytest.param("/media/..%5csecret_key", id="encoded-backslash"),
    pytest.param("/media/..\\secret_key", id="backslash"),
    pytest.param("/media/%252e%252e/secret_key", id="double-encoded"),
    pytest.param("/media/%c0%ae%c0%ae/secret_key", id="overlong-utf8-dots"),
    pytest.param("/media/images/../../secret_key", id="dot-dot-from-subdirectory"),
    pytest.param("/media/./../secret_key", id="dot-then-dot-dot"),
    pytest.param("/media//etc/passwd", id="absolute-path"),
    pytest.param("/media/{secret}", id="absolute-path-to-secret"),
    pytest.param("/media//{secret}", id="absolute-path-to-secret-double-slash"),
    pytest.param("/media/%00", id="nul"),
    pytest.param("/media/ok.txt%00.jpg", id="nul-truncation"),
    pytest.param("/media/", id="directory-index"),
    pytest.param("/media/images/", id="subdirectory-index"),
    pytest.param("/media/%ff", id="invalid-utf8"),
]


@pytest.fixture
def media_root(settings, tmp_path, monkeypatch):
    """MEDIA_ROOT in a temporary directory, with a secret file right beside it."""
    root = tmp_path / "media"
    (root / "images").mkdir(parents=True)
    (root / "ok.txt").write_text(PUBLIC)
    (tmp_path / "secret_key").write_text(SECRET)
    settings.MEDIA_ROOT = root
    settings.MASTHEAD_SERVE_MEDIA = True
    return root


def test_it_serves_a_file_inside_media_root(reader, media_root):
    response = reader.get("/media/ok.txt")

    assert response.status_code == 200
    assert _body(response).decode() == PUBLIC


@pytest.mark.parametrize("template", MEDIA_TRAVERSALS)
def test_it_never_serves_a_file_from_outside_media_root(reader, media_root, template):
    path = template.format(secret=str(media_root.parent / "secret_key").lstrip("/"))

    response = reader.get(path)

    assert response.status_code < 500, path
    assert response.status_code in (301, 400, 403, 404), path
    body = _body(response).decode(errors="replace")
    assert SECRET not in body
    assert "root:" not in body


def test_media_are_left_to_the_front_server_when_switched_off(reader, media_root, settings):
    settings.MASTHEAD_SERVE_MEDIA = False

    assert reader.get("/media/ok.txt").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/search/?q=seoul%00",
        "/search/?q=seoul&section=%00asia",
        "/api/v1/articles?section=%00%C3%B1",
        "/api/v1/articles?tag=a%00b",
        "/?page=1%00",
        "/feed/?x=%00",
    ],
)
def test_a_nul_byte_in_the_query_string_is_dropped_on_every_database(client, url):
    # PostgreSQL refuses NUL in text parameters: without the middleware these were 500s.
    response = client.get(url)
    assert response.status_code in (200, 404)
    if url.startswith("/search/"):
        assert b"seoul" in response.content  # still the reader's search
