"""The search index: one row per story readers can (or will at its publish time) see.

Kept by the app on publish, edit and withdraw (``signals.py``), never on a reader request.
On SQLite an FTS5 table (created by migration 0001, SQLite only) follows this table
through triggers; on PostgreSQL ``vector`` holds the weighted tsvector, with a GIN index
(also created by that migration, PostgreSQL only).
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from masthead.newsroom.models import Article, Section


class SearchDocument(models.Model):
    """What search reads of a story, as plain text."""

    article = models.OneToOneField(
        Article, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="+")
    publish_at = models.DateTimeField(db_index=True)
    headline = models.TextField()
    original_headline = models.TextField(blank=True)
    dek = models.TextField(blank=True)
    authors = models.TextField(blank=True)
    body = models.TextField(blank=True)
    vector = SearchVectorField(null=True, editable=False)  # PostgreSQL only

    def __str__(self):
        return self.headline
