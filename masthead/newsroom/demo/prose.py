"""Invented stories: a context of names and figures, a headline, a dek and a body.

A body is a list of blocks (paragraph, subhead, quote, bullet list). ``render_blocks``
turns them into Markdown and into the HTML that ``masthead.lib.markup.render_markdown``
produces for that Markdown, without running the Markdown parser: that is what makes
100,000 demo articles affordable. The generated text never contains a character that
Markdown or HTML would treat specially (see ``sentences``), which the tests check.
"""

from . import beats, headlines, sentences
from .context import KEY_BITS, story_context

PARAGRAPH, HEADING, QUOTE, BULLETS = "p", "h2", "quote", "ul"

# A body's length in words (of text, not counting Markdown markers). Each unit added
# after the lede is at most ~115 words and the ending at most ~45, so the total stays
# within 300..900 whatever the target.
MIN_WORDS, MAX_TARGET, MODE_WORDS = 330, 720, 440
PARAGRAPH_SOFT_LIMIT = 70  # stop adding sentences to a paragraph once past this


def render_blocks(blocks):
    """(markdown, html) of a list of (kind, text-or-items) blocks."""
    md = []
    html = []
    for kind, value in blocks:
        if kind == PARAGRAPH:
            md.append(value)
            html.append(f"<p>{value}</p>")
        elif kind == HEADING:
            md.append(f"## {value}")
            html.append(f"<h2>{value}</h2>")
        elif kind == QUOTE:
            md.append(f"> {value}")
            html.append(f"<blockquote>\n<p>{value}</p>\n</blockquote>")
        elif kind == BULLETS:
            md.append("\n".join(f"- {item}" for item in value))
            html.append("<ul>\n" + "".join(f"<li>{item}</li>\n" for item in value) + "</ul>")
        else:  # pragma: no cover - programming error
            raise ValueError(f"unknown block kind {kind!r}")
    return "\n\n".join(md), "\n".join(html)


# Pools per section, built once: body sentences, quotes, subheads, bullet items.
_BODY = {s: beats.SECTION[s]["body"] + sentences.GENERIC for s in beats.SECTION}
_QUOTES = {s: beats.SECTION[s]["quotes"] + sentences.GENERIC_QUOTES for s in beats.SECTION}
_SUBHEADS = {s: beats.SECTION[s]["subheads"] + sentences.GENERIC_SUBHEADS for s in beats.SECTION}
_BULLETS = {s: beats.SECTION[s]["bullets"] + sentences.GENERIC_BULLETS for s in beats.SECTION}


class _Writer:
    """Draws sentences for one story without repeating any."""

    def __init__(self, rng, section_slug, ctx):
        self.rng = rng
        self.ctx = ctx
        self.pool = _BODY[section_slug]
        self.sentences = rng.sample(self.pool, len(self.pool))
        self.quotes = rng.sample(_QUOTES[section_slug], len(_QUOTES[section_slug]))
        self.subheads = rng.sample(_SUBHEADS[section_slug], len(_SUBHEADS[section_slug]))
        self.bullets = _BULLETS[section_slug]

    def sentence(self):
        if not self.sentences:  # a very long story: start the pool again
            self.sentences = self.rng.sample(self.pool, len(self.pool))
        return self.sentences.pop().format_map(self.ctx)

    def quote(self):
        text = self.quotes.pop().format_map(self.ctx)
        return self.attributed(text, "")

    def attributed(self, text, suffix):
        """A quote of person 1 (suffix "") or 2 (suffix "2"), in full the first time."""
        ctx = self.ctx
        if ctx.introduce(2 if suffix else 1):
            return f'"{text}," said {ctx["person" + suffix]}, {ctx["person" + suffix + "_role"]}.'
        return f'"{text}," {ctx["person" + suffix + "_last"]} said.'

    def paragraph(self, first=None):
        parts = [first] if first else []
        words = sum(p.count(" ") + 1 for p in parts)
        wanted = self.rng.randint(2, 4)
        while len(parts) < wanted and words < PARAGRAPH_SOFT_LIMIT:
            sentence = self.sentence()
            parts.append(sentence)
            words += sentence.count(" ") + 1
        return " ".join(parts), words


def _words(text):
    return text.count(" ") + 1


def write_body(rng, section_slug, ctx, lede, translated):
    """Blocks of a body of roughly 330..900 words, opening with the (filled) ``lede``."""
    writer = _Writer(rng, section_slug, ctx)
    target = int(rng.triangular(MIN_WORDS, MAX_TARGET, MODE_WORDS))
    blocks = []
    text, words = writer.paragraph(lede)
    blocks.append((PARAGRAPH, text))
    since_heading = 1
    has_list = has_blockquote = False
    paragraphs = 1
    while words < target:
        roll = rng.random()
        if not has_list and paragraphs >= 3 and roll < 0.08:
            items = rng.sample(writer.bullets, rng.randint(3, 4))
            items = [item.format_map(ctx) for item in items]
            intro = rng.choice(sentences.LIST_INTROS)
            blocks.append((PARAGRAPH, intro))
            blocks.append((BULLETS, items))
            words += _words(intro) + sum(_words(item) for item in items)
            has_list = True
            continue
        if since_heading >= 3 and writer.subheads and roll < 0.30:
            heading = writer.subheads.pop().format_map(ctx)
            blocks.append((HEADING, heading))
            words += _words(heading)
            since_heading = 0
        elif writer.quotes and roll < 0.42:
            text, n = writer.paragraph(writer.quote())
            blocks.append((PARAGRAPH, text))
            words += n
            paragraphs += 1
            since_heading += 1
            continue
        elif not has_blockquote and paragraphs >= 2 and roll < 0.50 and writer.quotes:
            quote = writer.quotes.pop().format_map(ctx)
            text = writer.attributed(quote, "2")
            blocks.append((QUOTE, text))
            words += _words(text)
            has_blockquote = True
            continue
        text, n = writer.paragraph()
        blocks.append((PARAGRAPH, text))
        words += n
        paragraphs += 1
        since_heading += 1
    closing = rng.choice(sentences.CLOSINGS).format_map(ctx)
    blocks.append((PARAGRAPH, closing))
    if translated:
        blocks.append((PARAGRAPH, sentences.TRANSLATION_NOTE.format_map(ctx)))
    return blocks


def _capitalised(text):
    return text[0].upper() + text[1:]


def headline_of(section_slug, kind, ctx):
    """The English headline of story type number ``kind`` of a section, filled in."""
    return _capitalised(headlines.STORIES[section_slug][kind].headline.format_map(ctx))


def write_story(rng, section_slug, ministry, outlet, translated, story=None):
    """(headline, korean_headline, dek, body_markdown, body_html, ctx) of one story.

    ``story`` is (story type number, context key) as chosen by ``lineup``; without it
    both are drawn from ``rng``."""
    types = headlines.STORIES[section_slug]
    if story is None:
        story = (rng.randrange(len(types)), rng.getrandbits(KEY_BITS))
    kind, key = story
    ctx = story_context(key, section_slug, ministry, outlet)
    story_type = types[kind]
    headline = headline_of(section_slug, kind, ctx)
    korean = story_type.korean.format_map(ctx) if translated else ""
    dek = _capitalised(story_type.dek.format_map(ctx))
    lede = _capitalised(story_type.lede.format_map(ctx))
    blocks = write_body(rng, section_slug, ctx, lede, translated)
    body, body_html = render_blocks(blocks)
    return headline, korean, dek, body, body_html, ctx
