"""Page types of the site's editorial content, and the site-wide settings editors manage.

One module per concern; everything is importable from `pages.models` as before.
"""

from .anct import AnctOfferPage, FaqEntryPage, PhaseBlock, faq_json_ld
from .base import BasePage
from .examples import EXAMPLE_IMAGE_SPEC, Example, ExampleQuerySet, example_labels
from .home import HomePage, LinkTileBlock
from .legal import SitePlanPage, StandardPage
from .offers import OfferPage, OffersIndexPage
from .settings import (
    ACCESSIBILITY_STATUSES,
    BOTTOM_LINKS,
    INSTITUTIONAL_LINKS,
    LICENCE_LINE,
    FooterLinkBlock,
    SiteSettings,
)

__all__ = [
    "ACCESSIBILITY_STATUSES",
    "BOTTOM_LINKS",
    "EXAMPLE_IMAGE_SPEC",
    "INSTITUTIONAL_LINKS",
    "LICENCE_LINE",
    "AnctOfferPage",
    "BasePage",
    "Example",
    "ExampleQuerySet",
    "FaqEntryPage",
    "FooterLinkBlock",
    "HomePage",
    "LinkTileBlock",
    "OfferPage",
    "OffersIndexPage",
    "PhaseBlock",
    "SitePlanPage",
    "SiteSettings",
    "StandardPage",
    "example_labels",
    "faq_json_ld",
]
