"""A service's « Ce qu'il permet à la collectivité » is stored as `purpose`, not `action`: an
input named `action` hides the admin form's own `action` property, and autosave then posted to
"[object HTMLInputElement]". The column keeps its data; the drafts and revisions, which hold
the page as JSON keyed by field name, are renamed too, so an editor reopening a draft or
restoring an older revision still finds the text."""

from django.db import migrations

OLD, NEW = "action", "purpose"


def rename_in_revisions(apps, old: str, new: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="store", model="storeitempage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        if old in revision.content:
            revision.content[new] = revision.content.pop(old)
            revision.save(update_fields=["content"])


def forwards(apps, schema_editor):
    rename_in_revisions(apps, OLD, NEW)


def backwards(apps, schema_editor):
    rename_in_revisions(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [("store", "0005_contact_help_text")]

    operations = [
        migrations.RenameField(model_name="storeitempage", old_name=OLD, new_name=NEW),
        migrations.RunPython(forwards, backwards),
    ]
