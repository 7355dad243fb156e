"""Wagtail's `update_index`, which also rewrites the site search's documents and vocabulary
(this app comes before wagtail.search in INSTALLED_APPS, so this command replaces its own)."""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search.documents import index_all


class Command(WagtailUpdateIndex):
    def handle(self, **options):
        super().handle(**options)
        count = index_all()
        if options.get("verbosity", 1):
            self.stdout.write(f"Documents de recherche réécrits : {count}")
