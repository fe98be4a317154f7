"""Media (demo lead images, uploads) served by the app in the embedded default.

Behind nginx or a CDN, set MASTHEAD_SERVE_MEDIA=0 and let the front server serve
MEDIA_ROOT. Settings are read per request, so tests and operators can change them.
"""

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve


@require_safe
def media(request, path):
    if not settings.MASTHEAD_SERVE_MEDIA:
        raise Http404("Media are served by the front server.")
    # django.views.static.serve normalizes the path and refuses to leave document_root.
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=86400"
    return response
