"""View counts and Popular Now.

Small function API used by the page (``masthead.lists``): ``popular()``,
``most_viewed()``, ``views_for()``. Until the beacon counter lands (issue 3), it reads a
stored per-article total.
"""
