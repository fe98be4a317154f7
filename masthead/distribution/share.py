"""'Share it on...': plain links to each network's own share page, no third-party script.

Every parameter is percent-encoded with ``quote(safe="")`` (spaces as %20, never "+",
which mail clients show literally), so quotes, ampersands, Korean and emoji arrive intact.
"""

from urllib.parse import quote


def _q(value):
    return quote(value, safe="")


def share_links(title, url):
    """[(network, share URL)] for a story's title and canonical URL, in page order."""
    t, u = _q(title), _q(url)
    both = _q(f"{title} {url}")
    return [
        ("X", f"https://x.com/intent/tweet?text={t}&url={u}"),
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        ("Reddit", f"https://www.reddit.com/submit?url={u}&title={t}"),
        ("Telegram", f"https://t.me/share/url?url={u}&text={t}"),
        ("WhatsApp", f"https://wa.me/?text={both}"),
        ("LINE", f"https://social-plugins.line.me/lineit/share?url={u}"),
        ("E-mail", f"mailto:?subject={t}&body={both}"),
    ]
