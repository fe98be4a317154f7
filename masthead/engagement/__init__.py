"""View counts and Popular Now.

Small function API (``masthead.engagement.api``) used by the page through
``masthead.lists``: ``popular()``, ``most_viewed()``, ``views_for()``, ``with_views()``.
Until the beacon counter lands (issue 3), it reads a stored per-article total.
"""
