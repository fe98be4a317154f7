"""Desk roles as groups: Writer, Editor, Admin.

Writer: writes and edits own drafts, submits them for review; never publishes.
Editor: edits everything, publishes/schedules/withdraws, curates Must-Reads.
Admin:  everything, including desk accounts.
"""

from django.db import migrations

NEWSROOM = ["section", "author", "tag", "article", "byline", "correction", "mustread", "oldslug"]

WRITER = [
    "view_section", "view_author", "view_tag", "add_tag",
    "add_article", "change_article", "view_article", "view_historicalarticle",
    "add_byline", "change_byline", "delete_byline", "view_byline",
    "add_correction", "change_correction", "delete_correction", "view_correction",
]  # fmt: skip


def _all(models):
    return [f"{verb}_{m}" for m in models for verb in ("add", "change", "delete", "view")]


EDITOR = _all(NEWSROOM) + ["publish_article", "view_historicalarticle", "view_viewtotal"]


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make them exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def grant(name, codenames):
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(codename__in=codenames)
        missing = set(codenames) - set(perms.values_list("codename", flat=True))
        if missing:
            raise RuntimeError(f"Permissions not found for group {name}: {sorted(missing)}")
        group.permissions.add(*perms)

    grant("Writer", WRITER)
    grant("Editor", EDITOR)
    group, _ = Group.objects.get_or_create(name="Admin")
    group.permissions.add(*Permission.objects.all())


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Writer", "Editor", "Admin"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("engagement", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("sessions", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
