"""Queue again the e-mails of every callback request whose e-mails have not all left."""

from django.core.management.base import BaseCommand
from django.db.models import Q

from contact.models import CallbackRequest
from contact.tasks import schedule_notifications


class Command(BaseCommand):
    help = (
        "Renvoie la notification à l'équipe et l'accusé de réception des demandes de rappel "
        "dont les e-mails ne sont pas encore partis (après une panne du serveur d'e-mails)."
    )

    def handle(self, *args, **options):
        pending = CallbackRequest.objects.filter(
            Q(team_notified_at__isnull=True) | Q(acknowledged_at__isnull=True)
        ).values_list("pk", flat=True)
        pks = list(pending)
        for pk in pks:
            schedule_notifications(pk)
        self.stdout.write(f"{len(pks)} demande(s) de rappel remise(s) en file d'envoi.")
