"""Building catalogues for the store tests: the real one, or one made of many services."""

import io
import re
from html import unescape

import pytest
from django.utils.text import slugify
from PIL import Image as PILImage

from store.models import StoreIndexPage, StoreItemPage, Thematique

CARD_TITLE = re.compile(r'class="fr-card__title"><a href="[^"]*">(.*?)</a>')


def card_titles(html: str) -> list[str]:
    """The service names on the cards of a catalogue page or fragment, in order."""
    return [unescape(title) for title in CARD_TITLE.findall(html)]


def titles_of(queryset) -> list[str]:
    return sorted(queryset.values_list("title", flat=True))


@pytest.fixture
def catalogue(site_content) -> StoreIndexPage:
    """The real catalogue, showing every service of the initial content on its first page."""
    StoreIndexPage.objects.update(page_size=60)
    return StoreIndexPage.objects.get(slug="territoires-store")


@pytest.fixture
def editor_client(client, site_content):
    """A client logged in as a member of « Éditeurs »."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("redaction", "redaction@anct.gouv.fr", "x" * 16)
    user.groups.add(Group.objects.get(name="Éditeurs"))
    client.force_login(user)
    return client


@pytest.fixture
def twelve_per_page(catalogue) -> StoreIndexPage:
    """The real catalogue paged by twelve, as it is by default."""
    StoreIndexPage.objects.update(page_size=12)
    catalogue.refresh_from_db()
    return catalogue


def make_logo(name: str):
    from django.core.files.images import ImageFile
    from wagtail.images.models import Image

    buffer = io.BytesIO()
    PILImage.new("RGB", (240, 120), (0, 0, 145)).save(buffer, "PNG")
    return Image.objects.create(title=name, file=ImageFile(buffer, name=f"{slugify(name)}.png"))


def add_service(
    index: StoreIndexPage,
    title: str,
    *,
    thematiques=(),
    echelons=(),
    description: str = "",
    pitch: str = "",
    logo=None,
    **fields,
) -> StoreItemPage:
    fields.setdefault("slug", slugify(title))
    fields.setdefault("phase", "construction")
    page = StoreItemPage(
        title=title,
        pitch=pitch or f"{title}, un service utile aux collectivités.",
        purpose="Rendre un service aux habitants",
        description=description,
        echelons=list(echelons),
        builder="Une équipe de test",
        logo=logo,
        **fields,
    )
    page.thematiques = list(thematiques)
    index.add_child(instance=page)
    return page


def add_many_services(
    index: StoreIndexPage,
    count: int,
    *,
    start: int = 0,
    with_logos: bool = True,
    thematique_slug: str = "",
) -> None:
    """`count` services with two thématiques each (and `thematique_slug`), logos, échelons."""
    thematiques = list(Thematique.objects.order_by("sort_order"))
    extra = [t for t in thematiques if t.slug == thematique_slug]
    for number in range(start, start + count):
        chosen = thematiques[number % 3 : number % 3 + 2]
        add_service(
            index,
            f"Service numéro {number:03d}",
            thematiques=chosen + [t for t in extra if t not in chosen],
            echelons=["commune", "region"] if number % 2 else ["departement"],
            description=f"Un service de démonstration, le numéro {number}.",
            logo=make_logo(f"Logo {number}") if with_logos else None,
        )
