"""Renaming a service's `action` field keeps what editors wrote, drafts included."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page, Revision

BEFORE = [("store", "0005_contact_help_text")]
AFTER = [("store", "0006_rename_action_to_purpose")]


@pytest.mark.django_db(transaction=True)
def test_a_draft_written_before_the_rename_keeps_its_purpose():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    service_type = ContentType.objects.get(app_label="store", model="storeitempage")
    draft = Revision.objects.create(
        content_type=service_type,
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id="1",
        object_str="Docurba",
        content={"title": "Docurba", "action": "Suivre la procédure d'urbanisme"},
    )

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)

    draft.refresh_from_db()
    assert draft.content == {"title": "Docurba", "purpose": "Suivre la procédure d'urbanisme"}
