from django.apps import AppConfig


class RecommendationsConfig(AppConfig):
    name = "masthead.recommendations"
    verbose_name = "Recommendations"
