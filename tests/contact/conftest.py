"""What the callback tests share: a clean rate-limit cache, a valid request, team recipients."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.forms.models import model_to_dict

from contact.models import ContactSettings


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with no request counted against the rate limit."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def team_recipients(db):
    contact_settings = ContactSettings.load()
    contact_settings.notification_recipients = "equipe@incubateur.anct.gouv.fr\nchef@anct.gouv.fr"
    contact_settings.save()
    return contact_settings.recipients


def valid_data(**overrides) -> dict:
    data = {
        "name": "Camille Martin",
        "email": "camille.martin@mairie-exemple.fr",
        "phone": "01 23 45 67 89",
        "organisation": "Commune d'Exemple-sur-Loire",
        "role": "Maire",
        "subject": "Être recontacté au sujet d'un projet",
        "message": "Nous cherchons une solution pour la gestion des déchets.",
        "consent": "on",
        "site_web": "",
    }
    data.update(overrides)
    return data


def settings_form(setting=ContactSettings, **changes) -> dict:
    """What a setting's page in Paramètres posts: every field as stored, with `changes`."""
    data = model_to_dict(setting.load(), exclude=["id"])
    data.update(changes)
    return data


def member_of(django_user_model, group_name: str, username: str):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@anct.gouv.fr", password=None
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def team_member(django_user_model):
    return member_of(django_user_model, "Équipe contact", "equipe")


@pytest.fixture
def editor(django_user_model):
    return member_of(django_user_model, "Éditeurs", "editrice")
