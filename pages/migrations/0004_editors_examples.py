"""The "Éditeurs" group may create, edit, publish, lock, reorder and delete examples."""

from django.db import migrations

from pages.groups import EDITORS, grant

EXAMPLE_PERMISSIONS = [
    "add_example",
    "change_example",
    "delete_example",
    "publish_example",
    "lock_example",
    "unlock_example",
]


def grant_examples(apps, schema_editor):
    grant(apps, EDITORS, "pages", EXAMPLE_PERMISSIONS)


def revoke_examples(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=EDITORS).first()
    if group is not None:
        group.permissions.remove(
            *group.permissions.filter(
                content_type__app_label="pages", codename__in=EXAMPLE_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [("pages", "0003_offers")]

    operations = [migrations.RunPython(grant_examples, revoke_examples)]
