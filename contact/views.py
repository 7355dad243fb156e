"""The callback form: on its own page, or opened in place by htmx under an offer or a service."""

import logging
from functools import partial
from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django.views.decorators.vary import vary_on_headers

from . import guards
from .forms import CallbackRequestForm
from .models import CallbackFormTexts, CallbackRequest, ContactSettings
from .subjects import (
    default_subject,
    is_slug,
    resolve_offer,
    resolve_services,
    service_choices,
)
from .tasks import schedule_notifications

logger = logging.getLogger(__name__)
TEMPLATE = "contact/callback_request.html"


def wants_fragment(request) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


def form_key(offer_slug: str, has_services: bool) -> str:
    """Field ids unique in the page, even with several forms open under several offers."""
    if offer_slug and is_slug(offer_slug):
        return offer_slug
    return "service" if has_services else "contact"


def source_path(request) -> str:
    """The path of the page the form is opened from (htmx's current URL, or the referrer)."""
    if request.htmx and request.htmx.current_url_abs_path:
        return request.htmx.current_url_abs_path
    referrer = urlsplit(request.headers.get("Referer", ""))
    if referrer.netloc and referrer.netloc == request.get_host():
        return referrer.path + (f"?{referrer.query}" if referrer.query else "")
    return request.path


def form_texts(request) -> CallbackFormTexts:
    """The editors' texts, loaded once per request (Wagtail keeps them on it)."""
    return CallbackFormTexts.load(request_or_site=request)


def respond(request, form, *, partial_name, status=200, refusal=""):
    # Both settings are loaded before the request is stored: the confirmation needs no query.
    texts = form_texts(request)
    retention_months = ContactSettings.load(request_or_site=request).retention_months
    context = {
        "form": form,
        "refusal": refusal,
        "breadcrumb": {"id": "fil-ariane-contact", "links": [], "current": texts.page_title},
        "personal_data": texts.personal_data(retention_months),
        "error_title": texts.error_summary_title(len(form.error_summary())) if form.errors else "",
        "texts": texts,
    }
    template = f"{TEMPLATE}#{partial_name}" if wants_fragment(request) else TEMPLATE
    return render(request, template, context, status=status)


def build_form(request, data=None, initial=None, *, offer_slug="", has_services=False):
    choices = service_choices()
    return CallbackRequestForm(
        data,
        initial=initial,
        service_choices=choices,
        show_services=not offer_slug,
        field_texts=form_texts(request).field_texts(),
        auto_id=f"rappel-{form_key(offer_slug, has_services)}-%s",
    )


@never_cache  # the form carries a CSRF token, and a refused one the visitor's own data
@vary_on_headers("HX-Request")
@require_http_methods(["GET", "HEAD", "POST"])
def callback_request(request):
    """GET: the form (prefilled by ?offre= / ?service=). POST: store, then confirm."""
    if request.method == "POST":
        return post_callback_request(request)
    offer_slug = request.GET.get("offre", "")
    offer = resolve_offer(offer_slug)
    services = resolve_services(request.GET.getlist("service"))
    initial = {
        "subject": default_subject(offer, services),
        # An unknown slug links to nothing, but keeps the form's ids unique in its page.
        "offre": offer_slug if is_slug(offer_slug) else "",
        "services": [service.slug for service in services],
        "page": source_path(request)[:500],
        "jeton": guards.opening_token(),
    }
    form = build_form(
        request,
        initial=initial,
        offer_slug=initial["offre"],
        has_services=bool(services),
    )
    return respond(request, form, partial_name="callback_fragment")


def post_callback_request(request):
    offer_slug = request.POST.get("offre", "")
    form = build_form(
        request,
        request.POST,
        offer_slug=offer_slug if is_slug(offer_slug) else "",
        has_services=bool(request.POST.getlist("services")),
    )

    def refuse(message, status):
        fresh = form.data.copy()
        fresh["jeton"] = guards.opening_token()
        fresh["site_web"] = ""  # a browser's autofill may have filled it: let a person resend
        form.data = fresh
        return respond(request, form, partial_name="callback_form", status=status, refusal=message)

    if not guards.take_slot(request):
        response = refuse(guards.RATE_LIMIT_REFUSAL, 429)
        response["Retry-After"] = str(guards.retry_after(request))
        return response
    if form.honeypot_filled():
        return refuse(guards.HONEYPOT_REFUSAL, 422)
    timing = guards.timing_refusal(request.POST.get("jeton", ""))
    if timing:
        return refuse(timing, 422)
    if not form.is_valid():
        guards.release_slot(request)
        return respond(request, form, partial_name="callback_form", status=422)

    # The answer is ready before the request is stored: once it is committed, nothing may
    # fail any more (a connection lost right after the commit would show an error, and the
    # visitor would send a stored request again).
    answer = confirm(request, form)
    store(form, guards.submission_key(request.POST.get("jeton", ""), form.cleaned_data))
    return answer


def confirm(request, form):
    if wants_fragment(request):
        return respond(request, form, partial_name="confirmation")
    response = redirect("contact:confirmation")
    response.status_code = 303  # See Other: the browser GETs the confirmation page
    return response


def store(form, submission_key: str | None) -> None:
    """Save the request once; the e-mails are queued only once the transaction is committed.

    The same submission sent again (same key) finds its request already stored: nothing is
    added and no e-mail is sent again, and the visitor gets the same confirmation.
    """
    data = form.cleaned_data
    try:
        with transaction.atomic():
            callback = CallbackRequest.objects.create(
                name=data["name"],
                email=data["email"],
                phone=data["phone"],
                organisation=data["organisation"],
                role=data["role"],
                subject=data["subject"],
                message=data["message"],
                offer=resolve_offer(data["offre"]),
                source_url=data["page"],
                consent=data["consent"],
                submission_key=submission_key,
            )
            services = resolve_services(data["services"])
            if services:
                callback.services.set(services)
            transaction.on_commit(partial(schedule_notifications, callback.pk))
    except IntegrityError:
        if submission_key is None:
            raise
        stored = CallbackRequest.objects.filter(submission_key=submission_key)
        pk = stored.values_list("pk", flat=True).first()
        if pk is None:
            raise
        logger.info("Callback request %s sent again: already stored, nothing added", pk)


@never_cache
@require_safe
def confirmation(request):
    """Where a form sent without JavaScript lands (post/redirect/get)."""
    texts = form_texts(request)
    breadcrumb = {
        "id": "fil-ariane-contact",
        "links": [{"url": "/contact/", "title": texts.page_title}],
        "current": texts.confirmation_page_title,
    }
    context = {"breadcrumb": breadcrumb, "texts": texts}
    return render(request, "contact/confirmation.html", context)
