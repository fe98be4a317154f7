"""Highlighted headlines and snippets of search results, for the page's 20 stories only.

One implementation for both engines, in Python: asking SQLite's FTS5 for ``highlight()``
and ``snippet()`` of 20 given stories re-ran the whole MATCH once per story (160 ms for a
word in 69,734 stories), and PostgreSQL's ``ts_headline`` parses each body again. A word
of the text is marked when it starts with one of the query's words, compared as the
engines compare them: case and accents folded (``unicode61 remove_diacritics``).
"""

import bisect
import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

WORD = re.compile(r"[^\W_]+")  # a word: letters and digits of any script
SNIPPET_WORDS = 30
LEAD = 5  # words shown before the first marked word of a snippet
REGION = 600  # characters a long field's snippet is chosen from (~90 words)


class _Accents(dict):
    """str.translate table: a character to its base letter when that is one character
    ("é" to "e"), else itself (a Hangul syllable stays whole, as both engines keep it)."""

    def __missing__(self, code):
        base = "".join(
            c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)
        )
        self[code] = base if len(base) == 1 else chr(code)
        return self[code]


_ACCENTS = _Accents()


def fold(text):
    """``text`` lowercased with accents removed (position for position, but for a rare
    letter whose lower case is longer, such as "İ")."""
    if text.isascii():
        return text.lower()
    return text.translate(_ACCENTS).lower()


def _starts(text, terms):
    """The positions in ``text`` where a word starting with one of ``terms`` begins: one
    regular expression over the folded text (a search reads 20 whole bodies; folding and
    comparing them word by word was the search's largest cost after the database)."""
    folded_terms = sorted({fold(t) for t in terms if t}, key=len, reverse=True)
    if not folded_terms or not text:
        return set()
    folded = fold(text)
    if len(folded) != len(text):  # a rare letter whose lower case is longer ("İ")
        return {
            m.start()
            for m in WORD.finditer(text)
            if fold(m.group()).startswith(tuple(folded_terms))
        }
    # The words first (a literal is found fast), then whether each starts a word.
    pattern = "|".join(map(re.escape, folded_terms))
    return {
        m.start()
        for m in re.finditer(pattern, folded)
        if not m.start() or not WORD.match(folded, m.start() - 1)
    }


def _spans(text, starts, a=0, b=None):
    """[(start, end, marked)] for every word of ``text[a:b]``, marked when it begins at one
    of ``starts``."""
    b = len(text) if b is None else b
    return [(m.start(), m.end(), m.start() in starts) for m in WORD.finditer(text, a, b)]


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
    return mark_safe(_render(text, _spans(text, _starts(text, terms)), 0, len(text)))  # noqa: S308


def snippet(fields, terms, words=SNIPPET_WORDS):
    """(safe HTML, index of the field it came from) for the field of ``fields`` with the
    most matched words (the first on a tie): a window of ``words`` words around its best
    stretch of matches, "…" where it was cut. ("", None) when no field has a match."""
    best = None
    for index, text in enumerate(fields):
        text = text or ""
        starts = _starts(text, terms)
        if starts and (best is None or len(starts) > len(best[0])):
            best = (starts, index, text)
    if best is None:
        return "", None
    starts, index, text = best
    a, b = _region(text, starts)
    spans = _spans(text, starts, a, b)
    if spans and a > 0 and WORD.fullmatch(text[a - 1]):
        spans.pop(0)  # the region cut this word: not shown
    if spans and b < len(text) and WORD.fullmatch(text[b]):
        spans.pop()
    hits = [i for i, (*_, marked) in enumerate(spans) if marked]
    # The window (of ``words`` words, starting LEAD words before a match) with most matches.
    first = 0  # a field that fits is shown whole
    if len(spans) > words:
        first = max(
            (min(max(0, i - LEAD), len(spans) - words) for i in hits),
            key=lambda s: sum(1 for h in hits if s <= h < s + words),
        )
    last = min(len(spans), first + words) - 1
    start = spans[first][0] if first or a > 0 else 0
    end = spans[last][1] if last < len(spans) - 1 or b < len(text) else len(text)
    html = _render(text, spans, start, end).strip()
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(f"{prefix}{html}{suffix}"), index  # noqa: S308


def _region(text, starts):
    """(start, end) of the part of ``text`` a snippet is cut from: all of a short text,
    else REGION characters around its densest stretch of matches (not a whole body split
    into words, 20 times a search)."""
    if len(text) <= REGION:
        return 0, len(text)
    positions = sorted(starts)
    reach = REGION // 3
    anchor = max(
        positions,
        key=lambda p: bisect.bisect_left(positions, p + reach) - bisect.bisect_left(positions, p),
    )
    end = min(len(text), max(0, anchor - reach) + REGION)
    return end - REGION, end
