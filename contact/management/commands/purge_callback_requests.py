"""Delete the callback requests older than the retention period set in the admin."""

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import ModelLogEntry

from contact.models import (
    RETENTION_MAX_MONTHS,
    RETENTION_MIN_MONTHS,
    CallbackRequest,
    ContactSettings,
)


class Command(BaseCommand):
    help = (
        "Supprime les demandes de rappel reçues avant la durée de conservation "
        "(Paramètres › Demandes de rappel, 12 mois par défaut), et leur historique dans "
        "l'administration."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Compte les demandes à supprimer sans les supprimer.",
        )

    def handle(self, *args, dry_run=False, **options):
        contact_settings = ContactSettings.load()
        months = contact_settings.retention_months
        if not RETENTION_MIN_MONTHS <= months <= RETENTION_MAX_MONTHS:
            raise CommandError(
                f"Durée de conservation de {months} mois refusée : elle doit être comprise "
                f"entre {RETENTION_MIN_MONTHS} et {RETENTION_MAX_MONTHS} mois. Corrigez-la dans "
                "Paramètres › Demandes de rappel ; rien n'a été supprimé."
            )
        old = CallbackRequest.objects.filter(created_at__lt=contact_settings.retention_limit())
        ids = [str(pk) for pk in old.values_list("pk", flat=True)]
        if not dry_run:
            with transaction.atomic():
                ModelLogEntry.objects.filter(
                    content_type=ContentType.objects.get_for_model(CallbackRequest),
                    object_id__in=ids,
                ).delete()
                CallbackRequest.objects.filter(pk__in=ids).delete()
        verb = "seraient supprimées" if dry_run else "supprimées"
        self.stdout.write(f"{len(ids)} demande(s) de rappel de plus de {months} mois {verb}.")
