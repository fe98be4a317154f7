"""Template tags of the distribution surfaces: page metadata, share links, sitemap dates."""

from datetime import UTC

from django import template

from masthead.distribution import share, structured
from masthead.distribution.links import absolute

register = template.Library()


@register.filter
def w3c(value):
    """A W3C datetime in UTC to the second (``2024-05-01T09:30:00+00:00``), as sitemaps want."""
    if not value:
        return ""
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


@register.inclusion_tag("distribution/_article_head.html", takes_context=True)
def article_head(context, article, bylines, canonical_url):
    """Canonical link, JSON-LD (NewsArticle, BreadcrumbList), Open Graph and Twitter card."""
    request = context["request"]
    return {
        "canonical_url": canonical_url,
        "json_ld": [
            structured.json_ld(structured.news_article(request, article, bylines, canonical_url)),
            structured.json_ld(
                structured.breadcrumbs(
                    request, (article.section.name, article.section.get_absolute_url())
                )
            ),
        ],
        "open_graph": structured.open_graph(request, article, bylines, canonical_url),
        "twitter": structured.twitter_card(request, article),
    }


@register.inclusion_tag("distribution/_page_head.html", takes_context=True)
def page_head(context, title=None, section=None, home=False):
    """Canonical link and JSON-LD of a listing page: WebSite on the home page, a
    BreadcrumbList on a section, author or tag page."""
    request = context["request"]
    page = request.GET.get("page")
    path = request.path + (f"?page={page}" if page and page.isdigit() and page != "1" else "")
    json_ld = []
    if home:
        json_ld.append(structured.json_ld(structured.website(request)))
    elif title:
        json_ld.append(structured.json_ld(structured.breadcrumbs(request, (title, request.path))))
    return {"canonical_url": absolute(request, path), "json_ld": json_ld}


@register.simple_tag
def share_links(article, canonical_url):
    """[(network, URL)] of the share block (see ``distribution.share``)."""
    return share.share_links(article.headline, canonical_url)
