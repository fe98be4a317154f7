"""Highlighted headlines and snippets of search results, for the page's 20 stories only.

One implementation for both engines, in Python: asking SQLite's FTS5 for ``highlight()``
and ``snippet()`` of 20 given stories re-ran the whole MATCH once per story (160 ms for a
word in 69,734 stories), and PostgreSQL's ``ts_headline`` parses each body again. A word
of the text is marked when it starts with one of the query's words, compared as the
engines compare them: case and accents folded (``unicode61 remove_diacritics``).
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"[^\W_]+")  # a word: letters and digits of any script
SNIPPET_WORDS = 30
LEAD = 5  # words shown before the first marked word of a snippet


def fold(word):
    word = word.lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _spans(text, terms):
    """[(start, end, marked)] for every word of ``text``."""
    folded = tuple(fold(t) for t in terms)
    return [(m.start(), m.end(), fold(m.group()).startswith(folded)) for m in WORD.finditer(text)]


def _render(text, spans, start, end):
    """Escaped ``text[start:end]`` with <mark> around the marked spans inside it."""
    out, position = [], start
    for a, b, marked in spans:
        if not marked or a < start or b > end:
            continue
        out.append(escape(text[position:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        position = b
    out.append(escape(text[position:end]))
    return "".join(out)


def mark(text, terms):
    """The whole text, escaped, with the words the query matched marked (safe HTML)."""
    text = text or ""
    return mark_safe(_render(text, _spans(text, terms), 0, len(text)))  # noqa: S308


def snippet(fields, terms, words=SNIPPET_WORDS):
    """(safe HTML, index of the field it came from) for the field of ``fields`` with the
    most matched words (the first on a tie): a window of ``words`` words around its best
    stretch of matches, "…" where it was cut. ("", None) when no field has a match."""
    best = None
    for index, text in enumerate(fields):
        text = text or ""
        spans = _spans(text, terms)
        count = sum(1 for *_, marked in spans if marked)
        if count and (best is None or count > best[0]):
            best = (count, index, text, spans)
    if best is None:
        return "", None
    _, index, text, spans = best
    hits = [i for i, (*_, marked) in enumerate(spans) if marked]
    # The window (of ``words`` words, starting LEAD words before a match) with most matches.
    first = 0  # a field that fits is shown whole
    if len(spans) > words:
        first = max(
            (min(max(0, i - LEAD), len(spans) - words) for i in hits),
            key=lambda s: sum(1 for h in hits if s <= h < s + words),
        )
    last = min(len(spans), first + words) - 1
    start = spans[first][0] if first else 0
    end = spans[last][1] if last < len(spans) - 1 else len(text)
    html = _render(text, spans, start, end).strip()
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(f"{prefix}{html}{suffix}"), index  # noqa: S308
