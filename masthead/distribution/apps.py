from django.apps import AppConfig


class DistributionConfig(AppConfig):
    name = "masthead.distribution"
    verbose_name = "Distribution"

    def ready(self):
        from . import signals  # noqa: F401  (search index kept up to date on save)
