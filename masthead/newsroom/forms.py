"""Desk forms: the checks an editor meets before anything is saved."""

from django import forms
from django.utils import timezone
from django.utils.text import slugify

from .models import Article, OldSlug

READER_VISIBLE = {Article.Status.SCHEDULED, Article.Status.PUBLISHED, Article.Status.WITHDRAWN}


def free_slug(slug, exclude_pk=None):
    """``slug`` if no other article uses it (now or as an old, redirecting slug), else the
    first free ``slug-2``, ``slug-3``..."""
    live = Article.objects.exclude(pk=exclude_pk) if exclude_pk else Article.objects.all()
    old = OldSlug.objects.exclude(article_id=exclude_pk) if exclude_pk else OldSlug.objects.all()

    def taken(candidate):
        return live.filter(slug=candidate).exists() or old.filter(slug=candidate).exists()

    if not taken(slug):
        return slug
    stem = slug[:190]
    n = 2
    while taken(f"{stem}-{n}"):
        n += 1
    return f"{stem}-{n}"


class ArticleForm(forms.ModelForm):
    source_url = forms.URLField(
        label="Source URL", required=False, max_length=500, assume_scheme="https"
    )

    class Meta:
        model = Article
        fields = [
            "headline", "slug", "dek", "section", "body", "tags", "status", "publish_at",
            "updated_at", "lead_image_url", "lead_image_alt", "lead_image_caption",
            "original_language", "original_headline", "source_name", "source_url",
        ]  # fmt: skip
        widgets = {
            "headline": forms.TextInput(attrs={"class": "vLargeTextField", "size": 90}),
            "slug": forms.TextInput(attrs={"class": "vLargeTextField", "size": 90}),
            "dek": forms.Textarea(attrs={"rows": 2, "cols": 90}),
            "body": forms.Textarea(attrs={"rows": 28, "cols": 90}),
            "original_headline": forms.TextInput(attrs={"class": "vLargeTextField", "size": 90}),
        }
        error_messages = {
            "headline": {"required": "Every article needs a headline."},
            "slug": {"required": "Give the article a slug (the last part of its URL)."},
            "section": {"required": "Choose the section the article belongs to."},
        }

    def __init__(self, *args, can_publish=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.can_publish = can_publish
        if not can_publish and "status" in self.fields:
            # A writer moves a story between draft and review; editors publish it.
            self.fields["status"].choices = [
                (value, label)
                for value, label in Article.Status.choices
                if value not in READER_VISIBLE
            ]

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        free = free_slug(slug, exclude_pk=self.instance.pk)
        if free != slug:
            raise forms.ValidationError(
                f"Another article already uses the slug “{slug}”. “{free}” is free.",
                code="unique",
            )
        return slug

    def validate_unique(self):
        # Slug uniqueness is checked (with a suggestion) in clean_slug.
        exclude = self._get_validation_exclusions()
        exclude.add("slug")
        try:
            self.instance.validate_unique(exclude=exclude)
        except forms.ValidationError as e:
            self._update_errors(e)

    def clean(self):
        data = super().clean()
        status = data.get("status")
        publish_at = data.get("publish_at")
        if status in READER_VISIBLE and not self.can_publish:
            raise forms.ValidationError(
                "Only editors can publish, schedule or withdraw an article; submit it for review.",
                code="permission",
            )
        if status == Article.Status.SCHEDULED:
            changed = {"status", "publish_at"} & set(self.changed_data)
            if publish_at is None:
                self.add_error("publish_at", "A scheduled article needs a publish time.")
            elif changed and publish_at <= timezone.now():
                self.add_error(
                    "publish_at",
                    "This time has already passed: pick a time in the future, "
                    "or set the status to Published to publish now.",
                )
        return data


class ScheduleForm(forms.Form):
    publish_at = forms.DateTimeField(
        label="Publish at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="In the site's time zone.",
    )

    def clean_publish_at(self):
        value = self.cleaned_data["publish_at"]
        if value <= timezone.now():
            raise forms.ValidationError("This time has already passed: pick one in the future.")
        return value


def suggest_slug(headline):
    return free_slug(slugify(headline)[:200] or "article")
