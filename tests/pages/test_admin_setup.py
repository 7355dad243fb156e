"""The admin as the communications team finds it: groups in French, thématiques as boxes to
tick, and a Wagtail site that knows its public address."""

import os
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupApprovalTask, Site, Workflow

from pages.groups import EDITORS
from store.models import StoreItemPage
from tests.helpers import migrate, migrated_back_to

PUBLIC_URL = "https://incubateur.anct.gouv.fr"


def load_initial_content():
    call_command("load_initial_content", stdout=open(os.devnull, "w"))


@pytest.mark.django_db
def test_wagtail_english_groups_are_gone_and_review_goes_to_the_editors():
    names = set(Group.objects.values_list("name", flat=True))
    assert not names & {"Editors", "Moderators"}
    assert EDITORS in names
    review = Workflow.objects.get()
    assert review.name == "Relecture avant publication"
    task = GroupApprovalTask.objects.get()
    assert task.name == "Relecture par les éditeurs"
    assert [group.name for group in task.groups.all()] == [EDITORS]


def test_a_wagtail_group_with_members_is_renamed_not_removed(
    transactional_db, django_db_serialized_rollback
):
    with migrated_back_to([("pages", "0007_markdown_fields_refuse_external_images")]):
        editors = Group.objects.create(name="Editors")
        get_user_model().objects.create(username="ancienne").groups.add(editors)
        Group.objects.create(name="Moderators")
        migrate([("pages", "0008_wagtail_default_groups_in_french")])

        names = set(Group.objects.values_list("name", flat=True))
        assert "Rédacteurs (sans publication)" in names
        assert not names & {"Editors", "Moderators"}
        user = get_user_model().objects.get(username="ancienne")
        assert [group.name for group in user.groups.all()] == ["Rédacteurs (sans publication)"]


@pytest.mark.django_db
def test_the_site_takes_its_address_from_site_url(client, settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL
    load_initial_content()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("incubateur.anct.gouv.fr", 443)

    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{PUBLIC_URL}/offre-anct/</loc>" in sitemap
    assert "localhost" not in sitemap
    api = client.get("/api/v2/pages/", {"type": "pages.AnctOfferPage"}).json()
    assert api["items"][0]["meta"]["html_url"] == f"{PUBLIC_URL}/offre-anct/"


@pytest.mark.django_db
def test_an_address_set_in_the_admin_is_kept(settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL
    load_initial_content()
    Site.objects.filter(is_default_site=True).update(hostname="www.example.gouv.fr", port=8443)
    load_initial_content()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("www.example.gouv.fr", 8443)


@pytest.mark.django_db
def test_thematiques_are_boxes_to_tick(admin_client, site_content):
    service = StoreItemPage.objects.get(slug="docurba")
    html = admin_client.get(f"/admin/pages/{service.pk}/edit/").content.decode()
    assert html.count('type="checkbox" name="thematiques"') == 11


@pytest.mark.django_db
def test_the_user_bar_is_for_editors_only(client, site_content):
    assert "wagtail-userbar" not in client.get("/offre-anct/").content.decode()
    editor = get_user_model().objects.create(username="redaction")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    assert "<wagtail-userbar" in client.get("/offre-anct/").content.decode()


def test_the_sign_in_form_is_in_french(client, db):
    html = client.get("/admin/login/").content.decode()
    assert "Password" not in html
    assert 'autocomplete="current-password"' in html
    assert re.search(r'<label [^>]*for="id_password"[^>]*>\s*Mot de passe<', html)
