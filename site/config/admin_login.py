"""Admin sign-in throttling (django-axes, configured in settings): who the client is, and
the French page a locked-out sign-in gets."""

import ipaddress

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone

from contact.guards import client_address


def client_ip(request) -> str | None:
    """The client as the callback form's rate limit sees it: REMOTE_ADDR, or behind a proxy
    the address it adds (CONTACT_TRUST_X_FORWARDED_FOR), an IPv6 client by its /64 network.
    axes stores an address, so a network is given as its first one."""
    try:
        network = ipaddress.ip_network(client_address(request), strict=False)
    except ValueError:  # a forwarded address that is not one
        return request.META.get("REMOTE_ADDR") or None
    return str(network.network_address)


def lockout_response(request, original_response=None, credentials=None):
    """429 with Retry-After, in the admin's look. Each try during the wait restarts it
    (axes' default), so the whole cool-off is what is left."""
    cool_off = get_cool_off(request)
    retry_at = timezone.localtime(timezone.now() + cool_off)
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": round(cool_off.total_seconds() / 60),
        "retry_at": f"{retry_at:%H}\u00a0h\u00a0{retry_at:%M}",
    }
    response = render(request, "admin_lockout.html", context, status=429)
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
