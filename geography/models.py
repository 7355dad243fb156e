"""The Code officiel géographique: communes, EPCI, départements and régions, read-only
reference data loaded by `manage.py load_geography` (see loader.py)."""

from django.db import models

from search.text import normalise_text

KINDS = [
    ("commune", "Commune"),
    ("epci", "Intercommunalité (EPCI)"),
    ("departement", "Département"),
    ("region", "Région"),
]


class Collectivite(models.Model):
    """One collectivité, identified by its kind and official code: INSEE code for a commune,
    a département or a région, SIREN for an EPCI."""

    kind = models.CharField("Type", max_length=12, choices=KINDS)
    code = models.CharField("Code officiel", max_length=9)
    name = models.CharField("Nom", max_length=200)
    # The name without accents nor capitals, for the admin's search (« lievin » finds Liévin).
    search_name = models.CharField(max_length=200, editable=False, db_index=True)
    departement = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    region = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    epci = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="communes"
    )
    # Every département the collectivité lies in or covers: its own for a commune, one or
    # more for an EPCI, itself for a département, all of its own for a région. The
    # catalogue's « près de chez moi » filter is one join through this.
    departements = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="covered_by"
    )

    class Meta:
        verbose_name = "Collectivité"
        verbose_name_plural = "Collectivités"
        ordering = ["search_name", "code"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "code"], name="collectivite_kind_code")
        ]

    def __str__(self) -> str:
        if self.kind == "commune":
            return f"{self.name} ({self.departement_code})"
        if self.kind == "departement":
            return f"{self.name} ({self.code})"
        return f"{self.name} ({'EPCI' if self.kind == 'epci' else 'région'})"

    def save(self, *args, **kwargs):
        self.search_name = normalise_text(self.name)
        super().save(*args, **kwargs)

    @property
    def key(self) -> str:
        """`kind:code`, how exports and the initial content name a collectivité."""
        return f"{self.kind}:{self.code}"

    @property
    def slug(self) -> str:
        """`departement-62`, how the catalogue's address names a département or a région."""
        return f"{self.kind}-{self.code}"

    @property
    def departement_code(self) -> str:
        """A commune's département code, read from its INSEE code (no query)."""
        return self.code[:3] if self.code.startswith("97") else self.code[:2]


def collectivites_by_key(keys: list[str]) -> list[Collectivite]:
    """The collectivités named `kind:code` (« commune:62041 »), in the same order; a
    ValueError names those unknown."""
    if not keys:
        return []
    wanted = [tuple(key.split(":", 1)) for key in keys]
    query = models.Q(pk__in=[])
    for kind, code in (pair for pair in wanted if len(pair) == 2):
        query |= models.Q(kind=kind, code=code)
    found = {(c.kind, c.code): c for c in Collectivite.objects.filter(query)}
    unknown = [key for key, pair in zip(keys, wanted, strict=True) if pair not in found]
    if unknown:
        raise ValueError(f"Collectivité inconnue : {', '.join(unknown)}")
    return [found[pair] for pair in wanted]


class GeographySource(models.Model):
    """Which extract the tables hold, so that loading it again costs one query."""

    source = models.CharField(max_length=100)
    count = models.PositiveIntegerField()

    class Meta:
        verbose_name = "Source de la géographie"

    def __str__(self) -> str:
        return self.source
