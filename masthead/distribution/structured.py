"""What a page tells machines about itself: schema.org JSON-LD, Open Graph, Twitter cards.

Built from the article and its bylines already loaded for the page: no query of its own.
"""

import json

from django.conf import settings
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from masthead.lib.urls import remembered_static

from .links import absolute, base_url

LOGO = "masthead/logo.png"


def json_ld(data):
    """``data`` as the text of a ``<script type="application/ld+json">``, safe in HTML:
    the same escapes as django.utils.html.json_script, so a headline holding "</script>"
    cannot end the script element early. (Three replace() calls: str.translate() with a
    table took ~90 µs on an 800-character text holding Korean, replace() ~9.)"""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(text)


def description(article, words=40):
    """The standfirst, or the story's first words when it has none (pages, feeds)."""
    return article.dek or Truncator(strip_tags(article.body_html)).words(words)


def last_modified(article):
    """When the story last changed for readers (the sitemaps' lastmod, too)."""
    return max(filter(None, [article.publish_at, article.modified_at]))


def publisher(request):
    return {
        "@type": "Organization",
        "name": settings.MASTHEAD_SITE_NAME,
        "url": base_url(request) + "/",
        "logo": {
            "@type": "ImageObject",
            "url": absolute(request, remembered_static(LOGO)),
            "width": 512,
            "height": 512,
        },
    }


def breadcrumbs(request, *trail):
    """A BreadcrumbList from (name, path) pairs, the home page first."""
    items = [("Home", "/"), *trail]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": name, "item": absolute(request, path)}
            for i, (name, path) in enumerate(items, start=1)
        ],
    }


def website(request):
    """The site, with the search box search engines may show (a SearchAction)."""
    search = absolute(request, reverse("distribution:search"))
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": settings.MASTHEAD_SITE_NAME,
        "url": base_url(request) + "/",
        "inLanguage": settings.LANGUAGE_CODE,
        "publisher": publisher(request),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }


def news_article(request, article, authors, tags, canonical_url, summary):
    """schema.org NewsArticle; a translated story says what it is a translation of.
    ``summary``: ``description(article)``, worked out once by ``article_head`` (here and
    below)."""
    image = absolute(request, article.lead_image_url) if article.lead_image_url else None
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": summary,
        "datePublished": article.publish_at.isoformat() if article.publish_at else None,
        "dateModified": last_modified(article).isoformat() if article.publish_at else None,
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": absolute(request, author.get_absolute_url()),
            }
            for author in authors
        ],
        "publisher": publisher(request),
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical_url},
        "url": canonical_url,
        "articleSection": article.section.name,
        "keywords": [tag.name for tag in tags],
        "inLanguage": settings.LANGUAGE_CODE,
    }
    if image:
        data["image"] = [image]
    if article.original_headline or article.source_url:
        source = {"@type": "NewsArticle", "headline": article.original_headline or None}
        if article.original_language:
            source["inLanguage"] = article.original_language
        if article.source_url:
            source["url"] = article.source_url
        if article.source_name:
            source["publisher"] = {"@type": "Organization", "name": article.source_name}
        data["translationOfWork"] = {k: v for k, v in source.items() if v}
        if article.source_url:
            data["isBasedOn"] = article.source_url
    return {k: v for k, v in data.items() if v not in (None, [], "")}


def open_graph(request, article, authors, tags, canonical_url, summary):
    """Open Graph properties, in order (repeated ones repeat: authors, tags)."""
    props = [
        ("og:type", "article"),
        ("og:title", article.headline),
        ("og:description", summary),
        ("og:url", canonical_url),
        ("og:site_name", settings.MASTHEAD_SITE_NAME),
        ("og:locale", settings.LANGUAGE_CODE.replace("-", "_")),
    ]
    if article.lead_image_url:
        props.append(("og:image", absolute(request, article.lead_image_url)))
        if article.lead_image_alt:
            props.append(("og:image:alt", article.lead_image_alt))
    if article.publish_at:
        props += [
            ("article:published_time", article.publish_at.isoformat()),
            ("article:modified_time", last_modified(article).isoformat()),
        ]
    props.append(("article:section", article.section.name))
    props += [("article:author", absolute(request, a.get_absolute_url())) for a in authors]
    props += [("article:tag", tag.name) for tag in tags]
    return props


def twitter_card(request, article, summary):
    image = absolute(request, article.lead_image_url) if article.lead_image_url else ""
    card = [
        ("twitter:card", "summary_large_image" if image else "summary"),
        ("twitter:title", article.headline),
        ("twitter:description", summary),
    ]
    if image:
        card.append(("twitter:image", image))
        if article.lead_image_alt:
            card.append(("twitter:image:alt", article.lead_image_alt))
    return card


def article_head(request, article, authors, tags, canonical_url):
    """What an article page's head shows machines: its canonical link, JSON-LD
    (NewsArticle, BreadcrumbList), Open Graph and Twitter card (as HTML: ``head_html``)."""
    section = (article.section.name, article.section.get_absolute_url())
    # Once, not three times: without a standfirst it is the body's first words, and
    # stripping the tags of a 4 KB body took ~270 µs.
    summary = description(article)
    return {
        "canonical_url": canonical_url,
        "json_ld": [
            json_ld(news_article(request, article, authors, tags, canonical_url, summary)),
            json_ld(breadcrumbs(request, section)),
        ],
        "open_graph": open_graph(request, article, authors, tags, canonical_url, summary),
        "twitter": twitter_card(request, article, summary),
    }


def _text(value):
    """``value`` escaped for an attribute, exactly as the templates' autoescape does it
    (markupsafe: & < > " ' as &amp; &lt; &gt; &#34; &#39;). Written out: markupsafe's
    escape() makes a Markup of every value, ~0.4 µs each, and a head has ~40. A value
    already HTML (``__html__``) is taken as it is, as autoescape takes it."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return (
        str(value)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )


def head_html(head):
    """The HTML of ``article_head()``'s or ``page_head()``'s answer: the canonical link,
    Open Graph and Twitter ``<meta>`` tags, JSON-LD scripts, one a line. Written here and
    not by a template: machine-readable lines nobody styles, rendered on every first view
    of a page (a template cost a cold article page ~25 µs more, for its loops and
    escapes)."""
    lines = [f'<link rel="canonical" href="{_text(head["canonical_url"])}">']
    lines += [
        f'<meta property="{_text(name)}" content="{_text(content)}">'
        for name, content in head.get("open_graph", ())
    ]
    lines += [
        f'<meta name="{_text(name)}" content="{_text(content)}">'
        for name, content in head.get("twitter", ())
    ]
    # json_ld() made each script's text safe inside the element already.
    lines += [f'<script type="application/ld+json">{data}</script>' for data in head["json_ld"]]
    return mark_safe("\n".join(lines) + "\n")  # noqa: S308 (every value escaped above)


def page_head(request, title=None, home=False):
    """A listing page's canonical link and JSON-LD: WebSite on the home page, a
    BreadcrumbList on a section, author or tag page (as HTML: ``head_html``)."""
    page = request.GET.get("page")
    path = request.path + (f"?page={page}" if page and page.isdigit() and page != "1" else "")
    found = []
    if home:
        found.append(json_ld(website(request)))
    elif title:
        found.append(json_ld(breadcrumbs(request, (title, request.path))))
    return {"canonical_url": absolute(request, path), "json_ld": found}
