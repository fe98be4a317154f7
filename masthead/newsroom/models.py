"""The newsroom's content: sections, authors, tags, articles, corrections, Must-Reads.

"Published" has one definition, ``Article.objects.published()``, reused by reader views,
lists, the desk and (later) feeds and sitemaps. A scheduled article is published as soon
as its publish time has passed: no job has to flip it, so a reader request one second
after that time already sees it.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from masthead.lib.markup import render_markdown
from masthead.lib.urls import remembered_reverse, shaped_reverse

bcp47_validator = RegexValidator(
    r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    "Enter a BCP 47 language tag such as ko, ja, zh-Hant or pt-BR.",
)


# Top-level paths the site itself answers (urls.py): a section with one of these slugs
# would be hidden behind them, or hide them.
RESERVED_SECTION_SLUGS = frozenset(
    {"api", "author", "desk", "feed", "media", "search", "static", "tag", "_comments", "_views"}
)


def not_reserved(value):
    if value.lower() in RESERVED_SECTION_SLUGS:
        raise ValidationError(
            f"“{value}” is an address the site already uses (/{value}/): choose another slug."
        )


class Section(models.Model):
    """A desk of the outlet (Asia, Politics...). Ordered by ``position`` in the navigation."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, validators=[not_reserved])
    position = models.PositiveSmallIntegerField(default=0)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return remembered_reverse("newsroom:section", self.slug)


class Author(models.Model):
    """A byline. ``email`` is public: it is printed in the article's signature."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    bio = models.TextField(blank=True)
    email = models.EmailField("public contact e-mail", blank=True)
    photo_url = models.URLField(blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author",
        help_text="The desk account that writes under this byline.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return remembered_reverse("newsroom:author", self.slug)


class Tag(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return remembered_reverse("newsroom:tag", self.slug)


# What a list item shows of a story: headline, URL parts, standfirst, image, section.
LIST_FIELDS = (
    "id", "headline", "slug", "dek", "publish_at", "created_at", "lead_image_url",
    "lead_image_alt", "section",
)  # fmt: skip


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """What readers may see: published, or scheduled with its time passed."""
        now = now or timezone.now()
        return self.filter(
            status__in=Article.LIVE,
            publish_at__lte=now,
        )

    def scheduled(self, now=None):
        """Scheduled and still in the future."""
        now = now or timezone.now()
        return self.filter(status=Article.Status.SCHEDULED, publish_at__gt=now)

    def for_lists(self, *extra):
        """Just what a list item shows (headline, URL parts, section label), and ``extra``."""
        return self.select_related("section").only(
            *LIST_FIELDS, "section__name", "section__slug", *extra
        )


class Article(models.Model):
    """A story. ``body`` is Markdown; ``body_html`` is derived from it on every save."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        REVIEW = "review", "In review"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    # The statuses readers can see a story in, once its publish time has passed.
    LIVE = (Status.PUBLISHED, Status.SCHEDULED)

    headline = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True, allow_unicode=False)
    dek = models.CharField("standfirst", max_length=400, blank=True)
    body = models.TextField(blank=True, help_text="Markdown.")
    body_html = models.TextField(blank=True, editable=False)
    section = models.ForeignKey(Section, on_delete=models.PROTECT, related_name="articles")
    authors = models.ManyToManyField(Author, through="Byline", related_name="articles")
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        "publish time", null=True, blank=True, help_text="When readers first see it."
    )
    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(
        null=True, blank=True, help_text="Shown to readers as 'Updated' when set."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    modified_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    lead_image_url = models.CharField("lead image URL", max_length=500, blank=True)
    lead_image_alt = models.CharField("lead image alt text", max_length=300, blank=True)
    lead_image_caption = models.CharField(max_length=300, blank=True)

    # Translation provenance.
    original_language = models.CharField(
        max_length=35, blank=True, validators=[bcp47_validator], help_text="BCP 47, e.g. ko"
    )
    original_headline = models.CharField(max_length=300, blank=True)
    source_name = models.CharField("source outlet", max_length=120, blank=True)
    source_url = models.URLField("source URL", max_length=500, blank=True)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["body_html", "modified_at"])

    class Meta:
        # Unpublished stories (no publish time) first, on every database.
        ordering = [models.F("publish_at").desc(nulls_first=True), "-id"]
        permissions = [
            ("publish_article", "Can publish, schedule and withdraw articles"),
        ]
        indexes = [
            models.Index(fields=["status", "publish_at"]),
            models.Index(fields=["section", "status", "publish_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=["scheduled", "published"]) | Q(publish_at__isnull=False),
                name="published_articles_have_a_publish_time",
            ),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        now = timezone.now()
        never_seen = self.first_published_at is None or self.first_published_at > now
        if self.status in self.LIVE:
            if self.publish_at is None:
                self.publish_at = now
            if never_seen:  # readers have not seen it yet: first publication moves with it
                self.first_published_at = self.publish_at
        elif never_seen:  # unscheduled or withdrawn before it went out
            self.first_published_at = None
        previous_slug = None
        if self.pk:
            previous_slug = (
                Article.objects.filter(pk=self.pk).values_list("slug", flat=True).first()
            )
        super().save(*args, **kwargs)
        if previous_slug and previous_slug != self.slug:
            # Old links keep working: /.../old-slug/ answers 301 to the new canonical URL.
            OldSlug.objects.update_or_create(slug=previous_slug, defaults={"article": self})
            OldSlug.objects.filter(slug=self.slug).delete()

    def get_absolute_url(self):
        return article_url(self.section.slug, self.publish_at or self.created_at, self.slug)

    @property
    def is_published(self):
        return self.is_published_at(timezone.now())

    def is_published_at(self, now):
        """``published(now)``'s rule for this one story, in Python."""
        return self.visible(self.status, self.publish_at, now)

    @staticmethod
    def visible(status, publish_at, now):
        """``published(now)``'s rule for a story's status and publish time (read without
        making the story: ``Compiled.rows``)."""
        return status in Article.LIVE and publish_at is not None and publish_at <= now

    def url_kwargs(self):
        return article_url_kwargs(self.section.slug, self.publish_at or self.created_at, self.slug)


def article_url_kwargs(section_slug, when, slug):
    """The article address's parts for a story of ``section_slug`` published (or, never
    published, created) at ``when``: the day is the site's local one."""
    day = timezone.localtime(when)
    return {
        "section": section_slug,
        "year": f"{day.year:04d}",
        "month": f"{day.month:02d}",
        "day": f"{day.day:02d}",
        "slug": slug,
    }


def article_url(section_slug, when, slug):
    """``Article.get_absolute_url`` from those parts, for a story read without its model."""
    kwargs = article_url_kwargs(section_slug, when, slug)
    return shaped_reverse("newsroom:article", _ARTICLE_URL_SAMPLES, **kwargs)


# Values the article address accepts, each found once in it (lib/urls.shaped_reverse).
_ARTICLE_URL_SAMPLES = (
    ("section", "masthead-section-sample"),
    ("year", "1987"),
    ("month", "06"),
    ("day", "29"),
    ("slug", "masthead-slug-sample"),
)


class Byline(models.Model):
    """An author on an article, in byline order."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="bylines")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="one_byline_per_author"),
        ]

    def __str__(self):
        return f"{self.author} on {self.article_id}"


class OldSlug(models.Model):
    """A slug an article used to have, so its old links redirect to the canonical URL."""

    slug = models.SlugField(max_length=200, unique=True)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="old_slugs")

    def __str__(self):
        return self.slug


class Correction(models.Model):
    """A dated correction or update note, printed on the article page."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.CORRECTION)
    note = models.TextField()
    created_at = models.DateTimeField("date", default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.created_at:%Y-%m-%d}"


class MustReadQuerySet(models.QuerySet):
    def current(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))


class MustRead(models.Model):
    """An editor's pick for the Must-Reads list, in ``position`` order until it expires."""

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="must_read")
    position = models.PositiveSmallIntegerField(default=0)
    expires_at = models.DateTimeField(null=True, blank=True)

    objects = MustReadQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]
        verbose_name = "must-read"

    def __str__(self):
        return f"{self.position}. {self.article}"


class PageVersion(models.Model):
    """How many times the cached reader page at ``path`` has been dropped (pagecache.py).
    Cached pages carry the version they were rendered under; bumping it drops them in
    every server process (within ``MASTHEAD_PAGE_RECHECK_MS``). Written when content
    changes, never by a reader."""

    path = models.CharField(max_length=300, primary_key=True)
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"{self.path} v{self.version}"
