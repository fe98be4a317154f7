"""Invented stories: a context of names and figures, a headline, a dek and a body.

A body is a list of blocks (paragraph, subhead, quote, bullet list). ``render_blocks``
turns them into Markdown and into the HTML that ``masthead.lib.markup.render_markdown``
produces for that Markdown, without running the Markdown parser: that is what makes
100,000 demo articles affordable. The generated text never contains a character that
Markdown or HTML would treat specially (see ``sentences``), which the tests check.
"""

from . import beats, headlines, sentences, vocab

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


def _person(rng, not_surname=None):
    surname = rng.choice(vocab.SURNAMES)
    while surname == not_surname:
        surname = rng.choice(vocab.SURNAMES)
    return surname, f"{surname} {rng.choice(vocab.GIVEN_NAMES)}"


def story_context(rng, section_slug, ministry, outlet):
    """Every name and figure one story may mention, fixed for the whole story."""
    city, city2 = rng.sample(vocab.CITIES, 2)
    company, company2 = rng.sample(vocab.COMPANIES, 2)
    team, team2 = rng.sample(vocab.TEAMS, 2)
    country = rng.choice(vocab.COUNTRIES)
    group = rng.choice(vocab.GROUPS)
    title = rng.choice(vocab.TITLES)
    product = rng.choice(vocab.PRODUCTS)
    bill = rng.choice(vocab.BILLS)
    food = rng.choice(vocab.FOODS)
    institute = rng.choice(vocab.INSTITUTES)
    university = rng.choice(vocab.UNIVERSITIES)
    role, role2 = rng.sample(vocab.ROLES[section_slug], 2)
    last, person = _person(rng)
    last2, person2 = _person(rng, not_surname=last)
    small = rng.randint(2, 9)
    bn = rng.randint(12, 480)
    winner = rng.randint(1, 9)
    return StoryContext({
        "city": city[0], "city_ko": city[1], "city2": city2[0],
        "country": country[0], "country_ko": country[1],
        "company": company[0], "company_ko": company[1],
        "company2": company2[0], "company2_ko": company2[1],
        "team": team[0], "team_ko": team[1], "team2": team2[0], "team2_ko": team2[1],
        "group": group[0], "group_ko": group[1], "title": title[0], "title_ko": title[1],
        "product": product[0], "product_ko": product[1], "bill": bill[0], "bill_ko": bill[1],
        "food": food[0], "food_ko": food[1],
        "institute": institute, "university": university,
        "person": person, "person_last": last,
        "person_role": role.format(institute=institute, university=university),
        "person2": person2, "person2_last": last2,
        "person2_role": role2.format(institute=institute, university=university),
        "ministry": ministry, "ministry_cap": ministry[0].upper() + ministry[1:],
        "outlet": outlet,
        "pct": rng.randint(3, 38), "pct2": rng.randint(1, 9), "share": rng.randint(31, 36),
        "poll": rng.randint(24, 58), "n": f"{rng.randint(20, 400) * 100:,}",
        "n2": rng.randint(12, 90) * 10, "bn": bn, "bn_ko": bn * 10,
        "years": rng.randint(10, 24), "small_n": small,
        "small_word": vocab.SMALL_WORDS[small - 2],
        "small_word_cap": vocab.SMALL_WORDS[small - 2].capitalize(),
        "small_ordinal": ORDINALS[small - 2],
        "amount": f"{rng.randint(3, 60) / 10:.1f}",
        "rate": rng.choice(("2.50", "2.75", "3.00", "3.25", "3.50")),
        "fx": f"1,{rng.randint(300, 480)}",
        "score": f"{winner}-{rng.randint(0, winner - 1)}",
    })  # fmt: skip


class StoryContext(dict):
    """A story's names and figures. ``{who}`` / ``{who2}`` introduce a person in full the
    first time (name and role) and by surname afterwards."""

    def introduce(self, number):
        """True the first time person ``number`` (1 or 2) is mentioned."""
        flag = f"_introduced{number}"
        first = flag not in self
        self[flag] = True
        return first

    def __missing__(self, key):
        if key in ("who", "who2"):
            suffix = "2" if key == "who2" else ""
            if self.introduce(2 if suffix else 1):
                return f"{self['person' + suffix]}, {self['person' + suffix + '_role']},"
            return self[f"person{suffix}_last"]
        raise KeyError(key)


ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]

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


def write_story(rng, section_slug, ministry, outlet, translated):
    """(headline, korean_headline, dek, body_markdown, body_html, ctx) of one story."""
    ctx = story_context(rng, section_slug, ministry, outlet)
    en, ko, lede = rng.choice(headlines.HEADLINES[section_slug])
    headline = en.format_map(ctx)
    headline = headline[0].upper() + headline[1:]
    korean = ko.format_map(ctx) if translated else ""
    dek = rng.choice(headlines.DEKS[section_slug]).format_map(ctx)
    lede = lede.format_map(ctx)
    blocks = write_body(rng, section_slug, ctx, lede, translated)
    body, body_html = render_blocks(blocks)
    return headline, korean, dek, body, body_html, ctx
