"""Queue again the e-mails of every callback request whose e-mails have not all left."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from contact.models import CallbackRequest
from contact.tasks import UNSENT, schedule_notifications, unclaimed


class Command(BaseCommand):
    help = (
        "Renvoie la notification à l'équipe et l'accusé de réception des demandes de rappel "
        "dont les e-mails ne sont pas encore partis (après une panne du serveur d'e-mails, "
        "ou un envoi interrompu depuis plus de CONTACT_MAIL_CLAIM_TIMEOUT secondes)."
    )

    def handle(self, *args, **options):
        # A request being sent right now is left to the run sending it.
        pending = CallbackRequest.objects.filter(UNSENT, unclaimed(timezone.now()))
        pks = list(pending.values_list("pk", flat=True))
        for pk in pks:
            schedule_notifications(pk)
        self.stdout.write(f"{len(pks)} demande(s) de rappel remise(s) en file d'envoi.")
