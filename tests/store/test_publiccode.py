"""import_publiccode: a publiccode.yml becomes a service draft an editor reviews; the live
service never changes, what changed is printed field by field, a bad file changes nothing."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from store.models import StoreItemPage

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures" / "publiccode"


def import_publiccode(name: str) -> str:
    output = io.StringIO()
    call_command("import_publiccode", str(FIXTURES / name), stdout=output)
    return output.getvalue()


def test_an_existing_service_gets_a_draft_and_its_live_version_stays(client, catalogue):
    output = import_publiccode("demarches-simplifiees.yml")

    live = StoreItemPage.objects.get(slug="demarches-simplifiees")
    assert live.licence == "AGPL-3.0" and live.contact == ""
    assert live.has_unpublished_changes
    draft = live.get_latest_revision_as_object()
    assert draft.licence == "AGPL-3.0-or-later"
    assert draft.contact == "contact@demarches-simplifiees.fr"
    assert draft.builder == "Direction interministérielle du numérique (DINUM)"
    assert draft.purpose == "Mettre une démarche en ligne sans développement"
    assert draft.pitch.startswith("Créer un formulaire administratif en ligne")
    assert "messagerie attachée au dossier" in draft.description
    assert draft.source_code_url == live.source_code_url, "the same repository, without .git"

    assert "Brouillon mis à jour : « Démarches simplifiées »" in output
    assert "Licence : « AGPL-3.0 » → « AGPL-3.0-or-later »" in output
    assert "Contact : « contact@demarches-simplifiees.fr »" in output
    assert "Adresse du code source" not in output
    html = client.get("/territoires-store/demarches-simplifiees/").content.decode()
    assert "AGPL-3.0-or-later" not in html, "nothing is published"


def test_a_new_service_is_created_as_a_draft_in_french(client, catalogue):
    StoreItemPage.objects.get(slug="ma-cantine").delete()

    output = import_publiccode("ma-cantine.yml")

    page = StoreItemPage.objects.get(slug="ma-cantine")
    assert not page.live and page.has_unpublished_changes
    assert page.title == "ma cantine"
    assert page.pitch.startswith("Accompagner les cantines"), "French over English"
    assert page.phase == "acceleration", "developmentStatus: beta"
    assert page.builder == "beta.gouv.fr"
    assert page.service_url == "https://ma-cantine.agriculture.gouv.fr/"
    assert page.source_code_url == "https://github.com/betagouv/ma-cantine"
    assert page.licence == "MIT"
    assert page.purpose == "À compléter"
    assert "Brouillon créé : « ma cantine » (non publié)." in output
    assert "À compléter avant publication : Ce qu'il permet à la collectivité." in output
    assert f"/admin/pages/{page.pk}/edit/" in output
    names = [s["nom"] for s in client.get("/territoires-store/donnees.json").json()["services"]]
    assert "ma cantine" not in names


def test_importing_the_same_file_again_changes_nothing(catalogue):
    first = import_publiccode("mes-adresses.yml")
    assert "Accroche : « L'éditeur en ligne avec lequel" in first
    assert "Conçu et opéré par : « L'équipe de la Base Adresse Nationale, à l'ANCT » → " in first
    revisions = Revision.objects.count()

    second = import_publiccode("mes-adresses.yml")

    assert "« Mes Adresses » est déjà à jour : rien n'a changé." in second
    assert Revision.objects.count() == revisions


def test_a_malformed_file_names_its_line_and_changes_nothing(catalogue):
    revisions, services = Revision.objects.count(), StoreItemPage.objects.count()
    with pytest.raises(CommandError) as error:
        import_publiccode("malformed.yml")
    assert "n'est pas un YAML valide : ligne 7, colonne 20" in str(error.value)
    assert "rien n'a été modifié" in str(error.value)
    assert (Revision.objects.count(), StoreItemPage.objects.count()) == (revisions, services)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("http://exemple.invalid/publiccode.yml", "Seules les adresses en https:// sont"),
        ("file:///etc/passwd", "Seules les adresses en https:// sont"),
        ("/nulle/part/publiccode.yml", "Impossible de lire /nulle/part/publiccode.yml"),
    ],
)
def test_an_unreachable_or_unsafe_source_is_refused_in_french(catalogue, source, message):
    with pytest.raises(CommandError, match=message):
        call_command("import_publiccode", source)


def test_a_yaml_file_that_is_not_a_publiccode_is_refused(catalogue, tmp_path):
    path = tmp_path / "publiccode.yml"
    path.write_text("- une liste\n- pas un publiccode\n", encoding="utf-8")
    with pytest.raises(CommandError, match="il lui manque au moins le champ « name »"):
        call_command("import_publiccode", str(path))


def test_a_field_too_long_for_the_service_is_refused_and_changes_nothing(catalogue, tmp_path):
    path = tmp_path / "publiccode.yml"
    path.write_text(
        "name: Mes Adresses\n"
        "url: https://github.com/BaseAdresseNationale/mes-adresses\n"
        f"description:\n  fr:\n    shortDescription: {'Une accroche bien trop longue. ' * 8}\n",
        encoding="utf-8",
    )
    revisions = Revision.objects.count()
    with pytest.raises(CommandError, match="Le brouillon serait invalide, rien n'a été modifié"):
        call_command("import_publiccode", str(path))
    assert Revision.objects.count() == revisions
