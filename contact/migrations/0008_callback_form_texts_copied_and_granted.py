"""The texts visitors read move from ContactSettings to CallbackFormTexts, as they were last
saved, and both « Éditeurs » and « Équipe contact » may change them; ContactSettings (who is
notified, how long requests are kept) stays the contact team's alone."""

from django.db import migrations

from contact.models import CONTACT_TEAM
from pages.groups import EDITORS, grant

CHANGE_TEXTS = "change_callbackformtexts"
GROUPS = (EDITORS, CONTACT_TEAM)


def text_fields(apps) -> list[str]:
    model = apps.get_model("contact", "CallbackFormTexts")
    return [field.name for field in model._meta.concrete_fields if not field.primary_key]


def copy(source, target, fields: list[str]) -> None:
    """Each row of `source` into the row of `target` with the same id (both are site-wide
    settings: one row in practice)."""
    for row in source.objects.all():
        target.objects.update_or_create(
            pk=row.pk, defaults={name: getattr(row, name) for name in fields}
        )


def move_texts_and_grant(apps, schema_editor):
    copy(
        apps.get_model("contact", "ContactSettings"),
        apps.get_model("contact", "CallbackFormTexts"),
        text_fields(apps),
    )
    for group in GROUPS:
        grant(apps, group, "contact", [CHANGE_TEXTS])


def move_texts_back(apps, schema_editor):
    copy(
        apps.get_model("contact", "CallbackFormTexts"),
        apps.get_model("contact", "ContactSettings"),
        text_fields(apps),
    )
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label="contact", codename=CHANGE_TEXTS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0007_callback_form_texts"),
        ("contact", "0002_contact_team_group"),
        ("pages", "0002_editors_group"),
    ]

    operations = [migrations.RunPython(move_texts_and_grant, move_texts_back)]
