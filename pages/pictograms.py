"""The DSFR pictograms an editor can give an offer, and the ones the empty states show.

Paths under django-dsfr's static folder dsfr/dist/artwork/pictograms/, without ".svg": the
site serves them itself (templates/includes/pictogram.html draws one, decorative). The empty
states (catalogue without result, offer without example) name theirs in their templates.
"""

OFFER_PICTOGRAMS = [
    ("digital/search", "Loupe (chercher, investiguer)"),
    ("document/document-search", "Document et loupe"),
    ("digital/innovation", "Innovation"),
    ("digital/coding", "Code informatique"),
    ("digital/application", "Application"),
    ("digital/ecosystem", "Écosystème"),
    ("leisure/catalog", "Catalogue"),
    ("buildings/city-hall", "Mairie"),
    ("environment/human-cooperation", "Mains qui coopèrent"),
    ("leisure/community", "Communauté"),
    ("map/location-france", "Carte de France"),
    ("digital/data-visualization", "Graphique de données"),
]
DEFAULT_OFFER_PICTOGRAM = "digital/application"

# What the initial content gives each offer of the seed document, by its number.
OFFER_PICTOGRAMS_BY_NUMBER = {
    1: "digital/search",
    2: "digital/innovation",
    3: "leisure/catalog",
}
