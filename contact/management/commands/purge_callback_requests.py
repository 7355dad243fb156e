"""Delete the callback requests older than the retention period set in the admin."""

from django.core.management.base import BaseCommand

from contact.models import CallbackRequest, ContactSettings


class Command(BaseCommand):
    help = (
        "Supprime les demandes de rappel reçues avant la durée de conservation "
        "(Paramètres › Demandes de rappel, 12 mois par défaut)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Compte les demandes à supprimer sans les supprimer.",
        )

    def handle(self, *args, dry_run=False, **options):
        contact_settings = ContactSettings.load()
        old = CallbackRequest.objects.filter(created_at__lt=contact_settings.retention_limit())
        count = old.count()
        if not dry_run:
            old.delete()
        verb = "seraient supprimées" if dry_run else "supprimées"
        self.stdout.write(
            f"{count} demande(s) de rappel de plus de {contact_settings.retention_months} "
            f"mois {verb}."
        )
