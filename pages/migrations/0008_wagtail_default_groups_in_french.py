"""Wagtail's own groups, « Editors » and « Moderators », sat in English beside « Éditeurs ».
An empty one is removed; one that has members is renamed in French, its members keeping
exactly their rights. The review workflow Wagtail created for « Moderators » is named in
French and reviewed by « Éditeurs »."""

from django.db import migrations

from pages.groups import EDITORS

# Wagtail's name → ours, used only when the group has members.
WAGTAIL_GROUPS = {"Editors": "Rédacteurs (sans publication)", "Moderators": "Modérateurs"}
WAGTAIL_REVIEW = "Moderators approval"
REVIEW_WORKFLOW = "Relecture avant publication"
REVIEW_TASK = "Relecture par les éditeurs"


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    editors = Group.objects.get(name=EDITORS)
    for task in GroupApprovalTask.objects.filter(name=WAGTAIL_REVIEW):
        task.name = REVIEW_TASK
        task.save(update_fields=["name"])
        task.groups.add(editors)
    Workflow.objects.filter(name=WAGTAIL_REVIEW).update(name=REVIEW_WORKFLOW)

    for name, french_name in WAGTAIL_GROUPS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        if group.user_set.exists():
            group.name = french_name
            group.save(update_fields=["name"])
        else:
            group.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0007_markdown_fields_refuse_external_images"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Nothing to undo: the English names are not worth restoring.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
