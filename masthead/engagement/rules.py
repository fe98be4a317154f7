"""Which requests are not readers: bots, prefetches, requests without a User-Agent."""

from crawleruseragents import is_crawler

PREFETCH_WORDS = ("prefetch", "prerender")


def reason_not_to_count(request):
    """A short reason when this request must not be counted, else None."""
    user_agent = request.META.get("HTTP_USER_AGENT", "").strip()
    if not user_agent:
        return "no user agent"
    purpose = " ".join(
        request.META.get(header, "")
        for header in ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")
    ).lower()
    if any(word in purpose for word in PREFETCH_WORDS):
        return "prefetch"
    if is_crawler(user_agent[:512]):
        return "bot"
    return None
