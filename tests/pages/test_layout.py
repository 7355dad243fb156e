"""Every page wears the State website's layout: what a visitor and a checklist look for."""

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.test import Client

from tests.helpers import page_outline

MANDATORY_PAGES = [
    "/mentions-legales/",
    "/accessibilite/",
    "/donnees-personnelles/",
    "/plan-du-site/",
]
FOOTER_LINKS = {
    "Plan du site": "/plan-du-site/",
    "Accessibilité : non conforme": "/accessibilite/",
    "Mentions légales": "/mentions-legales/",
    "Données personnelles": "/donnees-personnelles/",
    "Gestion des cookies": "/donnees-personnelles/#cookies",
}
INSTITUTIONAL_LINKS = [
    "info.gouv.fr",
    "service-public.gouv.fr",
    "legifrance.gouv.fr",
    "data.gouv.fr",
]


@pytest.mark.parametrize("url", ["/", *MANDATORY_PAGES])
def test_each_page_has_the_state_layout(client, site_content, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    outline = page_outline(html)
    assert outline.lang == "fr"
    assert outline.h1 == 1
    assert outline.title.endswith("— Incubateur des Territoires")
    assert 'href="#contenu"' in html and 'id="contenu"' in html
    assert 'href="#pied-de-page"' in html and 'id="pied-de-page"' in html
    assert "République<br>française" in html
    assert "Agence nationale de la cohésion des territoires" in html
    assert "licence etalab-2.0" in html
    for label, href in FOOTER_LINKS.items():
        assert f'href="{href}">{label}</a>' in html, label
    for domain in INSTITUTIONAL_LINKS:
        assert f">{domain}</a>" in html


def test_titles_are_unique(client, site_content):
    titles = [
        page_outline(client.get(url).content.decode()).title for url in ["/", *MANDATORY_PAGES]
    ]
    assert len(set(titles)) == len(titles), titles


def test_inner_pages_show_breadcrumbs_home_does_not(client, site_content):
    inner = client.get("/mentions-legales/").content.decode()
    assert 'class="fr-breadcrumb"' in inner
    assert 'aria-current="page">Mentions légales</a>' in inner
    assert 'class="fr-breadcrumb"' not in client.get("/").content.decode()


def test_site_plan_lists_the_live_pages(client, site_content):
    from wagtail.models import Page

    draft = Page.objects.get(slug="mentions-legales")
    draft.unpublish()
    html = client.get("/plan-du-site/").content.decode()
    assert 'href="/accessibilite/">Déclaration d&#x27;accessibilité</a>' in html
    assert 'href="/donnees-personnelles/"' in html
    assert 'href="/mentions-legales/"' not in html.split('id="pied-de-page"')[0]


def test_main_menu_lists_pages_marked_for_menus(client, site_content):
    from wagtail.models import Page

    Page.objects.filter(slug="accessibilite").update(show_in_menus=True)
    html = client.get("/").content.decode()
    menu = html.split('id="navigation-principale"')[1].split("</nav>")[0]
    assert ">Accueil</a>" in menu
    assert 'href="/accessibilite/"' in menu
    assert "Mentions légales" not in menu


def test_unknown_page_is_a_404_in_the_site_layout(client, site_content):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    outline = page_outline(html)
    assert outline.lang == "fr" and outline.h1 == 1
    assert "Page non trouvée" in outline.title
    assert 'id="pied-de-page"' in html


@pytest.mark.parametrize(
    "body,content_type",
    [
        (b"name=\xe9t\xe9&email=a@b.fr", "application/x-www-form-urlencoded; charset=latin-1"),
        ("&".join(f"f{i}=x" for i in range(1500)).encode(), "application/x-www-form-urlencoded"),
    ],
    ids=["latin-1", "too-many-fields"],
)
def test_an_unreadable_post_is_a_400_in_the_site_layout(site_content, body, content_type):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.get("/contact/")  # a visitor who opened the form has the CSRF cookie
    response = client.generic("POST", "/contact/", body, content_type=content_type)
    assert response.status_code == 400
    html = response.content.decode()
    assert page_outline(html).h1 == 1 and "Votre demande n’a pas pu être lue" in html
    assert 'id="pied-de-page"' in html


def test_editor_settings_change_header_and_footer(client, site_content):
    from pages.models import SiteSettings

    settings = SiteSettings.objects.get()
    settings.footer_description = "Un texte de pied de page <b>modifié</b>"
    settings.accessibility_status = "partiellement"
    settings.save()
    html = client.get("/").content.decode()
    assert "Un texte de pied de page &lt;b&gt;modifié&lt;/b&gt;" in html
    assert "Accessibilité : partiellement conforme" in html


def test_home_page_query_budget(client, site_content, django_assert_max_num_queries):
    client.get("/")  # warm Wagtail's site root cache, as any running server has
    with django_assert_max_num_queries(8):
        assert client.get("/").status_code == 200


@pytest.mark.parametrize(
    ("failure", "status", "title"),
    [
        (ValueError("a bug"), 500, "Erreur inattendue"),
        (OperationalError("no answer"), 503, "Service momentanément indisponible"),
    ],
)
def test_error_pages_need_no_database(rf, db, django_assert_num_queries, failure, status, title):
    """The 500 and 503 pages render in the site's layout even when the database failed."""
    from pages.views import server_error

    try:
        raise failure
    except Exception:
        with django_assert_num_queries(0):
            response = server_error(rf.get("/"))
    assert response.status_code == status
    html = response.content.decode()
    outline = page_outline(html)
    assert outline.lang == "fr" and outline.h1 == 1
    assert title in outline.title
    assert "République<br>française" in html and 'id="pied-de-page"' in html
    assert ("Retry-After" in response) == (status == 503)


def test_a_refused_access_is_a_403_in_the_site_layout(rf, site_content):
    from django.views.defaults import permission_denied

    response = permission_denied(rf.get("/documents/1/note.pdf"), PermissionDenied())
    assert response.status_code == 403
    html = response.content.decode()
    assert page_outline(html).h1 == 1 and "Accès refusé" in html
    assert 'id="pied-de-page"' in html


def test_pages_are_served_with_a_strict_content_security_policy(client, site_content):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    html = response.content.decode()
    # Every script is a file of this site, which the policy allows without exception.
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts and all('src="/static/' in tag for tag in scripts), scripts
