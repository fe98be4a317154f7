from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "masthead.comments"
    verbose_name = "Reader comments"

    def ready(self):
        from . import signals  # noqa: F401  (a changed comment refreshes its article's block)
