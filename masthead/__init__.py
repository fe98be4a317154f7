"""Masthead: a news publishing platform (reader site and newsroom desk)."""

__version__ = "0.1.0"
