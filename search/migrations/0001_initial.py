"""The search's tables; on PostgreSQL its extensions (both trusted: no superuser needed) and
a trigram index on the vocabulary; the « Éditeurs » group edits the synonyms."""

import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
from django.contrib.postgres.operations import CreateExtension
from django.db import migrations, models

from pages.groups import EDITORS, grant

SYNONYM_PERMISSIONS = ["add_synonymgroup", "change_synonymgroup", "delete_synonymgroup"]


def grant_synonyms(apps, schema_editor):
    grant(apps, EDITORS, "search", SYNONYM_PERMISSIONS)


def trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX search_searchword_trigram ON search_searchword "
            "USING gin (word gin_trgm_ops)"
        )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
        ('pages', '0002_editors_group'),
    ]

    operations = [
        # No-ops on SQLite; CREATE EXTENSION IF NOT EXISTS on PostgreSQL.
        CreateExtension("unaccent"),
        CreateExtension("pg_trgm"),
        migrations.CreateModel(
            name='SearchDocument',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_document', serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('text', models.TextField(default='')),
                ('heading', models.TextField(default='')),
                ('vector', django.contrib.postgres.search.SearchVectorField(null=True)),
            ],
            options={
                'verbose_name': 'Document de recherche',
                'verbose_name_plural': 'Documents de recherche',
            },
        ),
        migrations.CreateModel(
            name='SearchWord',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('word', models.CharField(max_length=100, unique=True)),
                ('label', models.CharField(max_length=100)),
            ],
            options={
                'verbose_name': 'Mot connu de la recherche',
                'verbose_name_plural': 'Mots connus de la recherche',
            },
        ),
        migrations.CreateModel(
            name='SynonymGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('words', models.CharField(help_text="Des mots qui veulent dire la même chose pour quelqu'un qui cherche, séparés par des virgules, par exemple « mobilité, transport, déplacement ». Chercher l'un de ces mots trouve aussi les pages qui contiennent un des autres. Un mot par synonyme ; majuscules et accents sont sans importance.", max_length=500, verbose_name='Mots équivalents')),
            ],
            options={
                'verbose_name': 'Synonymes',
                'verbose_name_plural': 'Synonymes de la recherche',
                'ordering': ['words'],
            },
        ),
        migrations.RunPython(trigram_index, migrations.RunPython.noop),
        migrations.RunPython(grant_synonyms, migrations.RunPython.noop),
    ]
