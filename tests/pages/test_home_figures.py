"""The home page's key figures are counted from the content, never typed: services of the
Territoires Store, collectivités where they are deployed, investigations and startups de
territoire (the examples of offers 1 and 2). Editors set their words or hide them. Each offer
shows the DSFR pictogram its editor chose, and so do the empty states."""

import re
from html import unescape

from django.db import connection
from django.test.utils import CaptureQueriesContext

from geography.models import Collectivite
from pages.models import Example, HomePage, OfferPage
from store.models import Deployment, StoreIndexPage, StoreItemPage
from tests.store.conftest import add_service

FIGURE = re.compile(
    r'data-figure="(\w+)">\s*<span class="home-figures__value">(\d+)</span>\s*'
    r'<span class="home-figures__label">([^<]*)</span>'
)
PICTOGRAM = re.compile(r'data-pictogram="([^"]+)"')


def figures_on_home(client) -> dict[str, tuple[int, str]]:
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    return {key: (int(value), unescape(label)) for key, value, label in FIGURE.findall(html)}


def counts_from_database() -> dict[str, int]:
    """What the figures must say, counted here row by row, as a person auditing them would."""
    live_services = set(StoreItemPage.objects.live().values_list("pk", flat=True))
    places = set()
    for row in Deployment.objects.filter(service__in=live_services):
        places.add(
            ("geo", row.collectivite_id) if row.collectivite_id else ("text", row.unmatched_name)
        )
    offers = list(OfferPage.objects.live().order_by("path"))
    examples = {
        offer.pk: sum(
            1 for example in Example.objects.filter(live=True) if offer in example.offers.all()
        )
        for offer in offers[:2]
    }
    return {
        "services": len(live_services),
        "collectivites": len(places),
        "investigations": examples[offers[0].pk],
        "startups": examples[offers[1].pk],
    }


def unused_commune() -> Collectivite:
    used = Deployment.objects.exclude(collectivite=None).values("collectivite")
    return Collectivite.objects.filter(kind="commune").exclude(pk__in=used).order_by("code").first()


def publish(page) -> None:
    page.save_revision().publish()


def test_figures_are_the_counts_of_the_content_and_follow_it(client, site_content):
    expected = counts_from_database()
    assert expected["services"] > 20 and expected["collectivites"] > 5
    assert expected["investigations"] >= 2 and expected["startups"] >= 2
    figures = figures_on_home(client)
    assert {key: value for key, (value, _) in figures.items()} == expected
    assert figures["services"][1] == "services prêts à l'emploi"

    # A new service, deployed in a commune no other service uses, in one already counted and
    # in a territory written as free text; a draft service and its deployment do not count.
    store = StoreIndexPage.objects.get()
    service = add_service(store, "Un service tout neuf")
    counted = Deployment.objects.exclude(collectivite=None).first().collectivite
    Deployment.objects.bulk_create(
        [
            Deployment(service=service, collectivite=unused_commune(), sort_order=0),
            Deployment(service=service, collectivite=counted, sort_order=1),
            Deployment(service=service, unmatched_name="Les villages du Haut-Pays", sort_order=2),
        ]
    )
    draft = add_service(store, "Un brouillon", live=False)
    Deployment.objects.create(service=draft, unmatched_name="Un territoire en brouillon")
    example = Example.objects.filter(live=True).first()
    example.live = False
    example.save()

    after = counts_from_database()
    figures = {key: value for key, (value, _) in figures_on_home(client).items()}
    assert figures == after
    assert after["services"] == expected["services"] + 1
    assert after["collectivites"] == expected["collectivites"] + 2
    assert (
        after["investigations"] + after["startups"]
        < expected["investigations"] + expected["startups"]
    )


def test_editors_set_the_figures_words_or_hide_them(client, site_content):
    home = HomePage.objects.get()
    home.figures_services_label = "outils libres à adopter"
    home.figures_title = "Nos résultats"
    publish(home)
    html = client.get("/").content.decode()
    assert "Nos résultats" in html
    assert figures_on_home(client)["services"][1] == "outils libres à adopter"

    home.show_figures = False
    publish(home)
    html = client.get("/").content.decode()
    assert "Nos résultats" not in html and "home-figures" not in html
    assert figures_on_home(client) == {}


def test_a_figure_at_zero_is_left_out(client, site_content):
    Example.objects.update(live=False)
    assert set(figures_on_home(client)) == {"services", "collectivites"}


def home_queries(client) -> int:
    client.get("/")  # warm Wagtail's site root cache, as any running server has
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    return len(queries)


def test_the_figures_cost_the_same_queries_whatever_the_catalogue(
    client, site_content, django_assert_num_queries
):
    store = StoreIndexPage.objects.get()
    communes = list(Collectivite.objects.filter(kind="commune").order_by("code")[:200])
    small = home_queries(client)

    for number in range(40):
        service = add_service(store, f"Service de mesure {number}")
        Deployment.objects.bulk_create(
            [
                Deployment(service=service, collectivite=commune, sort_order=i)
                for i, commune in enumerate(communes[number * 5 : number * 5 + 5])
            ]
            + [Deployment(service=service, unmatched_name=f"Territoire {number}", sort_order=9)]
        )
    assert figures_on_home(client)["collectivites"][0] == counts_from_database()["collectivites"]
    with django_assert_num_queries(small):
        assert client.get("/").status_code == 200

    home = HomePage.objects.get()
    home.show_figures = False
    publish(home)
    assert home_queries(client) == small - 1  # the count of services and collectivités


def test_each_offer_shows_the_pictogram_its_editor_chose(client, site_content):
    offers = list(OfferPage.objects.live().order_by("path"))
    chosen = ["digital/search", "digital/innovation", "leisure/catalog"]
    assert [offer.pictogram for offer in offers] == chosen
    for url in ["/", "/offres-collectivites/"]:
        html = client.get(url).content.decode()
        assert PICTOGRAM.findall(html) == chosen, url
        assert html.count('aria-hidden="true" focusable="false" viewBox="0 0 80 80"') >= 3
        assert "/static/dsfr/dist/artwork/pictograms/digital/search.svg#artwork-major" in html

    offers[1].pictogram = "buildings/city-hall"
    publish(offers[1])
    html = client.get("/").content.decode()
    assert PICTOGRAM.findall(html) == ["digital/search", "buildings/city-hall", "leisure/catalog"]
    offer_page = client.get(offers[1].url).content.decode()
    assert PICTOGRAM.findall(offer_page) == ["buildings/city-hall"]


def test_empty_states_show_a_pictogram(client, site_content):
    html = client.get("/territoires-store/?q=zzqxwvkj").content.decode()
    assert "document/document-search" in PICTOGRAM.findall(html)

    Example.objects.update(live=False)
    offer = OfferPage.objects.live().order_by("path").first()
    html = client.get(offer.url + "exemples/").content.decode()
    assert "Aucun exemple n’est encore publié" in html
    assert PICTOGRAM.findall(html) == ["digital/in-progress"]
