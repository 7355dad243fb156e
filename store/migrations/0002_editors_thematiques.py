"""The "Éditeurs" group adds, edits, reorders and deletes the thématiques."""

from django.db import migrations

from pages.groups import EDITORS, grant

CODENAMES = ["add_thematique", "change_thematique", "delete_thematique"]


def grant_thematiques(apps, schema_editor):
    grant(apps, EDITORS, "store", CODENAMES)


def revoke_thematiques(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITORS).first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="store", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("store", "0001_initial"),
        ("pages", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(grant_thematiques, revoke_thematiques)]
