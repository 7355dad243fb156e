"""What the search keeps in the database: the synonyms editors write, one document per
searchable page, and the vocabulary of those documents (to correct typing mistakes)."""

from django.contrib.postgres.search import SearchVectorField
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from pages.placeholders import fill

from .text import NON_WORD, normalise_text

SYNONYM_ERROR = (
    "Séparez les mots par des virgules ; chaque synonyme est un seul mot (« vélo », pas "
    "« piste cyclable ») : « {entry} » en contient plusieurs."
)


class SynonymGroup(models.Model):
    """Words that mean the same thing to a visitor: searching for one finds the others."""

    words = models.CharField(
        "Mots équivalents",
        max_length=500,
        help_text="Des mots qui veulent dire la même chose pour quelqu'un qui cherche, séparés "
        "par des virgules, par exemple « mobilité, transport, déplacement ». Chercher l'un de "
        "ces mots trouve aussi les pages qui contiennent un des autres. Un mot par synonyme ; "
        "majuscules et accents sont sans importance.",
    )

    panels = [FieldPanel("words")]

    class Meta:
        verbose_name = "Synonymes"
        verbose_name_plural = "Synonymes de la recherche"
        ordering = ["words"]

    def __str__(self) -> str:
        return self.words

    def entries(self) -> list[str]:
        return [entry.strip() for entry in self.words.split(",") if entry.strip()]

    def normalised_words(self) -> list[str]:
        return [normalise_text(entry) for entry in self.entries()]

    def clean(self):
        super().clean()
        for entry in self.entries():
            if len(NON_WORD.sub(" ", entry).split()) != 1:
                raise ValidationError({"words": SYNONYM_ERROR.format(entry=entry)})
        self.words = ", ".join(self.entries())


class SearchDocument(models.Model):
    """The searchable text of one page, rewritten each time the page is saved."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="search_document",
    )
    # Normalised words between spaces (« ␣registre␣de␣covoiturage␣ »): SQLite finds a word
    # or its beginning with LIKE '%␣word%'.
    text = models.TextField(default="")
    heading = models.TextField(default="")  # the same, for the weight A fields (the title)
    # The other fields as a visitor reads them (accents kept, no markup): the excerpts of the
    # site-wide search's results.
    body = models.TextField(default="")
    # PostgreSQL only (NULL on SQLite): the French full-text vector, title weighted first.
    vector = SearchVectorField(null=True)

    class Meta:
        verbose_name = "Document de recherche"
        verbose_name_plural = "Documents de recherche"

    def __str__(self) -> str:
        return self.text[:80]


class SearchWord(models.Model):
    """A word met in a document or a synonym, to suggest when a visitor mistypes it."""

    word = models.CharField(max_length=100, unique=True)  # normalised: « mobilite »
    label = models.CharField(max_length=100)  # as written: « mobilité »

    class Meta:
        verbose_name = "Mot connu de la recherche"
        verbose_name_plural = "Mots connus de la recherche"

    def __str__(self) -> str:
        return self.label


def _text(label: str, default: str, help_text: str, max_length: int = 300):
    return models.CharField(label, max_length=max_length, default=default, help_text=help_text)


PLACEHOLDERS_HELP = " Entre accolades, {recherche} est remplacé par les mots cherchés"


@register_setting(icon="search")
class SearchTexts(BaseGenericSetting):
    """Every text a visitor reads in the site-wide search (the header's field, /recherche/ and
    the suggestions under the field), which « Éditeurs » change without a developer."""

    header_label = _text(
        "Nom du champ de recherche",
        "Recherche sur le site",
        "Ce que le lecteur d'écran annonce pour le champ de recherche de l'en-tête, sur toutes "
        "les pages.",
    )
    header_placeholder = _text(
        "Texte grisé dans le champ",
        "Rechercher",
        "Le texte affiché dans le champ de recherche tant que rien n'est saisi.",
    )
    button = _text(
        "Bouton de recherche",
        "Rechercher",
        "Le bouton qui lance la recherche, dans l'en-tête et sur la page des résultats.",
    )
    header_hint = _text(
        "Consigne du champ pour les lecteurs d'écran",
        "Des suggestions apparaissent sous le champ pendant la saisie.",
        "Lue par le lecteur d'écran en arrivant sur le champ de l'en-tête.",
    )
    page_title = _text(
        "Titre de la page de recherche",
        "Rechercher sur le site",
        "Le titre de la page /recherche/ quand rien n'a encore été cherché.",
    )
    results_title = _text(
        "Titre de la page des résultats",
        "Résultats de la recherche",
        "Le grand titre de la page quand des mots ont été cherchés.",
    )
    tab_title = _text(
        "Titre de l'onglet des résultats",
        "Recherche « {recherche} »",
        "Le titre de l'onglet du navigateur (et des favoris)." + PLACEHOLDERS_HELP + ".",
    )
    page_field_label = _text(
        "Nom du champ de la page des résultats",
        "Mots à chercher",
        "Le libellé du champ qui permet de chercher à nouveau sur la page des résultats.",
    )
    page_form_label = _text(
        "Nom du formulaire de la page des résultats",
        "Nouvelle recherche",
        "Ce que le lecteur d'écran annonce pour le formulaire de recherche de la page des "
        "résultats.",
    )
    page_number = _text(
        "Numéro de page des résultats",
        "Page {numéro} sur {total}.",
        "Après le nombre de résultats, quand ils tiennent sur plusieurs pages : {numéro} est "
        "remplacé par le numéro de la page, {total} par le nombre de pages.",
    )
    count_one = _text(
        "Nombre de résultats : un seul",
        "1 résultat.",
        "La phrase sous le titre quand un seul résultat est trouvé." + PLACEHOLDERS_HELP + ".",
    )
    count_many = _text(
        "Nombre de résultats : plusieurs",
        "{nombre} résultats.",
        "La phrase sous le titre quand plusieurs résultats sont trouvés : {nombre} est remplacé "
        "par leur nombre, {recherche} par les mots cherchés.",
    )
    corrected = _text(
        "Recherche corrigée",
        "Résultats pour « {correction} » (vous avez cherché « {recherche} »).",
        "Quand les mots tapés contiennent une faute de frappe et que le site cherche un mot "
        "proche : {correction} est remplacé par les mots cherchés à la place, {recherche} par "
        "les mots tapés.",
    )
    no_result_count = _text(
        "Aucun résultat : phrase sous le titre",
        "Aucun résultat pour « {recherche} ».",
        "La phrase sous le titre quand rien n'est trouvé." + PLACEHOLDERS_HELP + ".",
    )
    no_result_title = _text(
        "Aucun résultat : titre de l'encadré",
        "Aucun résultat",
        "Le titre de l'encadré affiché quand rien n'est trouvé.",
    )
    no_result_text = models.TextField(
        "Aucun résultat : message et conseils",
        default="Aucune page ne contient les mots « {recherche} ». Vérifiez l'orthographe, "
        "essayez un mot plus court ou plus courant.",
        help_text="Le texte de l'encadré quand rien n'est trouvé." + PLACEHOLDERS_HELP + ".",
    )
    close_words = _text(
        "Aucun résultat : mots proches",
        "Des mots proches présents sur le site :",
        "Introduit la liste des mots du site qui ressemblent aux mots cherchés.",
    )
    no_words = _text(
        "Aucun mot à chercher",
        "Saisissez au moins un mot à chercher : les mots trop courants (« de », « la »…) ne "
        "sont pas cherchés.",
        "Quand la recherche ne contient que des mots trop courants.",
    )
    empty_page = _text(
        "Page de recherche vide",
        "Saisissez un ou plusieurs mots : les offres, les questions fréquentes, les services du "
        "Territoires Store et les autres pages du site sont cherchés.",
        "Le texte de la page /recherche/ avant toute recherche.",
    )
    filter_label = _text(
        "Filtre par type : nom",
        "Types de résultats",
        "Ce que le lecteur d'écran annonce pour la liste des types de résultats.",
    )
    filter_all = _text(
        "Filtre par type : tous",
        "Tous les types",
        "L'étiquette qui montre tous les résultats, suivie de leur nombre.",
    )
    group_offers = _text("Groupe : offres", "Offres", "Le titre des résultats qui sont des offres.")
    group_questions = _text(
        "Groupe : questions",
        "Questions fréquentes",
        "Le titre des résultats qui sont des questions de la foire aux questions.",
    )
    group_services = _text(
        "Groupe : services",
        "Services du Territoires Store",
        "Le titre des résultats qui sont des services du Territoires Store.",
    )
    group_pages = _text("Groupe : autres pages", "Pages", "Le titre des autres pages trouvées.")
    pagination_label = _text(
        "Pagination : nom",
        "Pagination des résultats",
        "Ce que le lecteur d'écran annonce pour les numéros de pages des résultats.",
    )
    suggestions_list = _text(
        "Suggestions : nom de la liste",
        "Suggestions",
        "Ce que le lecteur d'écran annonce pour la liste des suggestions sous le champ.",
    )
    suggestions_none = _text(
        "Suggestions : annonce sans résultat",
        "Aucune suggestion : flèche bas pour les parcourir, Entrée pour lancer la recherche.",
        "Ce que le lecteur d'écran annonce quand rien ne correspond à la saisie.",
    )
    suggestions_one = _text(
        "Suggestions : annonce d'un résultat",
        "1 résultat : flèche bas pour les parcourir, Entrée pour lancer la recherche.",
        "Ce que le lecteur d'écran annonce quand un seul résultat correspond à la saisie.",
    )
    suggestions_many = _text(
        "Suggestions : annonce de plusieurs résultats",
        "{nombre} résultats, {suggestions} suggestions : flèche bas pour les parcourir, Entrée "
        "pour lancer la recherche.",
        "Ce que le lecteur d'écran annonce pendant la saisie : {nombre} est remplacé par le "
        "nombre de résultats, {suggestions} par le nombre de suggestions affichées.",
    )
    suggestions_empty = _text(
        "Suggestions : aucune",
        "Aucune suggestion pour « {recherche} ».",
        "Affiché sous le champ quand rien ne correspond." + PLACEHOLDERS_HELP + ".",
    )
    suggestions_all = _text(
        "Suggestions : lien vers tous les résultats",
        "Voir les {nombre} résultats",
        "Le lien sous les suggestions : {nombre} est remplacé par le nombre de résultats.",
    )
    suggestions_all_one = _text(
        "Suggestions : lien vers le seul résultat",
        "Voir le résultat",
        "Le lien sous les suggestions quand un seul résultat est trouvé.",
    )
    suggestions_search = _text(
        "Suggestions : lancer la recherche",
        "Lancer la recherche",
        "Le lien sous le champ quand aucune suggestion n'est trouvée.",
    )

    class Meta:
        verbose_name = "Textes de la recherche"
        verbose_name_plural = "Textes de la recherche"

    GROUPS = {
        "Offres": "group_offers",
        "Questions fréquentes": "group_questions",
        "Services du Territoires Store": "group_services",
        "Pages": "group_pages",
    }

    def group_name(self, name: str) -> str:
        """The heading editors chose for the group registered as `name`."""
        field = self.GROUPS.get(name)
        return (getattr(self, field) if field else "") or name

    def fill(self, field: str, **values) -> str:
        """The text of `field` with its placeholders replaced; a typo is shown as typed."""
        return fill(getattr(self, field), **values)


HEADER_CACHE_KEY = "search:header-texts"
HEADER_FIELDS = ("header_label", "header_placeholder", "button", "header_hint")


def search_texts(request) -> SearchTexts:
    """The search's texts, read once per request; their defaults without a request (the 500
    page must not touch a database that may be down)."""
    if request is None:
        return SearchTexts()
    return SearchTexts.load(request_or_site=request)


def header_texts(request) -> dict[str, str]:
    """The few texts of the header's search field, which is on every page: from the cache
    (emptied when editors save the texts), so that a page costs no extra query for them."""
    if request is None:
        texts = SearchTexts()
    elif hasattr(request, SearchTexts.get_cache_attr_name()):  # /recherche/ read them already
        texts = search_texts(request)
    else:
        cached = cache.get(HEADER_CACHE_KEY)
        if isinstance(cached, dict) and set(cached) == set(HEADER_FIELDS):
            return cached
        texts = search_texts(request)
        cache.set(HEADER_CACHE_KEY, {name: getattr(texts, name) for name in HEADER_FIELDS})
    return {name: getattr(texts, name) for name in HEADER_FIELDS}


@receiver(post_save, sender=SearchTexts)
@receiver(post_delete, sender=SearchTexts)
def forget_header_texts(**kwargs) -> None:
    cache.delete(HEADER_CACHE_KEY)
