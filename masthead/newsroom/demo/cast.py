"""Clearing the newsroom, and creating its fixed cast: sections, tags, authors, desk users.

Clearing uses raw DELETEs (no per-row signals, no simple_history "deleted" revisions), so
replacing 100,000 articles takes a moment rather than minutes. Rows of other apps that
point at the newsroom are found through the model graph, so a model added later (a view
log, a comment) is cleared too instead of breaking the foreign keys.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models

from masthead.engagement.models import ViewTotal
from masthead.newsroom.models import (
    Article,
    Author,
    Byline,
    Correction,
    MustRead,
    OldSlug,
    Section,
    Tag,
)

from . import vocab


class DemoError(Exception):
    """The demo cannot be built in this database as it is."""


DESK_USERS = [
    # username, group, superuser
    ("admin", "Admin", True),
    ("editor", "Editor", False),
    ("writer", "Writer", False),
]


def _raw_delete(queryset):
    """DELETE without loading rows or sending signals; returns the number of rows."""
    return queryset._raw_delete(queryset.db)


def _incoming(model):
    """(related model, field name, on_delete) of every foreign key pointing at ``model``."""
    for field in model._meta.get_fields(include_hidden=True):
        if field.auto_created and not field.concrete and (field.one_to_many or field.one_to_one):
            yield field.related_model, field.field.name, field.on_delete


def _clear_dependents(model, cleared):
    """Make every row of ``model`` deletable: handle rows of other models that point at it."""
    for related, name, on_delete in _incoming(model):
        if related in cleared or related is model:
            continue
        pointing = related._base_manager.filter(**{f"{name}__isnull": False})
        if on_delete is models.DO_NOTHING:
            continue  # e.g. simple_history's copies; cleared explicitly or left alone
        if on_delete is models.SET_NULL:
            pointing.update(**{name: None})
        elif on_delete is models.CASCADE:
            if any(True for _ in _incoming(related)):
                pointing.delete()  # it has dependents of its own: let Django collect them
            else:
                _raw_delete(pointing)
        else:
            raise DemoError(
                f"{related._meta.label}.{name} protects {model._meta.label} rows; "
                "delete those rows before rebuilding the demo."
            )


def wipe():
    """Delete all newsroom content and view totals. Desk users are kept."""
    order = [
        ViewTotal,
        MustRead,
        Correction,
        OldSlug,
        Byline,
        Article.tags.through,
        Article.history.model,
        Article,
        Tag,
        Author,
        Section,
    ]
    cleared = set()
    deleted = 0
    for model in order:
        _clear_dependents(model, cleared)
        deleted += _raw_delete(model._base_manager.all())
        cleared.add(model)
    return deleted


def create_sections():
    sections = [
        Section(name=name, slug=slug, position=position, description=description)
        for position, (name, slug, description, _weight, _ministry) in enumerate(vocab.SECTIONS)
    ]
    Section.objects.bulk_create(sections)
    return {s.slug: s for s in Section.objects.all()}


def create_tags():
    tags = [Tag(name=name, slug=slug) for name, slug, _sections in vocab.TAGS]
    Tag.objects.bulk_create(tags)
    return {t.slug: t for t in Tag.objects.all()}


def create_authors():
    authors = [
        Author(name=name, slug=slug, bio=bio, email=f"{local}@masthead.example")
        for name, slug, local, _section, bio in vocab.AUTHORS
    ]
    Author.objects.bulk_create(authors)
    return {a.slug: a for a in Author.objects.all()}


def create_users(password, writer_author):
    """The demo desk accounts, created or reset to a known state."""
    User = get_user_model()
    groups = {g.name: g for g in Group.objects.filter(name__in=[g for _, g, _ in DESK_USERS])}
    users = {}
    for username, group_name, superuser in DESK_USERS:
        group = groups.get(group_name)
        if group is None:
            raise DemoError(f"The {group_name} group is missing: run `masthead migrate` first.")
        user = User.objects.filter(username=username).first() or User(username=username)
        user.email = f"{username}@masthead.example"
        user.is_active = True
        user.is_staff = True
        user.is_superuser = superuser
        user.set_password(password)
        user.save()
        user.groups.set([group])
        users[username] = user
    writer_author.user = users["writer"]
    writer_author.save(update_fields=["user"])
    return users
