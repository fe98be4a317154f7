from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "masthead.newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from masthead import checks  # noqa: F401  (system checks: masthead.*)

        from . import signals  # noqa: F401  (cache invalidation on publish/edit)
        from .pagecache import pages_changed
        from .purge import on_pages_changed

        pages_changed.connect(on_pages_changed, dispatch_uid="masthead-purge")
