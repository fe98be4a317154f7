"""Editors moderate comments: every permission on the comments models for the Editor
group (the Admin group, created with all permissions, gets them too)."""

from django.db import migrations

MODELS = ["comment", "commentreport", "articlecommentsettings", "bannedvisitor", "blockedword"]
CODENAMES = [f"{verb}_{m}" for m in MODELS for verb in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("comments")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label="comments", codename__in=CODENAMES)
    for name in ("Editor", "Admin"):
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("newsroom", "0002_desk_groups"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
