"""Spam guards of the callback form, without a third-party captcha.

A honeypot field people never see, a minimum time between opening and sending the form
(a signed timestamp), and a per-client rate limit kept in Django's cache under a keyed hash
of the client's IP address, which is never stored in clear.
"""

import hashlib
import hmac
import ipaddress
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

TOKEN_SALT = "contact.form-opened"  # noqa: S105 (a signing salt, not a secret)
TOKEN_MAX_AGE = 2 * 24 * 3600

HONEYPOT_REFUSAL = (
    "Votre demande n’a pas été enregistrée : elle ressemble à un envoi automatique. Si vous "
    "êtes une personne, vérifiez vos informations puis renvoyez le formulaire."
)
TOO_FAST_REFUSAL = (
    "Votre demande n’a pas été enregistrée : le formulaire a été envoyé trop vite pour avoir "
    "été rempli par une personne. Vérifiez vos informations, patientez quelques secondes, puis "
    "envoyez-le à nouveau."
)
EXPIRED_REFUSAL = (
    "Votre demande n’a pas été enregistrée : ce formulaire a expiré. Vérifiez vos "
    "informations puis envoyez-le à nouveau."
)
RATE_LIMIT_REFUSAL = (
    "Votre demande n’a pas été enregistrée : trop de demandes ont été envoyées depuis votre "
    "connexion en peu de temps. Patientez une dizaine de minutes puis envoyez-la à nouveau, "
    "ou écrivez-nous si c’est urgent."
)


def opening_token() -> str:
    """A signed mark of the moment the form was shown."""
    return signing.dumps(time.time(), salt=TOKEN_SALT)


def timing_refusal(token: str) -> str:
    """Why the form's timing refuses it ("" when it may go on)."""
    minimum = settings.CONTACT_MIN_FILL_SECONDS
    if minimum <= 0:
        return ""
    try:
        opened_at = float(signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE))
    except (signing.BadSignature, TypeError, ValueError):
        return EXPIRED_REFUSAL
    if time.time() - opened_at < minimum:
        return TOO_FAST_REFUSAL
    return ""


def client_address(request) -> str:
    """The client's address; for IPv6 its /64 network, which one subscriber usually holds."""
    address = request.META.get("REMOTE_ADDR", "")
    if settings.CONTACT_TRUST_X_FORWARDED_FOR:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded and forwarded[-1]:
            address = forwarded[-1]
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/64", strict=False))


def client_key(request) -> str:
    """A cache key for the client: a keyed hash of its address, never the address."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(),
        client_address(request).encode("utf-8", "replace"),
        hashlib.sha256,
    ).hexdigest()
    return f"contact:rate:{digest}"


def take_slot(request) -> bool:
    """Count this attempt first, atomically; False when it goes over the window's limit.

    Counting before anything is checked or stored means parallel requests from one client
    cannot all slip in under the limit: each one gets its own number from the cache.
    """
    limit = settings.CONTACT_RATE_LIMIT_COUNT
    if limit <= 0:
        return True
    key = client_key(request)
    cache.add(key, 0, timeout=settings.CONTACT_RATE_LIMIT_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 0, timeout=settings.CONTACT_RATE_LIMIT_WINDOW)
        count = cache.incr(key)
    return count <= limit


def release_slot(request) -> None:
    """Give back the attempt of a form sent back for correction: only stored ones count."""
    if settings.CONTACT_RATE_LIMIT_COUNT <= 0:
        return
    try:
        cache.decr(client_key(request))
    except ValueError:  # the window expired meanwhile
        pass
