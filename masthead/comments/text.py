"""Comment text: how it is cleaned on the way in and shown on the way out.

In: NFC normalization (so a Korean syllable or an accented letter typed as a base letter
plus a combining mark counts as one character, as readers expect), Windows line endings
folded, control and bidirectional-override characters removed, runs of blank lines
shortened. Out: plain text, HTML-escaped, line breaks kept, http(s) URLs as links with
``rel="nofollow ugc noopener"``. No reader-supplied markup ever reaches a page.
"""

import hashlib
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Bidirectional overrides and isolates can make text read differently from what it is.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_BLANK_LINES = re.compile(r"\n{3,}")
# Only http(s) URLs and www. hosts become links; never javascript:, data: or others.
# A URL stops at whitespace, quotes and angle brackets; trailing punctuation is not part
# of it ("see https://example.org.").
URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'`]+")
_TRAILING = ".,;:!?)]}'\""
REL = "nofollow ugc noopener"


def normalize(text):
    """The stored form of a name or comment."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_BIDI)
    text = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    return _BLANK_LINES.sub("\n\n", text).strip()


def fingerprint(text):
    """Equal for texts that differ only in case, spacing or Unicode form (duplicates)."""
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(folded.encode()).hexdigest()


def _split_url(match):
    """(url, trailing punctuation left outside the link)."""
    url = match.group(0)
    tail = ""
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break  # https://en.wikipedia.org/wiki/Seoul_(city)
        tail = url[-1] + tail
        url = url[:-1]
    return url, tail


def links(text):
    """The URLs ``render`` would link."""
    return [url for url, _ in map(_split_url, URL.finditer(text)) if url]


def _link(url):
    href = url if url.lower().startswith(("http://", "https://")) else f"https://{url}"
    return f'<a href="{escape(href)}" rel="{REL}">{escape(url)}</a>'


def render(text):
    """Safe HTML for a comment: escaped text, <br> for line breaks, http(s) links."""
    out = []
    last = 0
    for match in URL.finditer(text):
        url, tail = _split_url(match)
        out.append(escape(text[last : match.start()]))
        out.append(_link(url) if url else "")
        out.append(escape(tail))
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out).replace("\n", "<br>"))  # noqa: S308  (escaped above)
