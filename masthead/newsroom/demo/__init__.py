"""A believable demo newsroom for ``masthead demo``: invented stories, people and pictures.

``build(articles, seed, password)`` replaces the newsroom's content; see ``build`` for
how, ``lineup`` for which story each article tells (``headlines`` holds the story types),
``prose`` for the writing and ``images`` for the lead pictures.
"""

from .build import Summary, build
from .cast import DemoError

__all__ = ["DemoError", "Summary", "build"]
