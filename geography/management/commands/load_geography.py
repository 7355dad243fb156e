"""Load or update the Code officiel géographique from the extract kept in the repository."""

from django.core.management.base import BaseCommand

from geography.loader import load


class Command(BaseCommand):
    help = (
        "Charge ou met à jour les communes, EPCI, départements et régions depuis l'extrait "
        "versionné geography/data/cog.json.gz (sans accès au réseau) ; ne fait rien si la "
        "base contient déjà cet extrait."
    )

    def handle(self, *args, **options):
        self.stdout.write(load())
