"""Renaming a service's `action` field keeps what editors wrote, drafts included."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Revision

from tests.helpers import migrate, migrated_back_to

BEFORE = [("store", "0005_contact_help_text")]
AFTER = [("store", "0006_rename_action_to_purpose")]


def test_a_draft_written_before_the_rename_keeps_its_purpose(
    transactional_db, django_db_serialized_rollback
):
    with migrated_back_to(BEFORE):
        service_type = ContentType.objects.get(app_label="store", model="storeitempage")
        draft = Revision.objects.create(
            content_type=service_type,
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id="1",
            object_str="Docurba",
            content={"title": "Docurba", "action": "Suivre la procédure d'urbanisme"},
        )
        migrate(AFTER)

        draft.refresh_from_db()
        assert draft.content == {"title": "Docurba", "purpose": "Suivre la procédure d'urbanisme"}
