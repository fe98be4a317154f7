"""Analytics in the desk: top stories and each article's last 30 days.

There is no model to edit here: the ``ViewTotal`` admin only lends its URLs, its app-list
entry and its permission. Its changelist is the top-stories table; nobody can add,
change or delete a total through the desk.

Who sees what: staff with ``engagement.view_viewtotal`` (the Editor and Admin groups) see
everything. Writers see the analytics page of their own stories (ones they created or
carry their byline) and nothing else: no top stories, no numbers on the desk's home.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from masthead.newsroom.models import Article, Byline, Section

from . import analytics
from .api import views_for
from .models import ViewTotal

VIEW_PERM = "engagement.view_viewtotal"


def can_see_all(user):
    return user.is_active and user.is_staff and user.has_perm(VIEW_PERM)


def can_see_article(user, article):
    """Everything for editors; a writer's own stories (creator or on the byline)."""
    if can_see_all(user) or article.created_by_id == user.pk:
        return True
    return Byline.objects.filter(article=article, author__user=user).exists()


@admin.register(ViewTotal)
class AnalyticsAdmin(admin.ModelAdmin):
    """Top stories (the changelist) and the per-article page, both read-only."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        def view(method):  # read-only pages: GET and HEAD only
            return self.admin_site.admin_view(require_safe(method))

        return [
            path("", view(self.top_stories_view), name="engagement_top_stories"),
            # The app list links the changelist by its usual name: the same page.
            path("", view(self.top_stories_view), name="engagement_viewtotal_changelist"),
            path(
                "article/<int:pk>/",
                view(self.article_view),
                name="engagement_article_analytics",
            ),
        ]

    def _context(self, request, title):
        return {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.model._meta,
            "top_stories_url": reverse("admin:engagement_top_stories"),
        }

    # --- top stories -------------------------------------------------------------------
    def top_stories_view(self, request):
        if not can_see_all(request.user):
            raise PermissionDenied
        period = request.GET.get("period", "today")
        if period not in analytics.PERIODS:
            raise Http404("Unknown period: use today, 7d or 30d.")
        sections = list(Section.objects.only("id", "name", "slug", "position"))
        slug = request.GET.get("section") or None
        section = next((s for s in sections if s.slug == slug), None)
        if slug and section is None:
            raise Http404("No section with this slug.")
        rows = analytics.top_stories(period, section)

        if request.GET.get("format") == "csv":
            return analytics.csv_response(
                rows, analytics.filename_for(period, section), request.build_absolute_uri
            )

        def link(**changes):  # this page's query string with some filters changed
            query = {"period": period, "section": slug, **changes}
            if query["period"] == "today":  # the default: keep URLs short
                del query["period"]
            return "?" + urlencode({k: v for k, v in query.items() if v})

        label = analytics.PERIODS[period][0]
        where = f" in {section.name}" if section else ""
        context = {
            **self._context(request, f"Top stories — {label.lower()}{where}"),
            "rows": rows,
            "period": period,
            "period_label": label,
            "section": section,
            "periods": [
                {"label": text, "url": link(period=key), "current": key == period}
                for key, (text, _) in analytics.PERIODS.items()
            ],
            "sections": [{"label": "All sections", "url": link(section=None), "current": not slug}]
            + [
                {"label": s.name, "url": link(section=s.slug), "current": s.slug == slug}
                for s in sections
            ],
            "csv_url": link(format="csv"),
        }
        return TemplateResponse(request, "admin/engagement/top_stories.html", context)

    # --- one article -------------------------------------------------------------------
    def article_view(self, request, pk):
        articles = Article.objects.select_related("section")
        article = get_object_or_404(articles.only(*analytics.ROW_FIELDS, "created_by_id"), pk=pk)
        if not can_see_article(request.user, article):
            raise PermissionDenied
        points = analytics.daily_views(article.pk)
        context = {
            **self._context(request, f"Analytics: {article.headline}"),
            "article": article,
            "chart": analytics.bar_chart(points),
            "points": points,
            "total": views_for(article.pk),
            "rank": analytics.rank_today(article.pk),
            "can_see_all": can_see_all(request.user),
            "change_url": reverse("admin:newsroom_article_change", args=[article.pk]),
            "live_url": article.get_absolute_url() if article.is_published else "",
        }
        return TemplateResponse(request, "admin/engagement/article_analytics.html", context)
