from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "masthead.newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from . import signals  # noqa: F401  (cache invalidation on publish/edit)
