"""What the search keeps in the database: the synonyms editors write, one document per
searchable page, and the vocabulary of those documents (to correct typing mistakes)."""

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel

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
