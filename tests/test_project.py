"""The project's own contracts: layout, production settings, initial content, groups."""

import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from tests.conftest import ROOT


def test_site_folder_is_not_a_package():
    """`site` is a standard library module: a site/__init__.py would hide it."""
    assert not (ROOT / "site" / "__init__.py").exists()
    assert (ROOT / "site" / "config" / "__init__.py").exists()


def run_manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings.production", "DEBUG": ""},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY est absente" in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="a-long-random-secret-key-for-the-check-" + "x" * 40,
        ALLOWED_HOSTS="incubateur.example.gouv.fr",
        EMAIL_HOST="smtp.example.gouv.fr",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    ("environment", "refusal"),
    [
        # Without an SMTP server, e-mails would only be printed in the worker's log.
        ({"ALLOWED_HOSTS": "incubateur.example.gouv.fr"}, "EMAIL_HOST est absente"),
        # Plain HTTP is for this machine only: never for a public name.
        (
            {"ALLOWED_HOSTS": "incubateur.example.gouv.fr", "LOCAL_HTTP": "true"},
            "LOCAL_HTTP=true ne sert qu'à essayer le site sur cette machine",
        ),
    ],
)
def test_production_refuses_a_configuration_that_would_fail_its_users(environment, refusal):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EMAIL_", "LOCAL_"))}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={
            **env,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "a-long-random-secret-key-for-the-check-" + "x" * 40,
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert refusal in result.stderr


def test_initial_content_twice_changes_nothing_and_keeps_edits(site_content):
    legal = Page.objects.get(slug="mentions-legales").specific
    legal.title = "Mentions légales (revues par l'équipe)"
    legal.save_revision().publish()
    counts = (Page.objects.count(), Revision.objects.count())

    call_command("load_initial_content", stdout=open(os.devnull, "w"))

    assert (Page.objects.count(), Revision.objects.count()) == counts
    assert (
        Page.objects.get(slug="mentions-legales").title == "Mentions légales (revues par l'équipe)"
    )


@pytest.mark.django_db
def test_editors_group_can_publish_pages_but_not_manage_users():
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Éditeurs")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert "access_admin" in codenames
    assert not {"add_user", "change_user", "delete_group"} & codenames
    page_permissions = set(editors.page_permissions.values_list("permission__codename", flat=True))
    assert {"add_page", "change_page", "publish_page"} <= page_permissions
