"""What a link to any page shows when it is shared, its canonical address, and the sitemap."""

import io
import re
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from pages.models import FaqEntryPage, HomePage, SiteSettings
from tests import production_server


class HeadTags(HTMLParser):
    """The <meta property|name> and <link rel=canonical> of a page's head."""

    def __init__(self, html: str):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.canonical: list[str] = []
        self.title = ""
        self._in_title = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (key := attrs.get("property") or attrs.get("name")):
            self.meta[key] = attrs.get("content", "")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def fetch(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=20) as response:
        return response.status, response.headers["Content-Type"], response.read()


def assert_shareable(html: str, canonical: str, title: str) -> HeadTags:
    head = HeadTags(html)
    assert head.canonical == [canonical]
    assert head.meta["og:url"] == canonical
    assert head.meta["og:title"] == head.meta["twitter:title"] == title
    assert head.meta["og:site_name"] == "Incubateur des Territoires"
    assert head.meta["og:type"] == "website" and head.meta["og:locale"] == "fr_FR"
    assert head.meta["og:description"].strip()
    assert head.meta["twitter:description"] == head.meta["og:description"]
    assert head.meta["twitter:card"] == "summary_large_image"
    assert head.meta["og:image"] == head.meta["twitter:image"]
    assert head.meta["og:image"].startswith(canonical.split("/", 3)[0] + "//")
    return head


def served_pages():
    """Every live page a visitor can open; a FAQ question redirects to its parent's anchor."""
    return [
        page
        for page in Page.objects.live().public().filter(depth__gt=1).specific()
        if not isinstance(page, FaqEntryPage)
    ]


@pytest.fixture
def site_at_live_address(live_site):
    """The production server, its address set in Paramètres › Sites as an administrator
    would for the public one."""
    address = urlsplit(live_site.url)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = address.hostname, address.port
    site.save()  # empties this process's cache of site roots; the server's is in Redis
    production_server.flush_cache()
    return live_site


def test_every_page_type_is_shareable_from_the_production_server(site_at_live_address):
    """Through HTTP on the production settings: each page's head names its public address,
    its title and description, and an image this server serves itself."""
    pages = served_pages()
    assert {type(page).__name__ for page in pages} >= {
        "HomePage",
        "OffersIndexPage",
        "OfferPage",
        "AnctOfferPage",
        "StandardPage",
        "SitePlanPage",
        "StoreIndexPage",
        "StoreItemPage",
    }
    images = set()
    for page in pages:
        url = page.get_full_url()
        assert url.startswith(site_at_live_address.url + "/")
        status, _, body = fetch(url)
        assert status == 200
        head = assert_shareable(body.decode(), url, page.get_share_title())
        images.add(head.meta["og:image"])
    # No page of the initial content has its own image: all show the default, served here.
    [image] = images
    status, content_type, body = fetch(image)
    assert status == 200 and content_type == "image/png"
    assert PillowImage.open(io.BytesIO(body)).size == (1200, 630)


def test_views_that_are_not_pages_are_shareable(site_at_live_address):
    live_site = site_at_live_address
    offer = Page.objects.get(slug="offres-collectivites").get_children().live().first()
    for path, title in [
        ("/contact/", "Être recontacté"),
        (f"{offer.url}exemples/", f"Exemples : {offer.title}"),
    ]:
        status, _, body = fetch(f"{live_site.url}{path}?offre=x")
        assert status == 200
        # The query string is not part of the canonical address.
        assert_shareable(body.decode(), live_site.url + path, title)


def test_the_catalogue_keeps_its_filters_in_its_canonical_address(client, site_content):
    html = client.get("/territoires-store/?q=logement&utm_source=x").content.decode()
    root = Site.objects.get(is_default_site=True).root_url
    assert HeadTags(html).canonical == [f"{root}/territoires-store/?q=logement"]


def test_the_home_page_shares_its_hero_title(client, site_content):
    home = HomePage.objects.get()
    head = HeadTags(client.get("/").content.decode())
    assert head.meta["og:title"] == home.hero_title
    assert head.meta["og:description"] == home.hero_text


def make_image(title: str):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1600, 1000), "#000091").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


def test_the_settings_image_then_the_page_image_replace_the_default(client, site_content):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.share_image = make_image("partage")
    settings.share_image_alt = "Une équipe autour d'une carte de France"
    settings.save()
    head = HeadTags(client.get("/mentions-legales/").content.decode())
    image = head.meta["og:image"]
    assert image.startswith(settings.site.root_url + "/")
    assert re.search(r"/partage\.[^/]*fill-1200x630[^/]*\.png$", image)
    assert head.meta["og:image:width"] == "1200" and head.meta["og:image:height"] == "630"
    assert head.meta["og:image:alt"] == head.meta["twitter:image:alt"] == settings.share_image_alt

    home = HomePage.objects.get()
    home.hero_image = make_image("accroche")
    home.save_revision().publish()
    head = HeadTags(client.get("/").content.decode())
    assert "/accroche." in head.meta["og:image"] and "fill-1200x630" in head.meta["og:image"]
    assert "og:image:alt" not in head.meta  # the hero image is decorative


def test_the_site_name_comes_from_the_settings(client, site_content):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.site_name = "Incubateur des Territoires (ANCT)"
    settings.save()
    head = HeadTags(client.get("/accessibilite/").content.decode())
    assert head.title.endswith("— Incubateur des Territoires (ANCT)")
    assert head.meta["og:site_name"] == "Incubateur des Territoires (ANCT)"


def test_error_pages_share_nothing(client, site_content):
    response = client.get("/nulle-part/")
    assert response.status_code == 404
    assert "og:" not in response.content.decode()


@pytest.mark.parametrize(("with_image", "budget"), [(False, 8), (True, 10)])
def test_a_page_query_budget_with_and_without_a_share_image(
    client, site_content, django_assert_max_num_queries, with_image, budget
):
    """Without an image the tags cost no query (the settings and the site are read for the
    header already); the settings' image costs its row and its rendition."""
    if with_image:
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.share_image = make_image("partage")
        settings.save()
    client.get("/mentions-legales/")  # warm Wagtail's site root cache; make the rendition
    with django_assert_max_num_queries(budget):
        assert client.get("/mentions-legales/").status_code == 200


def test_the_sitemap_lists_every_live_page(client, site_content):
    """Every page a visitor can open, of every type, at its public address; a FAQ question
    is listed through its parent's page, where it lives."""
    body = client.get("/sitemap.xml").content
    listed = re.findall(r"<loc>([^<]*)</loc>", body.decode())
    expected = [page.get_full_url() for page in served_pages()]
    assert sorted(listed) == sorted(expected)
    assert len(listed) == len(set(listed))

    draft = Page.objects.get(slug="mentions-legales")
    draft.specific.unpublish()
    body = client.get("/sitemap.xml").content.decode()
    assert draft.get_full_url() not in body
