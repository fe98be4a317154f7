"""Reader pages. Plain function views; GETs only read."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from masthead import lists

from .models import Article, Author, OldSlug, Section, Tag
from .pagecache import reader_page
from .story import load as load_story

PER_PAGE = 20


def _paginate(request, queryset):
    """One page of a listing; a page number that is not a page is a 404, not a 500."""
    raw = request.GET.get("page", "1")
    paginator = Paginator(queryset, PER_PAGE, allow_empty_first_page=True)
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage):
        raise Http404("No such page.") from None


def _listing(articles):
    return (
        articles.select_related("section").defer("body", "body_html").order_by("-publish_at", "-id")
    )


@require_safe
@reader_page
def home(request):
    return render(request, "newsroom/home.html", {"lists": lists.home_lists()})


@require_safe
@reader_page
def section(request, section):
    section = get_object_or_404(Section, slug=section)
    page = _paginate(request, _listing(Article.objects.published().filter(section=section)))
    return render(
        request,
        "newsroom/section.html",
        {
            "section": section,
            "current_section": section,
            "page": page,
            "lists": lists.sidebar_lists(exclude=[a.pk for a in page]),
        },
    )


@require_safe
@reader_page
def author(request, slug):
    author = get_object_or_404(Author, slug=slug)
    page = _paginate(request, _listing(Article.objects.published().filter(authors=author)))
    return render(
        request,
        "newsroom/author.html",
        {"author": author, "page": page, "lists": lists.sidebar_lists([a.pk for a in page])},
    )


@require_safe
@reader_page
def tag(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    page = _paginate(request, _listing(Article.objects.published().filter(tags=tag)))
    return render(
        request,
        "newsroom/tag.html",
        {"tag": tag, "page": page, "lists": lists.sidebar_lists([a.pk for a in page])},
    )


def _absolute(request, path):
    base = settings.MASTHEAD_SITE_URL
    return f"{base}{path}" if base else request.build_absolute_uri(path)


def _render_article(request, story, preview=False, extra_context=None, status=200):
    article = story.article
    context = {
        "article": article,
        "authors": story.authors,
        "tags": story.tags,
        "corrections": story.corrections,
        "lists": lists.article_lists(article),
        "views": article.views,
        "preview": preview,
        "canonical_url": _absolute(request, article.get_absolute_url()),
        **(extra_context or {}),
    }
    return render(request, "newsroom/article.html", context, status=status)


def render_article_page(request, pk, extra_context=None, status=200):
    """The reader page of published article ``pk`` with ``extra_context`` added, or None
    when readers cannot see it. For apps that answer a POST with the page itself (the
    comment form shown again with its errors), so newsroom needs to know none of them."""
    found = load_story(pk=pk)
    if found is None or not found.article.is_published:
        return None
    return _render_article(request, found, extra_context=extra_context, status=status)


@require_safe
@reader_page
def article(request, section, year, month, day, slug):
    found = load_story(slug=slug)
    if found is None or not found.article.is_published:
        old = OldSlug.objects.filter(slug=slug).select_related("article__section").first()
        if old is None or not old.article.is_published:
            raise Http404("No such article.")
        return redirect(old.article.get_absolute_url(), permanent=True)
    wanted = found.article.url_kwargs()
    asked = {"section": section, "year": year, "month": month, "day": day, "slug": slug}
    if asked != wanted:
        return redirect(found.article.get_absolute_url(), permanent=True)
    return _render_article(request, found)


@require_safe
def preview(request, pk):
    """A draft exactly as readers will see it, for the desk only (wrapped by the admin)."""
    if not request.user.has_perm("newsroom.view_article"):
        raise PermissionDenied
    found = load_story(pk=pk)
    if found is None:
        raise Http404("No such article.")
    response = _render_article(request, found, preview=True)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
