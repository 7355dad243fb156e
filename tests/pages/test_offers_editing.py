"""Communications staff of the « Éditeurs » group edit, preview and publish the offers, the
examples, the phases and the FAQ through the admin, without superuser rights."""

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from pages.groups import EDITORS
from pages.models import AnctOfferPage, Example, FaqEntryPage, OfferPage, OffersIndexPage
from tests.pages.offers_helpers import nth_offer


class _Forms(HTMLParser):
    """The fields of every form of an admin page, as a browser would send them."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self.current: dict | None = None
        self.textarea: str | None = None
        self.select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = {"fields": [], "action": attrs.get("action", "")}
            self.forms.append(self.current)
        if self.current is None or "name" not in attrs and tag != "option":
            return
        fields = self.current["fields"]
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file", "image"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            fields.append([attrs["name"], attrs.get("value", "on" if kind == "checkbox" else "")])
        elif tag == "textarea":
            self.textarea = attrs["name"]
            fields.append([self.textarea, ""])
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            fields.append([self.select, attrs.get("value", "")])

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea and self.current is not None:
            self.current["fields"][-1][1] += data


def edit_form(html: str) -> dict[str, list[str]]:
    """The admin's edit form (the one with a title field), as a dict of value lists."""
    parser = _Forms()
    parser.feed(html)
    for form in parser.forms:
        names = [name for name, _ in form["fields"]]
        if "title" in names:
            data: dict[str, list[str]] = {}
            for name, value in form["fields"]:
                data.setdefault(name, []).append(value.removeprefix("\n"))
            return data
    raise AssertionError("no edit form with a title field")


def with_phases(data: dict, page: AnctOfferPage, order=lambda index, count: index) -> dict:
    """The phases as the admin's block editor (a script) posts them, in a chosen order."""
    data = {key: value for key, value in data.items() if not key.startswith("phases-")}
    phases = list(page.phases)
    data["phases-count"] = [str(len(phases))]
    for index, block in enumerate(phases):
        prefix = f"phases-{index}"
        data[f"{prefix}-type"] = ["phase"]
        data[f"{prefix}-id"] = [block.id]
        data[f"{prefix}-deleted"] = [""]
        data[f"{prefix}-order"] = [str(order(index, len(phases)))]
        for name in ("name", "duration", "description"):
            data[f"{prefix}-value-{name}"] = [block.value[name]]
    return data


@pytest.fixture
def editor_client(client, site_content):
    editor = get_user_model().objects.create_user(
        "camille-com", "camille@anct.gouv.fr", "un-mot-de-passe-long"
    )
    editor.groups.add(Group.objects.get(name=EDITORS))
    assert not editor.is_superuser
    client.force_login(editor)
    return client


def test_an_editor_changes_an_offer_title_publishes_it_and_the_public_sees_it(editor_client):
    offer = nth_offer(1)
    url = f"/admin/pages/{offer.pk}/edit/"
    data = edit_form(editor_client.get(url).content.decode())
    assert data["title"] == ["chercher et tester une solution face à un problème"]
    data["title"] = ["Chercher, tester, trouver une solution"]
    data["action-publish"] = ["action-publish"]
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    editor_client.logout()
    public = editor_client.get("/offres-collectivites/chercher-et-tester-une-solution/")
    assert "Chercher, tester, trouver une solution" in public.content.decode()
    index = editor_client.get("/offres-collectivites/").content.decode()
    assert "Chercher, tester, trouver une solution" in index


def test_an_editor_adds_a_faq_entry_and_reorders_the_phases(editor_client):
    anct = AnctOfferPage.objects.get()
    add_url = f"/admin/pages/add/pages/faqentrypage/{anct.pk}/"
    data = edit_form(editor_client.get(add_url).content.decode())
    data.update(
        title=["Qui peut proposer un problème ?"],
        slug=["qui-peut-proposer-un-probleme"],
        answer=["Tout **agent** de l'ANCT."],
        **{"action-publish": ["action-publish"]},
    )
    assert editor_client.post(add_url, data).status_code == 302
    assert FaqEntryPage.objects.get(slug="qui-peut-proposer-un-probleme").live

    url = f"/admin/pages/{anct.pk}/edit/"
    data = edit_form(editor_client.get(url).content.decode())
    # Drag the last phase first: each block's order moves by one.
    data = with_phases(data, anct, lambda index, count: (index + 1) % count)
    data["action-publish"] = ["action-publish"]
    assert editor_client.post(url, data).status_code == 302
    phases = [block.value["name"] for block in AnctOfferPage.objects.get().phases]
    assert phases[0] == "une phase de consolidation"

    editor_client.logout()
    html = editor_client.get("/offre-anct/").content.decode()
    assert "Qui peut proposer un problème ?" in html
    assert html.index("une phase de consolidation") < html.index("une phase d’investigation")


def test_an_editor_creates_previews_and_publishes_an_example(editor_client):
    offer = nth_offer(2)
    add_url = "/admin/snippets/pages/example/add/"
    data = edit_form(editor_client.get(add_url).content.decode())
    data.update(
        title=["Un exemple tout neuf"],
        collectivite=["Commune de Test-sur-Loire"],
        problem=["Un problème concret des habitants."],
        result=["Un service utile."],
        offers=[str(offer.pk)],
    )
    preview = editor_client.post(add_url.replace("add/", "preview/"), data)
    assert preview.status_code == 200 and preview.json()["is_valid"]
    shown = editor_client.get(add_url.replace("add/", "preview/")).content.decode()
    assert "Un exemple tout neuf" in shown and "Commune de Test-sur-Loire" in shown

    response = editor_client.post(add_url, data)  # saved as a draft
    assert response.status_code == 302
    example = Example.objects.get(title="Un exemple tout neuf")
    assert not example.live
    assert "Un exemple tout neuf" not in editor_client.get(offer.url + "exemples/").content.decode()

    edit_url = f"/admin/snippets/pages/example/edit/{example.pk}/"
    data = edit_form(editor_client.get(edit_url).content.decode())
    data["action-publish"] = ["action-publish"]
    assert editor_client.post(edit_url, data).status_code == 302
    assert "Un exemple tout neuf" in editor_client.get(offer.url + "exemples/").content.decode()


@pytest.mark.parametrize("model", [OffersIndexPage, OfferPage, AnctOfferPage, FaqEntryPage])
def test_an_editor_previews_every_page_type(editor_client, model):
    page = model.objects.order_by("path").first()
    url = f"/admin/pages/{page.pk}/edit/preview/"
    data = edit_form(editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode())
    data["title"] = ["Titre en aperçu"]
    if model is AnctOfferPage:
        data = with_phases(data, page)
    response = editor_client.post(url, data)
    assert response.status_code == 200 and response.json()["is_valid"]
    shown = editor_client.get(url)
    assert shown.status_code == 200
    assert "Titre en aperçu" in shown.content.decode()


def test_the_editors_group_holds_the_example_permissions(site_content):
    codenames = set(
        Group.objects.get(name=EDITORS)
        .permissions.filter(content_type__app_label="pages")
        .values_list("codename", flat=True)
    )
    assert {
        "add_example",
        "change_example",
        "delete_example",
        "publish_example",
        "lock_example",
        "unlock_example",
    } <= codenames


def test_an_editor_drags_an_example_to_the_top_and_the_public_order_follows(editor_client):
    histologe = Example.objects.get(title="Histologe")
    response = editor_client.post(
        f"/admin/snippets/pages/example/reorder/{histologe.pk}/?position=0"
    )
    assert response.status_code == 200
    html = editor_client.get(
        "/offres-collectivites/developper-un-service-public-numerique/exemples/"
    ).content.decode()
    assert html.index("Histologe") < html.index("RDV-Solidarités")
