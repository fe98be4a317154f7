"""System checks for configuration mistakes Django cannot see (stable ids: masthead.*)."""

from django.conf import settings
from django.core.checks import Warning, register


@register("staticfiles", deploy=True)
def static_files_collected(app_configs, **kwargs):
    backend = settings.STORAGES["staticfiles"]["BACKEND"]
    manifest = settings.STATIC_ROOT / "staticfiles.json"
    if "Manifest" in backend and not manifest.exists():
        return [
            Warning(
                f"Static files have not been collected ({manifest} is missing), so every "
                "page would fail to find its stylesheet.",
                hint="Run `masthead collectstatic --noinput`, or start the site with "
                "`masthead serve`, which collects them first.",
                id="masthead.W001",
            )
        ]
    return []
