"""The desk's side of comments: the moderation queue, bans, the blocklist, and the
article list's comment column and per-article settings.

The Article admin is newsroom's; this app extends it (newsroom imports no other app) by
registering a subclass in its place that adds an inline and a column. INSTALLED_APPS
lists comments after newsroom so that newsroom's admin is registered first.
"""

from django.contrib import admin, messages
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator

from masthead.engagement.visitors import today_utc
from masthead.newsroom.admin import ArticleAdmin
from masthead.newsroom.models import Article

from . import cache
from .models import ArticleCommentSettings, BannedVisitor, BlockedWord, Comment


def _bump(article_ids):
    for article_id in set(article_ids):
        cache.bump(article_id)


def _set_status(queryset, status, **extra):
    """Bulk status change; refreshes the block of every article concerned."""
    ids = list(queryset.values_list("article_id", flat=True).distinct())
    done = queryset.update(status=status, **extra)
    _bump(ids)
    return done


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """The moderation queue: pending and reported comments first, newest first."""

    list_display = ["excerpt", "name", "article_link", "status", "held_reason", "report_count",
                    "is_staff_reply", "created_at"]  # fmt: skip
    list_filter = [
        "status",
        "is_staff_reply",
        "created_at",
        ("article", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["body", "name", "email", "article__headline"]
    search_help_text = "Comment text, name, e-mail or headline."
    date_hierarchy = "created_at"
    list_select_related = ["article__section"]
    list_per_page = 100
    raw_id_fields = ["article", "parent"]
    readonly_fields = ["visitor", "report_count", "user", "is_staff_reply", "created_at"]
    fields = ["article", "parent", "name", "body", "email", "status", "held_reason",
              "report_count", "is_staff_reply", "user", "visitor", "created_at"]  # fmt: skip
    actions = ["approve", "reject", "mark_spam", "ban_visitor"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__body", "article__body_html")

    def get_ordering(self, request):
        return ["-created_at", "-id"]

    @admin.display(description="comment")
    def excerpt(self, obj):
        return Truncator(obj.body).chars(80)

    @admin.display(description="article", ordering="article__headline")
    def article_link(self, obj):
        return format_html(
            '<a href="{}#c{}" target="_blank" rel="noopener">{}</a>',
            obj.article.get_absolute_url(),
            obj.pk,
            Truncator(obj.article.headline).chars(60),
        )

    def save_model(self, request, obj, form, change):
        """A comment written in the desk is an editor's reply."""
        if not change:
            obj.user = request.user
            obj.is_staff_reply = True
            if obj.parent and obj.parent.parent_id:
                obj.parent = obj.parent.parent  # one level of replies
        super().save_model(request, obj, form, change)

    @admin.action(description="Approve (show to readers)", permissions=["change"])
    def approve(self, request, queryset):
        done = _set_status(queryset, Comment.Status.APPROVED, report_count=0, held_reason="")
        self.message_user(request, f"{done} comment(s) approved.")

    @admin.action(description="Reject", permissions=["change"])
    def reject(self, request, queryset):
        done = _set_status(queryset, Comment.Status.REJECTED)
        self.message_user(request, f"{done} comment(s) rejected.")

    @admin.action(description="Mark as spam", permissions=["change"])
    def mark_spam(self, request, queryset):
        done = _set_status(queryset, Comment.Status.SPAM)
        self.message_user(request, f"{done} comment(s) marked as spam.")

    @admin.action(description="Ban the visitor (and reject these comments)", permissions=["change"])
    def ban_visitor(self, request, queryset):
        today = today_utc(timezone.now())
        banned = 0
        stale = 0
        for visitor, created in queryset.exclude(visitor="").values_list("visitor", "created_at"):
            day = today_utc(created)
            if day != today:
                stale += 1
            _, new = BannedVisitor.objects.get_or_create(
                visitor=visitor, defaults={"day": day, "created_by": request.user}
            )
            banned += new
        done = _set_status(queryset, Comment.Status.REJECTED)
        self.message_user(request, f"{banned} visitor(s) banned, {done} comment(s) rejected.")
        if stale:
            self.message_user(
                request,
                f"{stale} of these comments were written before today (UTC): their visitor "
                "hash no longer matches anyone, so that ban has no effect.",
                messages.WARNING,
            )


@admin.register(BannedVisitor)
class BannedVisitorAdmin(admin.ModelAdmin):
    list_display = ["visitor", "day", "in_force", "note", "created_by", "created_at"]
    search_fields = ["visitor", "note"]
    readonly_fields = ["created_by", "created_at"]

    @admin.display(boolean=True, description="in force")
    def in_force(self, obj):
        return obj.day == today_utc(timezone.now())

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(BlockedWord)
class BlockedWordAdmin(admin.ModelAdmin):
    list_display = ["word", "created_at"]
    search_fields = ["word"]


# --- the Article admin, with comments ----------------------------------------------------
class OptionalInlineFormSet(BaseInlineFormSet):
    """A post without this inline's fields (a script, an older form) changes nothing here,
    instead of failing the whole article form for a missing management form."""

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        total = f"{self.prefix}-TOTAL_FORMS"
        if self.is_bound and total not in self.data:
            self.data = self.data.copy()
            self.data[total] = "0"
            self.data[f"{self.prefix}-INITIAL_FORMS"] = "0"


class ArticleCommentSettingsInline(admin.StackedInline):
    model = ArticleCommentSettings
    formset = OptionalInlineFormSet
    can_delete = False
    extra = 1  # an untouched blank form saves nothing: the site's settings apply
    max_num = 1
    verbose_name_plural = "comments (this article only)"


def _approved_count():
    """Approved comments per article as a correlated subquery: one query for the page."""
    counted = (
        Comment.objects.approved()
        .filter(article=OuterRef("pk"))
        .order_by()
        .values("article")
        .annotate(n=Count("id"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


class ArticleWithCommentsAdmin(ArticleAdmin):
    inlines = [*ArticleAdmin.inlines, ArticleCommentSettingsInline]
    list_display = [*ArticleAdmin.list_display, "comment_count"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(approved_comments=_approved_count())

    @admin.display(description="comments", ordering="approved_comments")
    def comment_count(self, obj):
        url = reverse("admin:comments_comment_changelist") + f"?article__id__exact={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.approved_comments)


admin.site.unregister(Article)
admin.site.register(Article, ArticleWithCommentsAdmin)
