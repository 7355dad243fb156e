"""Every text a visitor reads in the site-wide search is the editors' (Paramètres › Textes de
la recherche, issue #9): today's texts by default, an edit shows on the results page, in the
no-result message, in the suggestions and in the header of every page, a typo in a placeholder
never breaks the page, and the header's field costs no query on a page."""

import re
from html import unescape

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.groups import EDITORS
from search.models import SearchTexts

URL = "/recherche/"
pytestmark = pytest.mark.django_db

GROUP = re.compile(r'<h2 class="fr-h4">(.*?) <span')


def page(client, path=URL, **params) -> str:
    response = client.get(path, params)
    assert response.status_code == 200
    return unescape(response.content.decode())


def edit(**values) -> SearchTexts:
    texts = SearchTexts.load()
    for name, value in values.items():
        setattr(texts, name, value)
    texts.save()
    return texts


def test_the_defaults_are_the_texts_of_today(client, site_content):
    header = page(client, "/")
    assert '<label class="fr-label" for="recherche-entete-champ">Recherche sur le site</label>' in (
        header
    )
    assert 'aria-label="Recherche sur le site"' in header
    assert 'placeholder="Rechercher"' in header
    assert 'type="submit" title="Rechercher">Rechercher</button>' in header
    assert "Des suggestions apparaissent sous le champ pendant la saisie." in header

    empty = page(client)
    assert '<h1 class="fr-mt-4w">Rechercher sur le site</h1>' in empty
    assert "Saisissez un ou plusieurs mots : les offres, les questions fréquentes" in empty

    found = page(client, q="territoire")
    assert '<h1 class="fr-mt-4w">Résultats de la recherche</h1>' in found
    assert re.search(r"\d+ résultats\.", found)
    assert "Page 1 sur 2." in found
    assert 'aria-label="Types de résultats"' in found and "Tous les types (" in found
    assert 'aria-label="Pagination des résultats"' in found
    assert {"Offres", "Questions fréquentes", "Services du Territoires Store"} <= set(
        GROUP.findall(found)
    )
    assert "Résultats pour « refinancer » (vous avez cherché « refinancr »)." in page(
        client, q="refinancr"
    )
    nothing = page(client, q="xqzwv")
    assert "Aucun résultat pour « xqzwv »." in nothing
    assert (
        "Aucune page ne contient les mots « xqzwv ». Vérifiez l'orthographe, essayez un mot "
        "plus court ou plus courant." in nothing
    )
    suggestions = unescape(
        client.get(URL, {"q": "territoire"}, headers={"HX-Request": "true"}).content.decode()
    )
    assert re.search(
        r'data-announce="\d+ résultats, 5 suggestions : flèche bas pour les parcourir, Entrée '
        r'pour lancer la recherche\."',
        suggestions,
    )


def test_edited_texts_show_on_the_results_page_and_the_no_result_message(client, site_content):
    edit(
        results_title="Ce que nous avons trouvé",
        count_many="{nombre} pages parlent de « {recherche} ».",
        group_questions="FAQ",
        filter_label="Filtrer par type",
        pagination_label="Autres pages de résultats",
        no_result_count="Rien pour « {Recherche} ».",
        no_result_text="Essayez un autre mot que « {recherche} ».",
        no_result_title="Pas de chance",
        suggestions_many="{nombre} trouvés, {suggestions} proposés.",
    )
    found = page(client, q="territoire")
    assert '<h1 class="fr-mt-4w">Ce que nous avons trouvé</h1>' in found
    assert re.search(r"\d+ pages parlent de « territoire »\.", found)
    assert "FAQ" in GROUP.findall(found) and "Questions fréquentes" not in GROUP.findall(found)
    assert re.search(r">FAQ \(\d+\)</a>", found)
    assert 'aria-label="Filtrer par type"' in found
    assert 'aria-label="Autres pages de résultats"' in found
    assert "Résultats de la recherche" not in found

    nothing = page(client, q="xqzwv")
    assert "Rien pour « xqzwv »." in nothing
    assert "Essayez un autre mot que « xqzwv »." in nothing
    assert ">Pas de chance</h2>" in nothing
    assert "Aucun résultat" not in nothing

    suggestions = client.get(URL, {"q": "territoire"}, headers={"HX-Request": "true"})
    assert re.search(r'data-announce="\d+ trouvés, 5 proposés\."', suggestions.content.decode())


def test_edited_header_texts_show_at_once_on_every_page_without_a_query(client, site_content):
    page(client, "/")  # the header's texts are now cached
    with CaptureQueriesContext(connection) as queries:
        page(client, "/")
    assert not [q for q in queries.captured_queries if "searchtexts" in q["sql"].lower()]

    edit(header_label="Chercher dans le site", header_placeholder="Un mot, une offre…", button="Go")
    for path in ["/", "/offres-collectivites/", URL]:
        html = page(client, path)
        assert '<label class="fr-label" for="recherche-entete-champ">Chercher dans le site' in html
        assert 'placeholder="Un mot, une offre…"' in html
        assert ">Go</button>" in html
        assert "Recherche sur le site" not in html


@pytest.mark.parametrize(
    "hostile",
    ["{nombre", "{0}", "{}", "%s %(nombre)s", "{recherche}}{{", "{{nombre}}", "{inconnu}", ""],
)
def test_a_hostile_placeholder_never_breaks_the_search(client, site_content, hostile):
    edit(
        count_many=hostile,
        no_result_count=hostile,
        no_result_text=hostile,
        corrected=hostile,
        suggestions_many=hostile,
        page_number=hostile,
        tab_title=hostile,
        header_label=hostile,
    )
    for q in ["territoire", "xqzwv", "refinancr"]:
        assert client.get(URL, {"q": q}).status_code == 200
        assert client.get(URL, {"q": q}, headers={"HX-Request": "true"}).status_code == 200
    html = page(client, q="xqzwv")
    if hostile == "{inconnu}":
        assert "{inconnu}" in html  # shown as typed
    assert client.get("/").status_code == 200


def test_editors_may_change_the_search_texts():
    editors = Group.objects.get(name=EDITORS)
    change = Permission.objects.get(content_type__app_label="search", codename="change_searchtexts")
    assert change in editors.permissions.all()


def test_an_editor_changes_them_in_the_admin(client, site_content, django_user_model):
    from django.urls import reverse

    editor = django_user_model.objects.create_user("redactrice")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    url = reverse("wagtailsettings:edit", args=["search", "searchtexts"])
    form = client.get(url, follow=True)
    assert form.status_code == 200
    url = form.redirect_chain[-1][0] if form.redirect_chain else url
    assert "Textes de la recherche" in unescape(form.content.decode())
    data = {f.name: getattr(SearchTexts.load(), f.name) for f in SearchTexts._meta.fields[1:]}
    data["header_placeholder"] = "Que cherchez-vous ?"
    assert client.post(url, data).status_code == 302
    assert 'placeholder="Que cherchez-vous ?"' in page(client, "/")
