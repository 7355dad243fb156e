"""Territories become deployments in a collectivité of the official geography; the free text
of each existing one is kept in `unmatched_name` until 0012 recognises it."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("geography", "0001_initial"),
        ("store", "0010_thematique_pictogram"),
    ]

    operations = [
        migrations.RenameModel("StoreItemTerritory", "Deployment"),
        migrations.AlterModelOptions(
            name="deployment",
            options={
                "ordering": ["sort_order"],
                "abstract": False,
                "verbose_name": "Déploiement",
                "verbose_name_plural": "Déploiements",
            },
        ),
        migrations.RenameField("deployment", "name", "unmatched_name"),
        migrations.AlterField(
            model_name="deployment",
            name="unmatched_name",
            field=models.CharField(
                blank=True,
                help_text="Un territoire saisi en texte libre avant la géographie officielle, "
                "qu'aucune collectivité n'a reconnu. Choisissez la collectivité ci-dessus, "
                "puis videz ce champ.",
                max_length=150,
                verbose_name="Territoire à rattacher",
            ),
        ),
        migrations.AlterField(
            model_name="deployment",
            name="service",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="deployments",
                to="store.storeitempage",
            ),
        ),
        migrations.AddField(
            model_name="deployment",
            name="collectivite",
            field=models.ForeignKey(
                blank=True,
                help_text="La commune, l'intercommunalité, le département ou la région qui "
                "utilise le service : cherchez-la par son nom ou son code officiel (INSEE ou "
                "SIREN).",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="deployments",
                to="geography.collectivite",
                verbose_name="Collectivité",
            ),
        ),
    ]
