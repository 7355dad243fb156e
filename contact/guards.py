"""Spam guards of the callback form, without a third-party captcha.

A honeypot field people never see, a minimum time between opening and sending the form
(a signed timestamp), and a per-client rate limit kept in Django's cache under a keyed hash
of the client's IP address, which is never stored in clear. The signed token also names one
submission, so that sending it again stores nothing more.
"""

import hashlib
import hmac
import ipaddress
import json
import math
import secrets
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
    """A signed mark of the moment the form was shown, with a random part: two visitors
    opening the form at the same instant still get tokens of their own."""
    return signing.dumps([time.time(), secrets.token_urlsafe(12)], salt=TOKEN_SALT)


def opened_at(token: str) -> float | None:
    """When the form carrying this token was shown; None if the token is not ours or expired."""
    try:
        payload = signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if isinstance(payload, list) and payload:  # a bare timestamp before the random part
        payload = payload[0]
    try:
        return float(payload)
    except (TypeError, ValueError):
        return None


def timing_refusal(token: str) -> str:
    """Why the form's timing refuses it ("" when it may go on)."""
    minimum = settings.CONTACT_MIN_FILL_SECONDS
    if minimum <= 0:
        return ""
    opened = opened_at(token)
    if opened is None:
        return EXPIRED_REFUSAL
    if time.time() - opened < minimum:
        return TOO_FAST_REFUSAL
    return ""


def submission_key(token: str, cleaned_data: dict) -> str | None:
    """A hash naming one submission: this opening of the form and what was sent with it.

    A double click, or a resend after an answer lost on the way, carries the same key and
    stores nothing more; the same form corrected and sent again is a new submission. None
    without a valid token (only possible when CONTACT_MIN_FILL_SECONDS is 0).
    """
    if opened_at(token) is None:
        return None
    content = {
        name: sorted(value) if isinstance(value, list) else value
        for name, value in cleaned_data.items()
        if name not in {"jeton", "site_web"}
    }
    canonical = json.dumps(content, sort_keys=True, default=str)
    return hashlib.sha256(f"{token}\n{canonical}".encode()).hexdigest()


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
    open_window(key)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        open_window(key)
        count = cache.incr(key)
    return count <= limit


def open_window(key: str) -> None:
    """Start the client's window unless one is running: its count, and when it ends."""
    window = settings.CONTACT_RATE_LIMIT_WINDOW
    cache.add(key, 0, timeout=window)
    cache.add(f"{key}:fin", time.time() + window, timeout=window)


def retry_after(request) -> int:
    """Seconds until the client's window ends (the whole window if its end is unknown)."""
    window = settings.CONTACT_RATE_LIMIT_WINDOW
    ends_at = cache.get(f"{client_key(request)}:fin")
    if ends_at is None:
        return window
    return min(window, max(1, math.ceil(ends_at - time.time())))


def release_slot(request) -> None:
    """Give back the attempt of a form sent back for correction: only stored ones count."""
    if settings.CONTACT_RATE_LIMIT_COUNT <= 0:
        return
    try:
        cache.decr(client_key(request))
    except ValueError:  # the window expired meanwhile
        pass
