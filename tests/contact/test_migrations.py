"""The migration that adds the claim and the submission key keeps every stored request."""

from django.utils import timezone

from contact.models import CallbackRequest
from tests.helpers import migrate, migrated_back_to

BEFORE = [("contact", "0003_retention_bounds")]
AFTER = [("contact", "0004_mail_claim_and_submission_key")]


def test_requests_stored_before_the_migration_are_kept_as_they_were(
    transactional_db, django_db_serialized_rollback
):
    sent = timezone.now()
    with migrated_back_to(BEFORE) as old_apps:
        for number in range(2):
            old_apps.get_model("contact", "CallbackRequest").objects.create(
                name=f"Demande d'avant n° {number}",
                email="avant@mairie-exemple.fr",
                organisation="Commune d'Avant",
                subject="Être recontacté",
                team_notified_at=sent,
                mail_attempts=1,
            )
        migrate(AFTER)

    kept = CallbackRequest.objects.order_by("name")
    assert [request.name for request in kept] == ["Demande d'avant n° 0", "Demande d'avant n° 1"]
    for request in kept:
        assert request.team_notified_at == sent and request.acknowledged_at is None
        assert request.mail_attempts == 1
        # Two old requests without a key do not collide on the unique key.
        assert request.submission_key is None and request.mail_claimed_at is None
