"""Endpoints outside the page tree: health check, robots.txt, and the error pages that need a
view of their own (an unreadable request, a CSRF refusal)."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import health

# What a client is told to wait before trying again while the database is unreachable.
OUTAGE_RETRY_AFTER_SECONDS = 30


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and supervisors: 200 when the site can serve, 503 when its database
    does not answer or its task worker has gone silent; each dependency's state in JSON."""
    healthy, status = health.report()
    response = JsonResponse(status, status=200 if healthy else 503)
    if not healthy:
        response["Retry-After"] = str(OUTAGE_RETRY_AFTER_SECONDS)
    return response


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may read the public site, not the admin; the sitemap lists every page."""
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Allow: /", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A refused form (expired or missing security token) explained in the site's layout."""
    return render(request, "403_csrf.html", status=403)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """A request Django cannot read (a body in another charset than UTF-8, too many fields),
    in the site's layout. Unlike Django's default view, this one does not check the CSRF
    token: that reads the body again, fails again, and turns the 400 into a 500."""
    return render(request, "400.html", status=400)


def server_error(request: HttpRequest) -> HttpResponse:
    """An unexpected error in the site's layout; a database that does not answer (down, hung,
    connection cut) is an outage, not a bug: 503 with Retry-After, so that visitors, crawlers
    and load balancers come back later. Rendered without the request, hence without the
    database: the layout then shows its defaults."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        body = loader.get_template("503.html").render()
        response = HttpResponse(body, status=503)
        response["Retry-After"] = str(OUTAGE_RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(loader.get_template("500.html").render(), status=500)
