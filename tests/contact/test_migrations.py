"""The contact migrations keep what is stored: every request, the team's settings."""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex

from contact import texts
from contact.models import CONTACT_TEAM, CallbackFormTexts, CallbackRequest, ContactSettings
from pages.groups import EDITORS
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

    contact_settings = ContactSettings.load()
    assert contact_settings.recipients == ["equipe@anct.gouv.fr"]
    assert contact_settings.retention_months == 6
    form_texts = CallbackFormTexts.load()
    assert form_texts.confirmation_title == texts.CONFIRMATION_TITLE
    assert form_texts.organisation_label == texts.LABELS["organisation"]
    assert form_texts.acknowledgement_opening == texts.ACKNOWLEDGEMENT_OPENING


BEFORE_TEXTS_MOVED = [("contact", "0006_callback_requests_out_of_reference_index")]
EDITED = {
    "confirmation_text": "Merci, nous vous rappelons demain.",
    "organisation_label": "Votre structure",
    "acknowledgement_closing": "L’équipe",
}


def test_texts_edited_in_the_contact_settings_move_to_the_form_texts_that_editors_change(
    transactional_db, django_db_serialized_rollback
):
    with migrated_back_to(BEFORE_TEXTS_MOVED) as old_apps:
        old_apps.get_model("contact", "ContactSettings").objects.update_or_create(
            defaults={"notification_recipients": "equipe@anct.gouv.fr", **EDITED}
        )

    form_texts = CallbackFormTexts.load()
    for field, value in EDITED.items():
        assert getattr(form_texts, field) == value
    assert form_texts.form_title == texts.FORM_TITLE
    assert ContactSettings.load().recipients == ["equipe@anct.gouv.fr"]
    for group in (EDITORS, CONTACT_TEAM):
        granted = Group.objects.get(name=group).permissions.values_list("codename", flat=True)
        assert "change_callbackformtexts" in granted
    editors = Group.objects.get(name=EDITORS).permissions
    assert not editors.filter(codename__endswith="contactsettings").exists()


def test_moving_the_texts_back_keeps_them_in_the_contact_settings(
    transactional_db, django_db_serialized_rollback
):
    CallbackFormTexts.objects.update_or_create(defaults=EDITED)
    with migrated_back_to(BEFORE_TEXTS_MOVED) as old_apps:
        contact_settings = old_apps.get_model("contact", "ContactSettings").objects.get()
        for field, value in EDITED.items():
            assert getattr(contact_settings, field) == value


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
