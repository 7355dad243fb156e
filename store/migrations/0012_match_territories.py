"""Attach each free-text territory to its collectivité when the name (and the département
in brackets) designates exactly one; the others keep their text for an editor."""

from django.db import migrations

from store.territory_matching import match_territory


def match_territories(apps, schema_editor):
    Deployment = apps.get_model("store", "Deployment")
    Collectivite = apps.get_model("geography", "Collectivite")
    pending = Deployment.objects.filter(collectivite__isnull=True).exclude(unmatched_name="")
    if not pending.exists():
        return
    from geography.loader import load

    load(Collectivite, apps.get_model("geography", "GeographySource"))
    for deployment in pending:
        collectivite = match_territory(Collectivite.objects, deployment.unmatched_name)
        if collectivite is not None:
            deployment.collectivite = collectivite
            deployment.unmatched_name = ""
            deployment.save(update_fields=["collectivite", "unmatched_name"])


def back_to_text(apps, schema_editor):
    Deployment = apps.get_model("store", "Deployment")
    for deployment in Deployment.objects.filter(collectivite__isnull=False, unmatched_name=""):
        deployment.unmatched_name = deployment.collectivite.name[:150]
        deployment.save(update_fields=["unmatched_name"])


class Migration(migrations.Migration):
    dependencies = [("store", "0011_deployments")]

    operations = [migrations.RunPython(match_territories, back_to_text)]
