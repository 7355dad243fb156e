"""The "Équipe contact" group: the staff who read, handle and export callback requests."""

from django.db import migrations

from pages.groups import grant

CONTACT_TEAM = "Équipe contact"


def create_contact_team(apps, schema_editor):
    grant(apps, CONTACT_TEAM, "wagtailadmin", ["access_admin"])
    grant(
        apps,
        CONTACT_TEAM,
        "contact",
        [
            "view_callbackrequest",
            "change_callbackrequest",
            "delete_callbackrequest",
            "change_contactsettings",
        ],
    )


def remove_contact_team(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=CONTACT_TEAM).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_contact_team, remove_contact_team)]
