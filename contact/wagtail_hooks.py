"""The "Demandes de rappel" inbox in the Wagtail admin: list, filters, search, edit, export;
and on the dashboard, the newest requests and a warning when nobody is notified of them."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page

from .export import callback_requests_csv
from .models import EMPTY, CallbackRequest, ContactSettings
from .subjects import live_offers, live_services

SEARCHED = ("name", "email", "organisation", "role", "subject", "message")
LATEST_ON_DASHBOARD = 5


def offer_choices(request):
    offers = live_offers()
    return offers.order_by("title") if offers is not None else Page.objects.none()


def service_pages(request):
    services = live_services()
    return services.order_by("title") if services is not None else Page.objects.none()


class CallbackRequestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label="Statut", choices=CallbackRequest.Status.choices, empty_label="Tous"
    )
    offer = django_filters.ModelChoiceFilter(
        label="Offre", queryset=offer_choices, empty_label="Toutes"
    )
    services = django_filters.ModelChoiceFilter(
        label="Service", queryset=service_pages, empty_label="Tous"
    )
    created_at = django_filters.DateFromToRangeFilter(
        label="Reçue entre", widget=DateRangePickerWidget
    )

    class Meta:
        model = CallbackRequest
        fields = ["status", "offer", "services", "created_at"]


def search(queryset, text: str):
    condition = Q()
    for field in SEARCHED:
        condition |= Q(**{f"{field}__icontains": text})
    return queryset.filter(condition)


def no_recipient_context() -> dict:
    """Whether nobody receives the notifications, and where to set an address."""
    return {
        "no_recipient": not ContactSettings.load().recipients,
        "settings_url": reverse("wagtailsettings:edit", args=["contact", "contactsettings"]),
    }


class CallbackRequestIndexView(IndexView):
    template_name = "contact/admin/inbox_index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | no_recipient_context()

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("assignee")

    def get_add_url(self):
        return None  # requests come from visitors, never from the admin

    def search_queryset(self, queryset):
        if self.search_query:
            return search(queryset, self.search_query)
        return queryset

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        query = self.request.GET.urlencode()
        url = reverse("callback_requests:export") + (f"?{query}" if query else "")
        buttons.append(HeaderButton("Exporter en CSV", url=url, icon_name="download"))
        return buttons


class CallbackRequestInspectView(InspectView):
    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return EMPTY[field_name] if value in (None, "") and field_name in EMPTY else value

    def get_services_display_value(self):
        titles = [service.title for service in self.object.services.all()]
        return ", ".join(titles) or EMPTY["services"]


class CallbackRequestViewSet(ModelViewSet):
    model = CallbackRequest
    icon = "mail"
    menu_label = "Demandes de rappel"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = CallbackRequestIndexView
    list_display = ["name", "organisation", "subject", "status", "assignee", "created_at"]
    filterset_class = CallbackRequestFilterSet
    search_fields = list(SEARCHED)
    inspect_view_enabled = True
    inspect_view_class = CallbackRequestInspectView
    inspect_view_fields_exclude = ["submission_key"]
    copy_view_enabled = False
    ordering = ["-created_at"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("export/", self.export_view, name="export"),
        ]

    def export_view(self, request):
        if not self.permission_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        filters = CallbackRequestFilterSet(
            request.GET, queryset=CallbackRequest.objects.all(), request=request
        )
        if not filters.is_valid():
            # Never fall back to everything: the team asked for a part of the requests.
            errors = "; ".join(
                f"{name} : {' '.join(messages)}" for name, messages in filters.errors.items()
            )
            return HttpResponseBadRequest(
                f"Export refusé : filtre invalide ({errors}). Corrigez les filtres de la liste "
                "puis exportez à nouveau.",
                content_type="text/plain; charset=utf-8",
            )
        queryset = filters.qs
        text = request.GET.get("q", "").strip()
        if text:
            queryset = search(queryset, text)
        response = HttpResponse(
            callback_requests_csv(queryset.order_by("-created_at")),
            content_type="text/csv; charset=utf-8",
        )
        filename = f"demandes-de-rappel-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


callback_request_viewset = CallbackRequestViewSet(
    "callback_requests", url_prefix="demandes-de-rappel"
)


@hooks.register("register_admin_viewset")
def register_callback_requests():
    return callback_request_viewset


class LatestCallbackRequestsPanel(Component):
    """The newest requests, and a warning while nobody is notified of them."""

    name = "latest_callback_requests"
    order = 50  # above Wagtail's own panels: a request waits for an answer
    template_name = "contact/admin/latest_requests_panel.html"

    def get_context_data(self, parent_context):
        latest = CallbackRequest.objects.only("pk", "organisation", "status", "created_at")
        return {"requests": latest[:LATEST_ON_DASHBOARD]} | no_recipient_context()


@hooks.register("construct_homepage_panels")
def show_latest_callback_requests(request, panels):
    if callback_request_viewset.permission_policy.user_has_permission(request.user, "view"):
        panels.append(LatestCallbackRequestsPanel())
