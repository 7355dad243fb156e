"""The offers to collectivités and the offer to ANCT agents: the seeds' words on the pages,
examples in place or on their own page, a fixed number of queries, safe bodies."""

import json
import re
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Revision

from pages.models import AnctOfferPage, Example, FaqEntryPage, OfferPage, OffersIndexPage
from pages.seed_documents import ANCT_SEED, OFFERS_SEED, read_document
from tests.helpers import page_outline
from tests.pages.offers_helpers import normalise, nth_offer, seed_sentences, visible_text

OFFERS = "/offres-collectivites/"
OFFER_1 = "/offres-collectivites/chercher-et-tester-une-solution/"
OFFER_2 = "/offres-collectivites/developper-un-service-public-numerique/"
OFFER_3 = "/offres-collectivites/beneficier-de-services-publics-numeriques/"
ANCT = "/offre-anct/"
HTMX = {"HTTP_HX_REQUEST": "true"}


def page_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return normalise(visible_text(response.content.decode()))


def missing_sentences(sentences: list[str], text: str) -> list[str]:
    return [sentence for sentence in sentences if normalise(sentence) not in text]


# --- The seeds, whole and faithful ------------------------------------------------------------


def test_every_sentence_of_the_offers_seed_is_on_the_offers_page(client, site_content):
    document = read_document(OFFERS_SEED)
    sentences = [document.meta["title"], *seed_sentences(document.body)]
    assert len(sentences) > 20
    assert missing_sentences(sentences, page_text(client, OFFERS)) == []


def test_each_offer_page_shows_its_own_part_of_the_seed(client, site_content):
    document = read_document(OFFERS_SEED)
    parts = re.split(r"^(?=## )", document.body, flags=re.MULTILINE)[1:]
    assert len(parts) == 3
    for url, part in zip([OFFER_1, OFFER_2, OFFER_3], parts, strict=True):
        assert missing_sentences(seed_sentences(part), page_text(client, url)) == [], url


def test_every_sentence_of_the_anct_seed_is_on_the_anct_page(client, site_content):
    document = read_document(ANCT_SEED)
    sentences = [document.meta["title"], *seed_sentences(document.body)]
    assert len(sentences) > 25
    assert missing_sentences(sentences, page_text(client, ANCT)) == []


def test_the_seeds_become_structured_content(site_content):
    offers = list(OfferPage.objects.order_by("path"))
    assert [offer.title for offer in offers] == [
        "chercher et tester une solution face à un problème",
        "développer un service public numérique",
        "bénéficier de services publics numériques qui ont fait leurs preuves",
    ]
    assert [offer.term for offer in offers] == [
        "investigation",
        "startup de territoire",
        "Territoires Store",
    ]
    # The bullet lines are calls to action, not text.
    assert all("être recontacté" not in offer.body for offer in offers)
    assert all("Voir des exemples" not in offer.body for offer in offers)
    assert [offer.show_callback for offer in offers] == [True, True, False]
    # Offer 1 lists « Voir des exemples »; offer 2 shows its startups de territoire too.
    assert [offer.show_examples for offer in offers] == [True, True, False]
    assert [offer.show_store_link for offer in offers] == [False, False, True]
    assert "**Cette phase est appelée une investigation.**" in offers[0].body

    anct = AnctOfferPage.objects.get()
    phases = [block.value for block in anct.phases]
    assert [(phase["name"], phase["duration"]) for phase in phases] == [
        ("une phase d’investigation", "6 à 9 semaines"),
        ("une phase de construction", "12 mois"),
        ("une phase d’accélération", "12 mois"),
        ("une phase de consolidation", "6 mois"),
    ]
    entries = list(FaqEntryPage.objects.child_of(anct).order_by("path"))
    assert [entry.slug for entry in entries] == [
        "dans-quels-cas-en-creer",
        "investiguer-des-problemes-de-politique-publique",
        "suivre-une-approche-incrementale",
        "combien-ca-coute",
        "constituer-une-equipe-dediee-et-autonome",
    ]
    assert "*beta*" in entries[2].answer


def test_the_seeds_are_part_of_the_repository():
    assert OFFERS_SEED.exists() and ANCT_SEED.exists()
    assert "pages/seeds" in str(OFFERS_SEED.parent).replace("\\", "/")


def test_loading_the_initial_content_twice_changes_nothing(site_content):
    def snapshot():
        return (
            list(Page.objects.order_by("path").values_list("pk", "path", "slug", "live")),
            list(Example.objects.order_by("pk").values_list("title", "live", "sort_order")),
        )

    before = snapshot()
    offer = nth_offer(1)
    offer.title = "Un titre changé par un éditeur"
    offer.save_revision().publish()
    call_command("load_initial_content", stdout=open("/dev/null", "w"))
    after = snapshot()
    assert after == before
    assert nth_offer(1).title == "Un titre changé par un éditeur"


# --- The pages --------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [OFFERS, OFFER_1, OFFER_1 + "exemples/", ANCT])
def test_the_offers_pages_wear_the_state_layout(client, site_content, url):
    html = client.get(url).content.decode()
    outline = page_outline(html)
    assert outline.lang == "fr" and outline.h1 == 1
    assert outline.title.endswith("— Incubateur des Territoires")


def test_the_offers_page_has_its_callout_summary_and_calls_to_action(client, site_content):
    html = client.get(OFFERS).content.decode()
    assert re.search(
        r'class="fr-callout[^"]*">\s*<p class="fr-callout__text">Les collectivit', html
    )
    for slug in [
        "chercher-et-tester-une-solution",
        "developper-un-service-public-numerique",
        "beneficier-de-services-publics-numeriques",
    ]:
        assert f'href="#offre-{slug}"' in html and f'id="offre-{slug}"' in html
    for slug in ["chercher-et-tester-une-solution", "developper-un-service-public-numerique"]:
        assert (
            f'href="/contact/?offre={slug}" data-hx-get="/contact/?offre={slug}" '
            f'data-hx-target="#rappel-{slug}"'
        ) in html
        assert f'<div id="rappel-{slug}"></div>' in html
        assert f'href="/offres-collectivites/{slug}/exemples/"' in html
    assert html.count(">Voir des exemples<") == 2
    assert html.count('href="/territoires-store/">Découvrir les services disponibles<') == 1


def test_an_offer_without_published_examples_shows_no_examples_button(client, site_content):
    Example.objects.filter(offers=nth_offer(2)).update(live=False)
    html = client.get(OFFERS).content.decode()
    assert html.count(">Voir des exemples<") == 1
    assert "developper-un-service-public-numerique/exemples/" not in html
    assert ">Voir des exemples<" not in client.get(OFFER_2).content.decode()


def example_titles(html: str) -> list[str]:
    return re.findall(r'class="fr-card__title">(?:<a [^>]*>)?([^<]+)', html)


def test_examples_answer_a_fragment_to_htmx_and_a_page_otherwise(client, site_content):
    url = OFFER_1 + "exemples/"
    page = client.get(url)
    fragment = client.get(url, **HTMX)
    assert page.status_code == fragment.status_code == 200
    assert "<html" in page.content.decode()
    assert "<html" not in fragment.content.decode()
    assert "<main" not in fragment.content.decode()
    titles = example_titles(page.content.decode())
    assert titles == example_titles(fragment.content.decode())
    assert titles == ["Pau Partage", "mes-aides.bretagne.bzh", "RDV-Solidarités"]
    for response in (page, fragment):
        assert "HX-Request" in response["Vary"]
    assert 'data-announce="3 exemples affichés' in fragment.content.decode()


def test_a_history_restore_gets_the_whole_examples_page(client, site_content):
    response = client.get(
        OFFER_2 + "exemples/", HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )
    assert "<html" in response.content.decode()
    assert example_titles(response.content.decode()) == ["RDV-Solidarités", "Histologe"]


def test_examples_under_an_offer_of_the_offers_page_take_the_next_heading_level(
    client, site_content
):
    fragment = client.get(OFFER_1 + "exemples/?niveau=3", **HTMX).content.decode()
    assert "<h3 " in fragment and '<h4 class="fr-card__title">' in fragment
    alone = client.get(OFFER_1 + "exemples/", **HTMX).content.decode()
    assert "<h2 " in alone and '<h3 class="fr-card__title">' in alone


def test_editors_word_the_buttons_and_the_summary(client, site_content):
    offer = nth_offer(1)
    offer.examples_label = "Des exemples concrets"
    offer.callback_label = "Être rappelé par l'équipe"
    offer.save_revision().publish()
    index = OffersIndexPage.objects.get()
    index.summary_title = "Au sommaire"
    index.save_revision().publish()
    html = client.get(OFFERS).content.decode()
    assert ">Des exemples concrets<" in html and ">Être rappelé par l&#x27;équipe<" in html
    assert ">Au sommaire<" in html and ">Les offres<" not in html


def test_an_offer_that_shows_no_examples_has_no_examples_page(client, site_content):
    assert client.get(OFFER_3 + "exemples/").status_code == 404
    assert client.get(OFFER_3 + "exemples/", **HTMX).status_code == 404


def test_reordering_the_offers_renumbers_them(client, site_content):
    third = nth_offer(3)
    third.move(nth_offer(1), pos="left")
    html = client.get(OFFERS).content.decode()
    numbers = re.findall(
        r'class="offer__number">(\d+)\.</span> <span class="offer__name">([^<]+)', html
    )
    assert numbers[0] == ("1", third.title) and [n for n, _ in numbers] == ["1", "2", "3"]
    own_page = client.get(third.url).content.decode()
    assert '<span class="offer__number">1.</span>' in own_page


def test_publishing_an_older_draft_keeps_the_order_editors_gave_the_examples(site_content):
    example = Example.objects.get(title="Histologe")
    draft = example.save_revision()
    Example.objects.filter(pk=example.pk).update(sort_order=-5)  # what the reorder view does
    Revision.objects.get(pk=draft.pk).publish()  # later, from the admin
    assert Example.objects.get(pk=example.pk).sort_order == -5
    assert Example.objects.order_by("sort_order").first().title == "Histologe"


def test_a_draft_example_is_not_shown(client, site_content):
    example = Example.objects.get(title="Histologe")
    example.problem = "Texte en brouillon"
    example.save_revision()  # a draft: the published version stays
    html = client.get(OFFER_2 + "exemples/").content.decode()
    assert "Texte en brouillon" not in html and "Histologe" in html
    example.unpublish()
    assert "Histologe" not in client.get(OFFER_2 + "exemples/").content.decode()


def test_the_anct_page_shows_phases_faq_accordion_and_structured_data(client, site_content):
    response = client.get(ANCT)
    html = response.content.decode()
    assert html.count('class="anct-phases__item"') == 4
    assert "6 à 9 semaines" in html and "Phase 1 sur 4" in html
    assert '<div class="fr-accordions-group faq">' in html
    assert html.count('class="fr-accordion"') == 5
    assert '<section class="fr-accordion" id="combien-ca-coute">' in html
    nonce = re.search(
        r'<script type="application/ld\+json" nonce="([^"]+)">(.*?)</script>', html, re.S
    )
    assert nonce and nonce.group(1) in response["Content-Security-Policy"]
    data = json.loads(nonce.group(2))
    assert data["@type"] == "FAQPage"
    assert [q["name"] for q in data["mainEntity"]][3] == "Combien ça coûte ?"
    assert "200 000 €" in data["mainEntity"][3]["acceptedAnswer"]["text"]


def test_a_faq_entry_address_leads_to_its_open_answer(client, site_content):
    response = client.get("/offre-anct/combien-ca-coute/")
    assert response.status_code == 302
    assert response["Location"].endswith("/offre-anct/#combien-ca-coute")


def test_the_sitemap_lists_the_offers_but_not_the_faq_anchors(client, site_content):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/offres-collectivites/chercher-et-tester-une-solution/" in xml
    assert "/offre-anct/" in xml and "/offre-anct/combien-ca-coute/" not in xml


# --- Query budget -----------------------------------------------------------------------------


def add_examples(count: int) -> None:
    """`count` published examples under offer 1, every other one with an image."""
    offer = nth_offer(1)
    image = get_image_model().objects.create(title="Photo", file=get_test_image_file())
    for index in range(count):
        example = Example(
            title=f"Exemple {index}",
            collectivite="Commune",
            problem="Un problème",
            live=True,
            image=image if index % 2 else None,
        )
        example.save()
        example.offers.set([offer])
        example.save()


def add_faq_entries(count: int) -> None:
    anct = AnctOfferPage.objects.get()
    for index in range(count):
        anct.add_child(instance=FaqEntryPage(title=f"Question {index} ?", answer="Réponse."))


def count_queries(client, url: str, **headers) -> int:
    client.get(url, **headers)  # warm caches (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **headers).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url,headers",
    [(OFFERS, {}), (OFFER_1, {}), (OFFER_1 + "exemples/", {}), (OFFER_1 + "exemples/", HTMX)],
)
def test_offers_pages_cost_the_same_queries_with_3_or_30_examples(
    client, site_content, url, headers
):
    Example.objects.all().delete()
    add_examples(3)
    few = count_queries(client, url, **headers)
    add_examples(27)
    assert Example.objects.filter(live=True).count() == 30
    many = count_queries(client, url, **headers)
    assert few == many, f"{url}: {few} queries with 3 examples, {many} with 30"
    assert many <= 20


def test_the_anct_page_costs_the_same_queries_with_3_or_30_faq_entries(client, site_content):
    anct = AnctOfferPage.objects.get()
    for entry in FaqEntryPage.objects.child_of(anct):
        entry.delete()
    add_faq_entries(3)
    few = count_queries(client, ANCT)
    add_faq_entries(27)
    many = count_queries(client, ANCT)
    assert few == many, f"{few} queries with 3 questions, {many} with 30"
    assert many <= 20


# --- Safety -----------------------------------------------------------------------------------

HOSTILE = (
    "Bonjour <script>alert('x')</script> "
    '<img src="/x" onerror="alert(1)"> '  # an image of this site: others are refused
    "[cliquer](javascript:alert(1)) "
    '<a href="javascript:alert(2)">lien</a>'
)


def assert_inert(html: str) -> None:
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "<script>alert" not in main
    assert not re.search(r"<[^>]+\sonerror=", main)
    assert not re.search(r"href=[\"']?javascript:", main, re.I)
    assert "Bonjour" in main


def test_hostile_markdown_in_an_offer_body_renders_inert(client, site_content):
    offer = nth_offer(1)
    offer.body = HOSTILE
    offer.save_revision().publish()
    assert_inert(client.get(OFFERS).content.decode())
    assert_inert(client.get(OFFER_1).content.decode())


def test_hostile_markdown_in_the_anct_page_and_its_answers_renders_inert(client, site_content):
    anct = AnctOfferPage.objects.get()
    anct.intro = HOSTILE
    anct.closing = HOSTILE
    anct.save_revision().publish()
    entry = FaqEntryPage.objects.get(slug="combien-ca-coute")
    entry.answer = HOSTILE
    entry.save_revision().publish()
    html = client.get(ANCT).content.decode()
    assert_inert(html)
    ld = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1)
    assert "<" not in ld and "</script" not in ld.lower()


def test_example_texts_are_escaped_and_only_web_links_become_links(client, site_content):
    example = Example.objects.get(title="Histologe")
    example.problem = "<script>alert('x')</script>"
    example.link = "javascript:alert(1)"  # written around the admin's validation
    example.save()
    html = client.get(OFFER_2 + "exemples/").content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html
    assert '<h3 class="fr-card__title">Histologe</h3>' in html


def test_an_example_link_must_be_a_web_address(site_content):
    example = Example.objects.get(title="Histologe")
    for link in ["javascript:alert(1)", "ftp://exemple.fr/projet", "data:text/html,x"]:
        example.link = link
        with pytest.raises(ValidationError) as refused:
            example.full_clean()
        assert "commence par https://" in str(refused.value.message_dict["link"])


def test_a_page_keeps_one_h1_and_no_inline_style_whatever_the_markdown(client, site_content):
    offer = nth_offer(1)
    offer.body = '# Un second titre\n\n<p style="color:red" id="note">Texte</p>'
    offer.save_revision().publish()
    html = client.get(OFFER_1).content.decode()
    assert page_outline(html).h1 == 1
    assert "Un second titre" in html and 'style="color:red"' not in html


# --- API --------------------------------------------------------------------------------------


def test_the_api_gives_offers_examples_and_faq_entries(client, site_content):
    offers = client.get("/api/v2/pages/?type=pages.OfferPage&fields=term,body").json()
    assert [item["meta"]["slug"] for item in offers["items"]] == [
        offer.slug for offer in OfferPage.objects.order_by("path")
    ]
    assert offers["items"][1]["term"] == "startup de territoire"
    examples = client.get("/api/v2/examples/").json()
    titles = [item["title"] for item in examples["items"]]
    assert titles == ["Pau Partage", "mes-aides.bretagne.bzh", "RDV-Solidarités", "Histologe"]
    detail = client.get(
        examples["items"][2]["meta"]["detail_url"].replace("http://127.0.0.1:8000", "")
    ).json()
    assert detail["offer_slugs"] == [
        "chercher-et-tester-une-solution",
        "developper-un-service-public-numerique",
    ]
    assert detail["problem"]
    faq = client.get("/api/v2/pages/?type=pages.FaqEntryPage&fields=answer").json()
    assert len(faq["items"]) == 5 and "200 000 €" in faq["items"][3]["answer"]


def test_the_callback_link_of_an_offer_prefills_the_form_with_it(client, site_content):
    html = client.get("/contact/?offre=chercher-et-tester-une-solution", **HTMX).content.decode()
    assert "<html" not in html
    assert "chercher et tester une solution face à un problème" in html


def test_each_offers_view_stays_within_a_small_query_budget(client, site_content):
    counts = {url: count_queries(client, url) for url in [OFFERS, OFFER_1, ANCT]}
    counts["fragment"] = count_queries(client, OFFER_1 + "exemples/", **HTMX)
    # Measured: 11, 12, 11 and 10 (SQLite and PostgreSQL); a margin for the shared layout.
    assert all(count <= 14 for count in counts.values()), counts


def test_the_anct_page_describes_itself_to_search_engines(client, site_content):
    html = client.get(ANCT).content.decode()
    description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
    description = unescape(description)
    assert description.startswith("Quelques points sur ce qu'est l'Incubateur des Territoires")
    assert "#" not in description and "<" not in description
