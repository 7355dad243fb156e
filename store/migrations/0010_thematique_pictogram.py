"""Each thématique gets a DSFR pictogram, shown for services without a logo; the eleven
thématiques of the initial content get theirs. The text for a service without deployment
says « Aucun déploiement public connu » and how to tell us of one; a catalogue whose editors
wrote their own text keeps it."""

from django.db import migrations, models

import store.choices

DEFAULT = "digital/application"

# The same as store/initial_content.py THEMATIQUES, frozen here as a migration must be.
PICTOGRAMS = {
    "mobilite": "map/map",
    "dechets": "environment/environment",
    "logement": "buildings/house",
    "demarches-administratives": "document/document-signature",
    "aides-pour-collectivites": "institutions/money",
    "accessibilite": "accessibility/accessibility",
    "emploi-et-entreprise": "buildings/companie",
    "donnees": "digital/data-visualization",
    "urbanisme": "buildings/city-hall",
    "solidarite": "environment/human-cooperation",
    "agriculture": "environment/food",
}


OLD_NO_DEPLOYMENT = "Aucun territoire n'est encore renseigné pour ce service."
NO_DEPLOYMENT = (
    "Aucun déploiement public connu à ce jour. Votre collectivité utilise déjà ce service ? "
    "Dites-le-nous avec le formulaire de rappel : nous l'ajouterons à cette liste."
)


def set_no_deployment_text(apps, schema_editor):
    StoreIndexPage = apps.get_model("store", "StoreIndexPage")
    StoreIndexPage.objects.filter(no_territories_text=OLD_NO_DEPLOYMENT).update(
        no_territories_text=NO_DEPLOYMENT
    )


def set_pictograms(apps, schema_editor):
    Thematique = apps.get_model("store", "Thematique")
    for slug, pictogram in PICTOGRAMS.items():
        Thematique.objects.filter(slug=slug, pictogram=DEFAULT).update(pictogram=pictogram)


class Migration(migrations.Migration):
    dependencies = [("store", "0009_catalogue_labels")]

    operations = [
        migrations.AddField(
            model_name="thematique",
            name="pictogram",
            field=models.CharField(
                blank=True,
                choices=store.choices.PICTOGRAMS,
                default=DEFAULT,
                help_text="L'illustration du Système de design de l'État montrée sur la carte "
                "et la page d'un service sans logo dont c'est la première thématique ; sans "
                "choix, une illustration générique.",
                max_length=60,
                verbose_name="Pictogramme",
            ),
        ),
        migrations.RunPython(set_pictograms, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="storeindexpage",
            name="no_territories_text",
            field=models.CharField(
                default=NO_DEPLOYMENT,
                help_text="Affiché à la place de la liste quand un service n'a aucun territoire.",
                max_length=200,
                verbose_name="Texte sans territoire",
            ),
        ),
        migrations.RunPython(set_no_deployment_text, migrations.RunPython.noop),
    ]
