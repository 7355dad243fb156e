"""The admin's collectivité chooser: a search box (name or official code, accents and
capitals ignored) and a type filter, served by this site only."""

from django import forms
from django.db.models import Q
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from search.text import normalise_text

from .models import KINDS, Collectivite


class CollectiviteFilterForm(BaseFilterForm):
    q = forms.CharField(
        label="Nom ou code officiel",
        required=False,
        widget=forms.TextInput(attrs={"placeholder": "Liévin, 62510, Pas-de-Calais…"}),
    )
    kind = forms.ChoiceField(label="Type", required=False, choices=[("", "Tous")] + KINDS)

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()[:100]
        if query:
            self.is_searching = True
            self.search_query = query
            objects = objects.filter(Q(search_name__contains=normalise_text(query)) | Q(code=query))
        if self.cleaned_data.get("kind"):
            objects = objects.filter(kind=self.cleaned_data["kind"])
        return objects


class CollectiviteChooseMixin:
    filter_form_class = CollectiviteFilterForm
    ordering = ["search_name", "kind", "code"]

    def get_object_list(self):
        return Collectivite.objects.select_related("departement", "region")

    @property
    def columns(self):
        return [
            self.title_column,
            Column("kind", label="Type", accessor="get_kind_display"),
            Column("code", label="Code officiel"),
        ]


class CollectiviteChooseView(CollectiviteChooseMixin, ChooseView):
    pass


class CollectiviteChooseResultsView(CollectiviteChooseMixin, ChooseResultsView):
    pass


class CollectiviteChooserViewSet(ChooserViewSet):
    model = Collectivite
    icon = "site"
    choose_one_text = "Choisir une collectivité"
    choose_another_text = "Choisir une autre collectivité"
    page_title = "Choisir une collectivité"
    per_page = 20
    choose_view_class = CollectiviteChooseView
    choose_results_view_class = CollectiviteChooseResultsView


collectivite_chooser_viewset = CollectiviteChooserViewSet("collectivite_chooser")
