"""Related stories ("You May Also Like").

``api.related(article, exclude=ids, limit=5)`` is the only way the page gets the list.
``text`` turns stories into vectors and finds neighbours, ``index`` keeps 20 candidates
per story in the database (rebuild and incremental update), ``ranking`` orders them at
page time, ``evaluation`` measures the whole on public datasets. See docs/related.md.
"""
