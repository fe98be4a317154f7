"""Related stories ("You May Also Like").

``related(article, exclude=ids, limit=5)`` is the only way the page gets the list. Until
the measured engine lands (issue 5) it ranks stories by shared tags, then the section.
"""
