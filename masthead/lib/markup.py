"""Markdown to safe HTML: rendered once when an article is saved, never on a reader request.

Python-Markdown turns the editor's text into HTML; nh3 (Ammonia) then keeps only an
allowlist of tags, attributes and URL schemes. Whatever an editor pastes, no script,
event handler, style or javascript:/data: URL reaches a reader.
"""

import re

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dl",
    "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "strong", "sub",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
    "*": {"lang"},
}
URL_SCHEMES = {"http", "https", "mailto"}

# Not "extra": its footnotes need id attributes (which the sanitizer removes, so their
# links would point nowhere) and attr_list/md_in_html only widen what an editor can inject.
_EXTENSIONS = ["tables", "fenced_code", "def_list", "abbr", "sane_lists"]
# In nh3's output tags are lower case and "<" is escaped in text and attribute values,
# so this matches the h1 tags and nothing else.
_H1_TAG = re.compile(r"<(/?)h1(?=[\s>])")


def sanitize_html(html, extra_tags=frozenset()):
    """Keep only allowlisted markup; links get rel="noopener noreferrer"."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS | extra_tags,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render_markdown(text):
    """Render Markdown to sanitized HTML. h1 is demoted: the headline is a page's only h1."""
    html = markdown.markdown(text or "", extensions=_EXTENSIONS, output_format="html")
    # Demote after sanitizing, on nh3's normalized output: a raw <H1> or <h1\nlang=..>
    # is demoted too, and an attribute value or text that mentions "<h1>" is left alone.
    html = sanitize_html(html, extra_tags={"h1"})
    return _H1_TAG.sub(r"<\1h2", html)
