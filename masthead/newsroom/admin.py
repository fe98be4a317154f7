"""The editor's desk: Django admin, customized for a newsroom.

Writers create and edit their own drafts and submit them for review; editors edit
everything, publish, schedule, withdraw and curate Must-Reads. The publish permission is
``newsroom.publish_article`` and it is checked on every route that could make a story
visible: the form's status choices, form validation, ``save_model`` and the actions.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.html import format_html_join
from simple_history.admin import SimpleHistoryAdmin

from . import views
from .forms import READER_VISIBLE, ArticleForm, ScheduleForm
from .models import Article, Author, Byline, Correction, MustRead, Section, Tag

PUBLISH_PERM = "newsroom.publish_article"
# Django 6 will assume https:// for a URL typed without a scheme; do so already.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["name", "email", "user"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name", "email"]
    raw_id_fields = ["user"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


class BylineFormSet(BaseInlineFormSet):
    """One author once per byline, also against rows a stale form does not show."""

    def clean(self):
        super().clean()
        kept = [
            form.cleaned_data["author"].pk
            for form in self.forms
            if form.cleaned_data.get("author") and not form.cleaned_data.get("DELETE")
        ]
        if len(kept) != len(set(kept)):
            raise ValidationError("An author appears twice in the byline.")
        if self.instance.pk:
            shown = [form.instance.pk for form in self.initial_forms if form.instance.pk]
            hidden = Byline.objects.filter(article=self.instance).exclude(pk__in=shown)
            if hidden.filter(author_id__in=kept).exists():
                raise ValidationError(
                    "Someone changed this byline meanwhile: reload the page and try again."
                )


class BylineInline(admin.TabularInline):
    model = Byline
    formset = BylineFormSet
    extra = 0
    min_num = 1
    autocomplete_fields = ["author"]
    verbose_name = "author"
    verbose_name_plural = "byline (in order)"

    def get_formset(self, request, obj=None, **kwargs):
        # InlineModelAdmin has min_num but does not enforce it: an article needs an author.
        kwargs["validate_min"] = True
        return super().get_formset(request, obj, **kwargs)


class CorrectionInline(admin.StackedInline):
    model = Correction
    extra = 0
    verbose_name_plural = "corrections and updates (shown on the page, dated)"


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    form = ArticleForm
    formfield_overrides = URL_FIELDS
    list_display = ["headline", "section", "status_label", "publish_at", "byline", "modified_at"]
    list_filter = ["status", "section", "authors", "publish_at"]
    date_hierarchy = "publish_at"
    search_fields = ["headline", "dek", "slug", "original_headline", "authors__name"]
    search_help_text = "Headline, standfirst, slug, original headline or author."
    list_select_related = ["section"]
    list_per_page = 50
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["tags"]
    inlines = [BylineInline, CorrectionInline]
    readonly_fields = ["preview_link", "first_published_at", "created_by"]
    actions = ["submit_for_review", "publish_now", "schedule", "withdraw"]
    history_list_display = ["status", "publish_at"]
    fieldsets = [
        (None, {"fields": ["headline", "slug", "dek", "section", "body", "tags"]}),
        ("Publishing", {"fields": ["status", "publish_at", "updated_at", "preview_link"]}),
        (
            "Lead image",
            {"fields": ["lead_image_url", "lead_image_alt", "lead_image_caption"]},
        ),
        (
            "Translation",
            {
                "fields": [
                    "original_language",
                    "original_headline",
                    "source_name",
                    "source_url",
                ],
                "description": "For a story translated from another language.",
            },
        ),
        ("Record", {"fields": ["first_published_at", "created_by"], "classes": ["collapse"]}),
    ]

    # --- who may do what ---------------------------------------------------------------
    def can_publish(self, request):
        return request.user.has_perm(PUBLISH_PERM)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or self.can_publish(request):
            return True
        # Writers: their own stories, and only while they are not visible to readers.
        return obj.created_by_id == request.user.pk and obj.status not in READER_VISIBLE

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.can_publish(request)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        can_publish = self.can_publish(request)

        class DeskForm(form):
            def __init__(self, *args, **kw):
                kw.setdefault("can_publish", can_publish)
                super().__init__(*args, **kw)

        return DeskForm

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.can_publish(request):
            for name in ("publish_now", "schedule", "withdraw"):
                actions.pop(name, None)
        return actions

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("status", Article.Status.DRAFT)
        return initial

    def save_model(self, request, obj, form, change):
        if obj.status in READER_VISIBLE and not self.can_publish(request):
            raise PermissionDenied("Only editors can publish, schedule or withdraw.")
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        # A writer's new story starts with their own byline.
        if isinstance(inline, BylineInline) and obj.pk is None and request.method == "GET":
            author = getattr(request.user, "author", None)
            if author is not None:
                kwargs["initial"] = [{"author": author.pk, "position": 0}]
        return kwargs

    # --- list columns --------------------------------------------------------------------
    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("authors")

    @admin.display(description="status", ordering="status")
    def status_label(self, obj):
        if obj.status == Article.Status.SCHEDULED and obj.is_published:
            return "Published (was scheduled)"
        return obj.get_status_display()

    @admin.display(description="byline")
    def byline(self, obj):
        return ", ".join(a.name for a in obj.authors.all())

    @admin.display(description="preview")
    def preview_link(self, obj):
        if not obj.pk:
            return "Save the article to preview it."
        links = [
            (reverse("admin:newsroom_article_preview", args=[obj.pk]), "Preview as readers see it")
        ]
        if obj.is_published:
            links.append((obj.get_absolute_url(), "Open the live page"))
        try:  # engagement's page, by URL name only: newsroom imports no other app
            analytics = reverse("admin:engagement_article_analytics", args=[obj.pk])
            links.append((analytics, "Analytics"))
        except NoReverseMatch:
            pass
        return format_html_join(" · ", '<a href="{}" target="_blank" rel="noopener">{}</a>', links)

    def view_on_site(self, obj):
        """The live page once readers can see it; until then, the staff preview."""
        if obj.is_published:
            return obj.get_absolute_url()
        return reverse("admin:newsroom_article_preview", args=[obj.pk])

    # --- preview -------------------------------------------------------------------------
    def get_urls(self):
        return [
            path(
                "<int:pk>/preview/",
                self.admin_site.admin_view(views.preview),
                name="newsroom_article_preview",
            ),
            *super().get_urls(),
        ]

    # --- actions -------------------------------------------------------------------------
    def _require_publish(self, request):
        if not self.can_publish(request):
            raise PermissionDenied("Only editors can publish, schedule or withdraw.")

    def _save_each(self, request, queryset, change):
        done = 0
        for article in queryset:
            if change(article) is not False:
                article.save()
                done += 1
        return done

    @admin.action(description="Submit for review", permissions=["change"])
    def submit_for_review(self, request, queryset):
        mine = queryset.filter(status=Article.Status.DRAFT)
        if not self.can_publish(request):
            mine = mine.filter(created_by=request.user)

        def change(article):
            article.status = Article.Status.REVIEW

        done = self._save_each(request, mine, change)
        self.message_user(request, f"{done} article(s) submitted for review.")

    @admin.action(description="Publish now", permissions=["change"])
    def publish_now(self, request, queryset):
        self._require_publish(request)
        now = timezone.now()

        def change(article):
            if article.is_published and article.status == Article.Status.PUBLISHED:
                return False
            article.status = Article.Status.PUBLISHED
            if article.publish_at is None or article.publish_at > now:
                article.publish_at = now

        done = self._save_each(request, queryset, change)
        self.message_user(request, f"{done} article(s) published.")

    @admin.action(description="Schedule…", permissions=["change"])
    def schedule(self, request, queryset):
        self._require_publish(request)
        form = ScheduleForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            when = form.cleaned_data["publish_at"]

            def change(article):
                article.status = Article.Status.SCHEDULED
                article.publish_at = when

            done = self._save_each(request, queryset, change)
            local = timezone.localtime(when)
            self.message_user(request, f"{done} article(s) scheduled for {local:%Y-%m-%d %H:%M}.")
            return None
        return TemplateResponse(
            request,
            "admin/newsroom/article/schedule.html",
            {
                **self.admin_site.each_context(request),
                "title": "Schedule articles",
                "opts": self.model._meta,
                "articles": queryset,
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    @admin.action(description="Withdraw (remove from the site)", permissions=["change"])
    def withdraw(self, request, queryset):
        self._require_publish(request)

        def change(article):
            article.status = Article.Status.WITHDRAWN

        done = self._save_each(request, queryset, change)
        self.message_user(request, f"{done} article(s) withdrawn.", messages.WARNING)


@admin.register(MustRead)
class MustReadAdmin(admin.ModelAdmin):
    list_display = ["article", "position", "expires_at", "live"]
    list_editable = ["position", "expires_at"]
    autocomplete_fields = ["article"]

    @admin.display(boolean=True, description="shown now")
    def live(self, obj):
        return obj.article.is_published and (
            obj.expires_at is None or obj.expires_at > timezone.now()
        )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")
