"""Reader comments, the reports readers make on them, and the desk's block lists.

Nothing here identifies a reader beyond what they typed: the ``visitor`` column is the
daily-rotating keyed hash of engagement (``masthead.engagement.visitors``), never an
address, and it stops matching the reader at the end of the UTC day.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from masthead.newsroom.models import Article


class CommentQuerySet(models.QuerySet):
    def approved(self):
        """What readers see: approved comments (one definition, reused everywhere)."""
        return self.filter(status=Comment.Status.APPROVED)

    def awaiting_review(self):
        """The desk's queue: held by a rule or the mode, or hidden by readers' reports."""
        return self.filter(status__in=[Comment.Status.PENDING, Comment.Status.HIDDEN])


class Comment(models.Model):
    """A reader's comment (or an editor's reply). ``body`` is plain text, NFC-normalized."""

    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting moderation"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        SPAM = "spam", "Spam"
        HIDDEN = "hidden", "Hidden by reports"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="comments")
    # One level of replies: a reply's parent is always a top-level comment. A parent
    # erased on request leaves its replies standing as top-level comments.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    name = models.CharField("display name", max_length=40)
    body = models.TextField("comment")
    email = models.EmailField("e-mail (never shown)", blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    held_reason = models.CharField(max_length=120, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The desk account that wrote it (staff replies).",
    )
    is_staff_reply = models.BooleanField("editor", default=False)
    visitor = models.CharField(max_length=32, blank=True, editable=False)
    text_hash = models.CharField(max_length=64, blank=True, editable=False)
    report_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["article", "status", "created_at"]),
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["text_hash", "created_at"]),
            models.Index(fields=["email"]),
            models.Index(fields=["visitor"]),
        ]

    def __str__(self):
        # No name or text: this string is copied into the desk's action log, which an
        # erasure request must not leave behind.
        return f"Comment #{self.pk}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#c{self.pk}"


class CommentReport(models.Model):
    """One reader's report of one comment (one per visitor and comment)."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    visitor = models.CharField(max_length=32)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "visitor"], name="one_report_per_visitor"),
        ]

    def __str__(self):
        return f"Report on comment #{self.comment_id}"


class ArticleCommentSettings(models.Model):
    """An article's own comment mode and closing delay, instead of the site's."""

    class Mode(models.TextChoices):
        SITE = "", "Site default"
        OPEN = "open", "Open"
        PREMODERATED = "premoderated", "Pre-moderated"
        CLOSED = "closed", "Closed"

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, related_name="comment_settings"
    )
    mode = models.CharField(max_length=12, choices=Mode.choices, blank=True, default="")
    close_after_days = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Close comments this many days after publication. Empty: the site's "
        "setting; 0: never.",
    )

    class Meta:
        verbose_name = "comment settings"
        verbose_name_plural = "comment settings"

    def __str__(self):
        return f"Comment settings of article {self.article_id}"


class BannedVisitor(models.Model):
    """A visitor hash whose new comments are held silently.

    The hash is computed with the salt of one UTC day, so a ban matches the reader only on
    ``day``: it lasts until that day ends (privacy by design, see docs/comments.md).
    """

    visitor = models.CharField(max_length=32, unique=True)
    day = models.DateField(help_text="The UTC day of the hash; the ban ends with it.")
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "banned visitor"

    def __str__(self):
        return f"Visitor {self.visitor[:8]}… ({self.day})"


class BlockedWord(models.Model):
    """A word or phrase that holds a comment for review."""

    word = models.CharField(
        max_length=100,
        unique=True,
        help_text="Matched without regard to case. Latin-script words match whole words; "
        "others (Korean…) match anywhere in the text.",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["word"]

    def __str__(self):
        return self.word
