from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


def _follow_section(sender, instance, raw=False, **kwargs):
    if not raw:
        from .trending import follow_section

        follow_section(instance)


class EngagementConfig(AppConfig):
    name = "masthead.engagement"
    verbose_name = "Engagement"

    def ready(self):
        # Popular Now keeps a copy of each story's section: a story moved follows at once.
        post_save.connect(
            _follow_section, sender="newsroom.Article", dispatch_uid="trending-section"
        )
        # The beacon remembers readable stories for a few seconds: not after a change here.
        from .views import forget_readable

        for signal in (post_save, post_delete):
            signal.connect(forget_readable, sender="newsroom.Article", dispatch_uid="readable")
