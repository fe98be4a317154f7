"""Building the demo newsroom: plan the articles, write them, insert them in batches.

Everything textual comes from one ``random.Random(seed)``, and nothing drawn from it
depends on the clock, so one seed always gives the same newsroom; only the dates move
with ``timezone.now()``. Articles are inserted with ``bulk_create`` (``Article.save()``
renders Markdown per row, far too slow for 100,000), so ``body_html`` and
``first_published_at`` are filled here exactly as ``save()`` would fill them.

Each story's view total is also split into the hourly and daily buckets Popular Now and
the most-viewed list read (``traffic.py``), so that the total is the sum of its buckets,
as it is after ``masthead flush-views``.
"""

import math
import random
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from masthead.engagement import trending
from masthead.engagement.models import ViewTotal
from masthead.newsroom import cache
from masthead.newsroom.models import Article, Byline, Correction, MustRead
from masthead.newsroom.signals import content_loaded

from . import cast, images, lineup, prose, sentences, traffic, vocab

BATCH = 1000
DAYS = 60
MUST_READS = 5
Status = Article.Status


@dataclass
class Summary:
    articles: int = 0
    by_status: dict = field(default_factory=dict)
    translated: int = 0
    corrections: int = 0
    must_reads: int = 0
    sections: int = 0
    authors: int = 0
    tags: int = 0
    images: int = 0
    hourly_rows: int = 0
    daily_rows: int = 0
    seconds: float = 0.0
    lineup: object = None  # the lineup.Lineup the articles were written from

    def line(self):
        s = self.by_status
        return (
            f"Demo newsroom built: {self.articles} articles ({s.get('published', 0)} "
            f"published, {s.get('scheduled', 0)} scheduled, {s.get('review', 0)} in review, "
            f"{s.get('draft', 0)} drafts, {s.get('withdrawn', 0)} withdrawn; "
            f"{self.translated} translated from Korean), {self.sections} sections, "
            f"{self.authors} authors, {self.tags} tags, {self.corrections} corrections, "
            f"{self.must_reads} must-reads, {self.images} images, {self.hourly_rows} hourly "
            f"and {self.daily_rows} daily view buckets in {self.seconds:.1f}s."
        )


def _quota(count, share):
    return max(1, round(count * share)) if count >= 20 else 0


def plan(rng, count):
    """(status, age in seconds: positive = in the past, negative = scheduled) per article.

    Oldest first, so ids grow with publish time; drafts and stories in review (no publish
    time yet) come after the published ones, scheduled stories last.
    """
    scheduled = _quota(count, 0.02)
    drafts = _quota(count, 0.015)
    review = _quota(count, 0.01)
    past = count - scheduled - drafts - review
    ages = sorted((rng.uniform(300, DAYS * 86400) for _ in range(past)), reverse=True)
    withdrawn = set(rng.sample(range(past), min(past, round(count * 0.003))))
    slots = [(Status.WITHDRAWN if i in withdrawn else Status.PUBLISHED, age)
             for i, age in enumerate(ages)]  # fmt: skip
    unpublished = [Status.DRAFT] * drafts + [Status.REVIEW] * review
    rng.shuffle(unpublished)
    slots += [(status, rng.uniform(600, 3 * 86400)) for status in unpublished]
    slots += [(Status.SCHEDULED, -age) for age in sorted(
        rng.uniform(86400, 3 * 86400) for _ in range(scheduled))]  # fmt: skip
    return slots


class _Slugs:
    def __init__(self):
        self.used = set()

    def make(self, headline):
        base = slugify(headline)[:180].strip("-") or "story"
        slug, n = base, 2
        while slug in self.used:
            slug, n = f"{base}-{n}", n + 1
        self.used.add(slug)
        return slug


def _views(rng, age_days, section_weight):
    """Long-tailed: Pareto draws, scaled up for recent stories and bigger sections."""
    recency = 0.3 + 3.0 * math.exp(-age_days / 5)
    return min(3_000_000, int(rng.paretovariate(1.2) * 20 * section_weight * recency))


class Newsroom:
    """One build: the cast, the plan and the running totals."""

    def __init__(self, rng, now, sections, tags, authors, lead_images, writer, traffic_):
        self.rng = rng
        self.now = now
        self.traffic = traffic_
        self.sections = sections
        self.lead_images = lead_images
        self.writer = writer
        self.slugs = _Slugs()
        self.section_info = {slug: (ministry, weight) for _n, slug, _d, weight, ministry in
                             vocab.SECTIONS}  # fmt: skip
        self.tags_for = {slug: [] for _name, slug, *_rest in vocab.SECTIONS}
        for _name, slug, homes in vocab.TAGS:
            for home in homes:
                self.tags_for[home].append(tags[slug].pk)
        self.all_tags = [t.pk for t in tags.values()]
        self.beat = {slug: [] for slug in self.tags_for}
        for _name, slug, _local, home, _bio in vocab.AUTHORS:
            self.beat[home].append(authors[slug].pk)
        self.all_authors = [a.pk for a in authors.values()]
        self.writer_author = writer.author.pk
        self.writer_home = next(a[3] for a in vocab.AUTHORS if a[1] == vocab.WRITER_AUTHOR_SLUG)
        self.writer_draft_given = False
        self.summary = Summary()
        self.candidates = []  # (views, index, pk, section) of recent published stories

    def _byline(self, section):
        rng = self.rng
        first = rng.choice(self.beat[section]) if rng.random() < 0.8 else rng.choice(
            self.all_authors)  # fmt: skip
        authors = [first]
        if rng.random() < 0.2:
            second = rng.choice(self.all_authors)
            if second != first:
                authors.append(second)
        return authors

    def _tags(self, section):
        rng = self.rng
        picked = rng.sample(self.tags_for[section], rng.randint(1, 3))
        if rng.random() < 0.1:  # now and then a tag from outside the section
            extra = rng.choice(self.all_tags)
            if extra not in picked and len(picked) < 3:
                picked.append(extra)
        return picked

    def article(self, index, status, age, pick):
        """One unsaved Article plus what goes in other tables once it has a pk.

        ``pick`` is the article's place in the lineup: section, story type, headline."""
        rng = self.rng
        slug = pick.section
        ministry, weight = self.section_info[slug]
        writer_draft = status == Status.DRAFT and not self.writer_draft_given
        if writer_draft:  # the demo "writer" account finds a draft of its own
            self.writer_draft_given = True  # (the lineup put it in the writer's section)
        translated = rng.random() < 1 / 3
        outlet = rng.choice(vocab.OUTLETS) if translated else ("", "")
        headline, korean, dek, body, body_html, ctx = prose.write_story(
            rng, slug, ministry, outlet[0], translated, (pick.kind, pick.key)
        )
        authors = self._byline(slug)
        if writer_draft:
            authors = [self.writer_author]
        image = rng.choice(self.lead_images[slug]) if rng.random() < 0.92 else None
        source_number = rng.randint(100000, 999999)
        correction_roll = rng.random()
        correction_note = None
        kind = Correction.Kind.CORRECTION
        if correction_roll < 0.05 and status == Status.PUBLISHED:
            kind = Correction.Kind.UPDATE if rng.random() < 0.3 else Correction.Kind.CORRECTION
            notes = sentences.UPDATES if kind == Correction.Kind.UPDATE else sentences.CORRECTIONS
            correction_note = rng.choice(notes).format_map(ctx)
            correction_delay = rng.uniform(1800, 30 * 3600)

        publish_at = first_published = None
        if status in (Status.PUBLISHED, Status.WITHDRAWN, Status.SCHEDULED):
            publish_at = first_published = self.now - timedelta(seconds=age)
            created = publish_at - timedelta(seconds=rng.uniform(1200, 6 * 3600))
        else:
            created = self.now - timedelta(seconds=age)
        correction = updated_at = None
        if correction_note:
            when = min(publish_at + timedelta(seconds=correction_delay),
                       self.now - timedelta(seconds=60))  # fmt: skip
            correction = Correction(kind=kind, note=correction_note, created_at=when)
            if kind == Correction.Kind.UPDATE:
                updated_at = when
        views = None
        if status in (Status.PUBLISHED, Status.WITHDRAWN):
            views = _views(rng, age / 86400, weight)
        article = Article(
            headline=headline,
            slug=self.slugs.make(headline),
            dek=dek,
            body=body,
            body_html=body_html,
            section=self.sections[slug],
            status=status,
            publish_at=publish_at,
            first_published_at=first_published,
            updated_at=updated_at,
            created_at=created,
            created_by=self.writer if authors[0] == self.writer_author else None,
            lead_image_url=f"{settings.MEDIA_URL}demo/{image.filename}" if image else "",
            lead_image_alt=image.alt if image else "",
            lead_image_caption=image.caption if image else "",
            original_language="ko" if translated else "",
            original_headline=korean,
            source_name=outlet[0],
            source_url=f"https://example.kr/{outlet[1]}/news/{source_number}" if translated
            else "",
        )  # fmt: skip
        return article, authors, self._tags(slug), correction, views

    def insert(self, batch):
        """Insert one batch of (index, article, authors, tags, correction, views)."""
        Article.objects.bulk_create([row[1] for row in batch])
        through = Article.tags.through
        bylines, tag_rows, corrections, totals, hourly, daily = [], [], [], [], [], []
        for index, article, authors, tag_ids, correction, views in batch:
            pk = article.pk
            bylines += [Byline(article_id=pk, author_id=a, position=p)
                        for p, a in enumerate(authors)]  # fmt: skip
            tag_rows += [through(article_id=pk, tag_id=t) for t in tag_ids]
            if correction is not None:
                correction.article_id = pk
                corrections.append(correction)
            if views is not None:
                totals.append(ViewTotal(article_id=pk, views=views))
                hours, days = self.traffic.buckets(article.publish_at, views)
                hourly += [(pk, h, n) for h, n in hours]
                daily += [(pk, d, n) for d, n in days]
            s = self.summary
            s.by_status[article.status] = s.by_status.get(article.status, 0) + 1
            s.translated += bool(article.original_headline)
            if (article.status == Status.PUBLISHED
                    and self.now - article.publish_at < timedelta(days=4)):  # fmt: skip
                self.candidates.append((views, index, pk, article.section_id))
        Byline.objects.bulk_create(bylines)
        through.objects.bulk_create(tag_rows)
        Correction.objects.bulk_create(corrections)
        ViewTotal.objects.bulk_create(totals)
        traffic.insert(hourly, daily)
        self.summary.hourly_rows += len(hourly)
        self.summary.daily_rows += len(daily)
        self.summary.articles += len(batch)
        self.summary.corrections += len(corrections)

    def must_reads(self):
        """Five picks from the last few days, at most one per section, most read first."""
        picks, seen = [], set()
        ranked = sorted(self.candidates, key=lambda c: (-c[0], c[1]))
        for _views, _index, pk, section_id in ranked:
            if section_id not in seen:
                picks.append(pk)
                seen.add(section_id)
            if len(picks) == MUST_READS:
                break
        for _views, _index, pk, _section in ranked:  # fewer sections than picks
            if len(picks) == MUST_READS:
                break
            if pk not in picks:
                picks.append(pk)
        rows = [
            MustRead(article_id=pk, position=position,
                     expires_at=self.now + timedelta(days=position) if position >= 3 else None)
            for position, pk in enumerate(picks)
        ]  # fmt: skip
        MustRead.objects.bulk_create(rows)
        self.summary.must_reads = len(rows)


def build(articles=400, seed=1, password="masthead-demo", media_root=None):
    """Replace the newsroom's content with a generated demo newsroom; returns a Summary."""
    started = time.perf_counter()
    media_root = settings.MEDIA_ROOT if media_root is None else media_root
    section_names = [(name, slug) for name, slug, *_rest in vocab.SECTIONS]
    lead_images = images.draw_images(f"{media_root}/demo", section_names, seed)
    rng = random.Random(seed)
    now = timezone.now()
    with transaction.atomic():
        cast.wipe()
        sections = cast.create_sections()
        tags = cast.create_tags()
        authors = cast.create_authors()
        users = cast.create_users(password, authors[vocab.WRITER_AUTHOR_SLUG])
        # The view buckets draw from a stream of their own, so the text does not depend on them.
        flow = traffic.Traffic(
            random.Random(f"views:{seed}"), now, settings.MASTHEAD_HOURLY_RETENTION_DAYS
        )
        room = Newsroom(rng, now, sections, tags, authors, lead_images, users["writer"], flow)
        slots = plan(rng, articles)
        stories = lineup.plan_lineup(rng, slots, room.writer_home)
        batch = []
        for index, ((status, age), pick) in enumerate(zip(slots, stories.picks, strict=True)):
            batch.append((index, *room.article(index, status, age, pick)))
            if len(batch) == BATCH:
                room.insert(batch)
                batch = []
        if batch:
            room.insert(batch)
        room.must_reads()
        trending.rebuild(now)  # Popular Now from the buckets just written
        content_loaded.send(sender=Article)  # bulk_create sends no signals: derived data
        transaction.on_commit(cache.bump)  # bulk_create sends no signals
    summary = room.summary
    summary.lineup = stories
    summary.sections, summary.tags, summary.authors = len(sections), len(tags), len(authors)
    summary.images = sum(len(v) for v in lead_images.values())
    summary.seconds = time.perf_counter() - started
    return summary
