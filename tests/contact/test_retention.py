"""The retention period stays within bounds, and a purge leaves no personal data behind."""

import io
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from contact.models import CallbackRequest, ContactSettings

from .test_inbox import a_request

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("months", [0, 37, 32767])
def test_a_retention_period_out_of_bounds_is_refused_in_the_admin(months):
    contact_settings = ContactSettings.load()
    contact_settings.retention_months = months
    with pytest.raises(ValidationError) as error:
        contact_settings.full_clean()
    assert "retention_months" in error.value.message_dict


@pytest.mark.parametrize("months", [0, 32767])
def test_the_purge_refuses_a_period_out_of_bounds_and_deletes_nothing(months):
    a_request()
    ContactSettings.load()
    ContactSettings.objects.update(retention_months=months)
    with pytest.raises(CommandError, match="rien n'a été supprimé"):
        call_command("purge_callback_requests", stdout=io.StringIO())
    assert CallbackRequest.objects.count() == 1


def test_a_request_is_labelled_by_its_number_only():
    callback = a_request(name="Camille Martin", organisation="Commune d'Exemple")
    assert str(callback) == f"Demande de rappel n° {callback.pk}"


def test_the_purge_also_deletes_the_admin_history_of_the_requests():
    kept = a_request(name="Récente")
    old = a_request(name="Ancienne Personne", organisation="Mairie Secrète")
    CallbackRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    log(old, "wagtail.edit")
    log(kept, "wagtail.edit")
    assert ModelLogEntry.objects.count() == 2

    call_command("purge_callback_requests", stdout=io.StringIO())

    assert list(CallbackRequest.objects.all()) == [kept]
    assert [entry.object_id for entry in ModelLogEntry.objects.all()] == [str(kept.pk)]
