"""Production: every secret comes from the environment, and HTTPS is enforced."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = env_bool("DEBUG", False)
if not SECRET_KEY and not DEBUG:  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY est absente : définissez la variable d'environnement SECRET_KEY "
        "(une longue valeur aléatoire, gardée secrète) avant de démarrer le site en production."
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "incubateur.anct.gouv.fr")

# LOCAL_HTTP=true: served in plain HTTP on this machine (`make run`, the test suite), so no
# redirect to HTTPS, no HSTS and no Secure-only cookies; everything else as in production.
LOCAL_HTTP = env_bool("LOCAL_HTTP", False)
if LOCAL_HTTP and not set(ALLOWED_HOSTS) <= {"localhost", "127.0.0.1", "[::1]"}:
    raise ImproperlyConfigured(
        "LOCAL_HTTP=true ne sert qu'à essayer le site sur cette machine : il désactive HTTPS. "
        "Retirez-le, ou limitez ALLOWED_HOSTS à localhost, 127.0.0.1 et [::1]."
    )
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not LOCAL_HTTP)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 0 if LOCAL_HTTP else 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = not LOCAL_HTTP
SECURE_HSTS_PRELOAD = not LOCAL_HTTP
SESSION_COOKIE_SECURE = not LOCAL_HTTP
CSRF_COOKIE_SECURE = not LOCAL_HTTP

# Without an SMTP server, e-mails (and the personal data they carry) would only be printed in
# the worker's log and counted as sent.
if not EMAIL_HOST and not LOCAL_HTTP:  # noqa: F405
    raise ImproperlyConfigured(
        "EMAIL_HOST est absente : définissez le serveur SMTP (EMAIL_HOST, EMAIL_PORT, "
        "EMAIL_HOST_USER, EMAIL_HOST_PASSWORD) avant de démarrer le site en production."
    )

# E-mails of callback requests leave through a queue in the database, emptied by a worker
# process: `python manage.py db_worker` (see the README).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
