"""Create or update a service draft from a publiccode.yml, and say what changed."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.text import Truncator

from store.models import StoreIndexPage
from store.publiccode import PubliccodeError, import_draft, parse, read_source


class Command(BaseCommand):
    help = (
        "Crée ou met à jour le brouillon d'un service du Territoires Store à partir d'un "
        "publiccode.yml (fichier local ou adresse https://), et affiche ce qui change champ "
        "par champ. Rien n'est publié : relisez le brouillon dans l'administration, puis "
        "publiez-le."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="Chemin ou adresse https:// d'un publiccode.yml.")

    def handle(self, *args, source, **options):
        catalogue = StoreIndexPage.objects.first()
        if catalogue is None:
            raise CommandError(
                "Aucune page « Catalogue du Territoires Store » n'existe : créez-la dans "
                "l'administration, puis recommencez."
            )
        try:
            data = parse(read_source(source))
            with transaction.atomic():
                imported = import_draft(catalogue, data)
        except PubliccodeError as error:
            raise CommandError(str(error)) from error
        except ValidationError as error:
            raise CommandError(
                "Le brouillon serait invalide, rien n'a été modifié : " + " ".join(error.messages)
            ) from error
        self.report(imported)

    def report(self, imported):
        page = imported.page
        if imported.created:
            self.stdout.write(f"Brouillon créé : « {page.title} » (non publié).")
        elif imported.changes:
            self.stdout.write(
                f"Brouillon mis à jour : « {page.title} » (la version en ligne ne change pas)."
            )
        else:
            self.stdout.write(f"« {page.title} » est déjà à jour : rien n'a changé.")
            return
        for change in imported.changes:
            after = Truncator(change.after).chars(90)
            if imported.created or not change.before:
                self.stdout.write(f"  {change.label} : « {after} »")
            else:
                before = Truncator(change.before).chars(90)
                self.stdout.write(f"  {change.label} : « {before} » → « {after} »")
        if imported.to_complete:
            self.stdout.write(
                "À compléter avant publication : " + ", ".join(imported.to_complete) + "."
            )
        self.stdout.write(f"Relisez-le puis publiez-le : /admin/pages/{page.pk}/edit/")
