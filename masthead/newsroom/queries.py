"""Newsroom's function API for lists: ids of stories from cheap indexed queries, cached
under the content version so every list on a page shares one answer."""

from .cache import cached
from .models import Article, MustRead, Section

POOL = 30  # candidates per list: enough to fill a list after de-duplication across lists


def latest_ids(section=None, limit=POOL):
    """Newest published stories, optionally of one section (a Section id)."""

    def compute():
        articles = Article.objects.published()
        if section is not None:
            articles = articles.filter(section=section)
        return list(articles.order_by("-publish_at", "-id").values_list("id", flat=True)[:limit])

    return cached(f"latest:{section}:{limit}", compute)


def lead_id():
    """The home page's lead: the newest published story with a lead image (else the newest)."""

    def compute():
        newest = Article.objects.published().order_by("-publish_at", "-id")
        pk = newest.exclude(lead_image_url="").values_list("id", flat=True).first()
        return pk or newest.values_list("id", flat=True).first()

    return cached("lead", compute)


def curated_must_read_ids():
    """Editors' current Must-Reads, in their order, published stories only."""
    # A handful of rows: join them to their articles and keep the published ones here.
    # (An "article__in=published()" subquery makes SQLite list every published id.)
    picks = (
        MustRead.objects.current()
        .select_related("article")
        .only("article__status", "article__publish_at")
        .order_by("position", "id")
    )
    return [pick.article_id for pick in picks if pick.article.is_published]


def sections():
    """Every section in navigation order (the navigation, the search form, home)."""
    return cached("sections", lambda: list(Section.objects.all()))
