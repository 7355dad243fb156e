"""The contact migrations keep what is stored: every request, the team's settings."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex

from contact import texts
from contact.models import CallbackRequest, ContactSettings
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


def test_the_texts_migration_keeps_the_team_settings_and_writes_todays_texts(
    transactional_db, django_db_serialized_rollback
):
    with migrated_back_to([("contact", "0004_mail_claim_and_submission_key")]) as old_apps:
        old_apps.get_model("contact", "ContactSettings").objects.update_or_create(
            defaults={"notification_recipients": "equipe@anct.gouv.fr", "retention_months": 6}
        )
        migrate([("contact", "0006_callback_requests_out_of_reference_index")])

    contact_settings = ContactSettings.load()
    assert contact_settings.recipients == ["equipe@anct.gouv.fr"]
    assert contact_settings.retention_months == 6
    assert contact_settings.confirmation_title == texts.CONFIRMATION_TITLE
    assert contact_settings.organisation_label == texts.LABELS["organisation"]
    assert contact_settings.acknowledgement_opening == texts.ACKNOWLEDGEMENT_OPENING


def test_the_reference_index_forgets_the_requests_recorded_before(
    transactional_db, django_db_serialized_rollback
):
    page = Page.objects.filter(depth=2).first()
    with migrated_back_to([("contact", "0005_contact_texts_in_settings")]):
        callback = CallbackRequest.objects.create(
            name="Avant", email="avant@mairie-exemple.fr", organisation="O", subject="S"
        )
        ReferenceIndex.objects.create(
            content_type=ContentType.objects.get_for_model(CallbackRequest),
            base_content_type=ContentType.objects.get_for_model(CallbackRequest),
            object_id=str(callback.pk),
            to_content_type=ContentType.objects.get_for_model(Page),
            to_object_id=str(page.pk),
            model_path="offer",
            content_path="offer",
            content_path_hash=ReferenceIndex._get_content_path_hash("offer"),
        )
        migrate([("contact", "0006_callback_requests_out_of_reference_index")])

    assert not ReferenceIndex.objects.filter(object_id=str(callback.pk)).exists()
