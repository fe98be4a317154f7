"""Reader-facing distribution pages: site search."""

from datetime import date

from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from masthead import lists
from masthead.newsroom.queries import sections

from . import search as engine


def _date(raw):
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def _page(raw):
    return int(raw) if raw and raw.isdigit() and len(raw) < 6 else 1


@require_safe
@cache_control(public=True, max_age=60)
def search(request):
    """/search/?q=&section=&from=&to=&page=: anything a reader types returns a page."""
    query = request.GET.get("q", "")[:1000]
    section_slug = request.GET.get("section", "")
    by_slug = {s.slug: s for s in sections()}
    section = by_slug.get(section_slug)
    since, until = _date(request.GET.get("from")), _date(request.GET.get("to"))
    results = engine.search(
        query,
        section=section.pk if section else None,
        since=since,
        until=until,
        page=_page(request.GET.get("page")),
    )
    context = {
        "query": query,
        "results": results,
        "sections": by_slug.values(),
        "section": section,
        "since": since,
        "until": until,
        # Popular Now and Must-Reads beside the results, as on every listing page.
        "lists": lists.sidebar_lists(exclude=[hit.article.pk for hit in results.hits]),
    }
    return render(request, "distribution/search.html", context)
