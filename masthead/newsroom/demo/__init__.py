"""A believable demo newsroom for ``masthead demo``: invented stories, people and pictures.

``build(articles, seed, password)`` replaces the newsroom's content; see ``build`` for
how, ``prose`` for the writing and ``images`` for the lead pictures.
"""

from .build import Summary, build
from .cast import DemoError

__all__ = ["DemoError", "Summary", "build"]
