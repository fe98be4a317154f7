"""The reader's comment form. Lengths are counted in code points after NFC."""

from django import forms
from django.conf import settings

from . import text
from .rules import make_stamp

NAME_MAX = 40


class CommentForm(forms.Form):
    name = forms.CharField(
        label="Name",
        strip=False,
        error_messages={"required": "Please give a name to show with your comment."},
    )
    body = forms.CharField(
        label="Comment",
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Please write a comment."},
    )
    email = forms.EmailField(
        label="E-mail (optional, never shown)",
        required=False,
        max_length=254,
        error_messages={"invalid": "Enter a valid email address, or leave it empty."},
    )
    parent = forms.CharField(required=False, widget=forms.HiddenInput)
    # Robots fill every field; people never see this one (hidden by CSS, skipped by Tab).
    website = forms.CharField(required=False, max_length=500)
    stamp = forms.CharField(required=False, widget=forms.HiddenInput, max_length=200)

    def __init__(self, *args, article=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        self.max_chars = settings.MASTHEAD_COMMENT_MAX_CHARS
        self.fields["name"].widget.attrs.update({"autocomplete": "nickname"})
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
        self.fields["body"].widget.attrs.update(
            {"data-max-chars": self.max_chars, "aria-describedby": "comment-chars-left"}
        )
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        if not self.is_bound:
            self.initial.setdefault("stamp", make_stamp())

    def with_fresh_stamp(self):
        """A copy of the submitted data with a new stamp (the form shown again)."""
        data = self.data.copy()
        data["stamp"] = make_stamp()
        return data

    def clean_name(self):
        name = text.normalize(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError("Please give a name to show with your comment.")
        if len(name) > NAME_MAX:
            raise forms.ValidationError(
                f"Keep the name within {NAME_MAX} characters: this one has {len(name)}."
            )
        return name

    def clean_body(self):
        body = text.normalize(self.cleaned_data["body"])
        if not body:
            raise forms.ValidationError("Please write a comment.")
        if len(body) > self.max_chars:
            raise forms.ValidationError(
                f"Keep your comment within {self.max_chars} characters: this one has {len(body)}."
            )
        return body

    def clean_parent(self):
        """The top-level comment this replies to (a reply to a reply joins its thread)."""
        from .models import Comment

        raw = (self.cleaned_data.get("parent") or "").strip()
        if not raw:
            return None
        if not raw.isdigit() or len(raw) > 18:
            raise forms.ValidationError("That comment cannot be replied to.")
        parent = (
            Comment.objects.approved()
            .filter(pk=int(raw), article=self.article)
            .select_related("parent")
            .first()
        )
        if parent is None:
            raise forms.ValidationError(
                "The comment you reply to is not on this story (or was removed). "
                "Your text is kept: post it as a new comment, or reply to another."
            )
        top = parent.parent or parent
        if top.status != top.Status.APPROVED:
            raise forms.ValidationError(
                "The conversation you reply to was removed. Your text is kept: post it as "
                "a new comment instead."
            )
        return top
