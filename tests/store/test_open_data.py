"""The catalogue as open data: JSON and CSV with the catalogue's filters, valid against the
published schema, in a fixed number of queries, and imported back into an empty store."""

import csv
import io
import json
import re

import jsonschema
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from geography.models import Collectivite
from store.models import Deployment, StoreItemPage, Thematique

from .conftest import add_many_services, add_service, titles_of

pytestmark = pytest.mark.django_db

JSON_URL = "/territoires-store/donnees.json"
CSV_URL = "/territoires-store/donnees.csv"
SCHEMA_URL = "/territoires-store/donnees.schema.json"


def get_json(client, **filters) -> dict:
    response = client.get(JSON_URL, filters)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def csv_rows(client, **filters) -> list[dict]:
    response = client.get(CSV_URL, filters)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="territoires-store.csv"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "spreadsheets need the byte order mark for accents"
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_the_json_lists_every_live_service_and_validates_against_the_schema(client, catalogue):
    document = get_json(client)
    schema = client.get(SCHEMA_URL).json()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    root_url = catalogue.get_site().root_url
    assert document["$schema"] == root_url + SCHEMA_URL
    names = sorted(service["nom"] for service in document["services"])
    assert names == titles_of(StoreItemPage.objects.live())
    docurba = next(s for s in document["services"] if s["identifiant"] == "docurba")
    assert docurba["adresse_code_source"] == "https://github.com/MTES-MCT/Docurba"
    assert docurba["page"] == root_url + "/territoires-store/docurba/"
    assert "urbanisme" in docurba["thematiques"]
    slugs = [item["identifiant"] for item in document["thematiques"]]
    assert slugs[:2] == ["mobilite", "dechets"], "in the editors' order"


def test_a_draft_is_not_in_the_open_data(client, catalogue):
    draft = add_service(catalogue, "Service en préparation")
    draft.unpublish()
    names = [service["nom"] for service in get_json(client)["services"]]
    assert "Service en préparation" not in names
    assert all(row["nom"] != "Service en préparation" for row in csv_rows(client))


@pytest.mark.parametrize(
    "filters",
    [
        {"thematique": "mobilite"},
        {"echelon": "region"},
        {"q": "adresses"},
        {"q": "zzzz"},
        {"territoire": "departement-62"},
    ],
)
def test_the_exports_apply_the_catalogues_filters(client, catalogue, filters):
    shown = client.get("/territoires-store/", filters).context["page_obj"].paginator.object_list
    expected = [service.title for service in shown]
    assert [s["nom"] for s in get_json(client, **filters)["services"]] == expected
    assert [row["nom"] for row in csv_rows(client, **filters)] == expected


def test_the_csv_has_the_json_fields_with_lists_joined_and_formulas_neutralised(client, catalogue):
    add_service(
        catalogue,
        "Tableur piégé",
        pitch='=HYPERLINK("https://exemple.invalid")',
        thematiques=list(Thematique.objects.filter(slug__in=["mobilite", "donnees"])),
        echelons=["commune", "region"],
    )
    rows = {row["identifiant"]: row for row in csv_rows(client)}
    trap = rows["tableur-piege"]
    assert trap["accroche"] == '\'=HYPERLINK("https://exemple.invalid")'
    assert trap["thematiques"] == "mobilite | donnees"
    assert trap["echelons"] == "commune | region"
    assert list(trap) == [key for key in get_json(client)["services"][0] if key != "$schema"]


@pytest.mark.parametrize("url", [JSON_URL, CSV_URL])
def test_the_exports_cost_the_same_queries_with_10_and_40_services(
    client, catalogue, django_assert_num_queries, url
):
    StoreItemPage.objects.all().delete()
    add_many_services(catalogue, 10, with_logos=False)
    client.get(url)  # Wagtail's site and the caches warmed
    with django_assert_num_queries(fixed := count_queries(client, url)):
        client.get(url)
    add_many_services(catalogue, 30, start=10, with_logos=False)
    with django_assert_num_queries(fixed):
        response = client.get(url)
    assert response.content.count(b"Service num") >= 40


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def test_the_json_round_trips_through_an_empty_store(client, catalogue, tmp_path):
    exported = client.get(JSON_URL).content
    (tmp_path / "catalogue.json").write_bytes(exported)
    StoreItemPage.objects.all().delete()
    Thematique.objects.all().delete()
    assert get_json(client)["services"] == []

    call_command("import_catalogue", str(tmp_path / "catalogue.json"), stdout=io.StringIO())

    assert json.loads(client.get(JSON_URL).content) == json.loads(exported)
    assert client.get(JSON_URL).content == exported


def test_deployments_travel_by_official_code_and_free_text_by_name(client, catalogue, tmp_path):
    service = StoreItemPage.objects.get(slug="docurba")
    service.deployments = [
        Deployment(collectivite=Collectivite.objects.get(kind="commune", code="62041")),
        Deployment(collectivite=Collectivite.objects.get(kind="region", code="32")),
        Deployment(unmatched_name="Les villages du Haut-Pays"),
    ]
    service.save_revision().publish()
    exported = client.get(JSON_URL).content
    docurba = next(s for s in json.loads(exported)["services"] if s["identifiant"] == "docurba")
    assert docurba["deploiements"] == ["commune:62041", "region:32"]
    assert docurba["deploiements_a_rattacher"] == ["Les villages du Haut-Pays"]
    row = next(row for row in csv_rows(client) if row["identifiant"] == "docurba")
    assert row["deploiements"] == "commune:62041 | region:32"
    jsonschema.validate(json.loads(exported), client.get(SCHEMA_URL).json())

    (tmp_path / "catalogue.json").write_bytes(exported)
    StoreItemPage.objects.all().delete()
    Thematique.objects.all().delete()
    call_command("import_catalogue", str(tmp_path / "catalogue.json"), stdout=io.StringIO())
    assert client.get(JSON_URL).content == exported
    names = [d.name for d in StoreItemPage.objects.get(slug="docurba").deployments.all()]
    assert names == ["Arras", "Hauts-de-France", "Les villages du Haut-Pays"]


def test_an_unknown_collectivite_code_is_refused_and_imports_nothing(client, catalogue, tmp_path):
    document = json.loads(client.get(JSON_URL).content)
    document["services"][0]["deploiements"] = ["commune:99999"]
    (tmp_path / "catalogue.json").write_text(json.dumps(document), encoding="utf-8")
    StoreItemPage.objects.all().delete()
    with pytest.raises(CommandError, match="commune:99999"):
        call_command("import_catalogue", str(tmp_path / "catalogue.json"), stdout=io.StringIO())
    assert not StoreItemPage.objects.exists()


def test_importing_twice_leaves_the_existing_services_alone(client, catalogue, tmp_path):
    (tmp_path / "catalogue.json").write_bytes(client.get(JSON_URL).content)
    before = client.get(JSON_URL).content
    output = io.StringIO()
    call_command("import_catalogue", str(tmp_path / "catalogue.json"), stdout=output)
    assert "0 service(s) importé(s)" in output.getvalue()
    assert "Déjà présents" in output.getvalue()
    assert client.get(JSON_URL).content == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"services": [}', "n'est pas du JSON valide (ligne 1, colonne 15)"),
        ("[]", "n'a pas la forme de donnees.json"),
        (
            '{"thematiques": [], "services": [{"identifiant": "x", "nom": "X"}]}',
            "Service « x » refusé",
        ),
        (
            '{"thematiques": [{"identifiant": "transports", "nom": "Mobilité"}], "services": []}',
            "porte le nom d'une thématique existante",
        ),
    ],
)
def test_a_bad_file_is_refused_in_french_and_imports_nothing(
    client, catalogue, tmp_path, content, message
):
    path = tmp_path / "catalogue.json"
    path.write_text(content, encoding="utf-8")
    before = StoreItemPage.objects.count(), Thematique.objects.count()
    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("import_catalogue", str(path))
    assert (StoreItemPage.objects.count(), Thematique.objects.count()) == before


def test_the_catalogue_links_to_the_exports_of_its_results(client, catalogue):
    html = client.get("/territoires-store/", {"thematique": "mobilite"}).content.decode()
    csv_link = 'href="/territoires-store/donnees.csv?thematique=mobilite"'
    assert f'class="fr-link fr-link--download" {csv_link}' in html
    assert 'href="/territoires-store/donnees.json?thematique=mobilite"' in html
    assert '<span class="fr-link__detail">JSON</span>' in html
    assert f'href="{SCHEMA_URL}"' in html
    fragment = client.get("/territoires-store/", {"q": "adresses"}, HTTP_HX_REQUEST="true")
    assert 'href="/territoires-store/donnees.json?q=adresses"' in fragment.content.decode()
