"""Spam guards of the callback form, without a third-party captcha.

A honeypot field people never see, a minimum time between opening and sending the form
(a signed timestamp), and a per-client rate limit kept in Django's cache under a keyed hash
of the client's IP address, which is never stored in clear.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

TOKEN_SALT = "contact.form-opened"  # noqa: S105 (a signing salt, not a secret)
TOKEN_MAX_AGE = 2 * 24 * 3600

HONEYPOT_REFUSAL = (
    "Votre demande n’a pas été enregistrée : le champ « Ne pas remplir », invisible et "
    "réservé à la détection des envois automatiques, a été rempli. Si vous êtes une personne, "
    "videz ce champ puis envoyez à nouveau le formulaire."
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


def client_key(request) -> str:
    """A cache key for the client: a keyed hash of its IP address, never the address."""
    address = request.META.get("REMOTE_ADDR", "")
    if settings.CONTACT_TRUST_X_FORWARDED_FOR:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded and forwarded[-1]:
            address = forwarded[-1]
    digest = hmac.new(
        settings.SECRET_KEY.encode(), address.encode("utf-8", "replace"), hashlib.sha256
    ).hexdigest()
    return f"contact:rate:{digest}"


def rate_limited(request) -> bool:
    """True when this client already sent as many requests as the window allows."""
    limit = settings.CONTACT_RATE_LIMIT_COUNT
    if limit <= 0:
        return False
    return int(cache.get(client_key(request), 0)) >= limit


def count_request(request) -> None:
    """Count one stored request for this client, in the current window."""
    if settings.CONTACT_RATE_LIMIT_COUNT <= 0:
        return
    key = client_key(request)
    cache.add(key, 0, timeout=settings.CONTACT_RATE_LIMIT_WINDOW)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=settings.CONTACT_RATE_LIMIT_WINDOW)
