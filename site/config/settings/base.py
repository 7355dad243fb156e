"""Settings shared by every environment; each value that differs comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, SELF
from django.core.exceptions import ImproperlyConfigured
from wagtailmarkdown.constants import DEFAULT_ALLOWED_ATTRIBUTES, DEFAULT_ALLOWED_TAGS

BASE_DIR = Path(__file__).resolve().parents[3]
VAR_DIR = BASE_DIR / "var"


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} doit valoir true ou false, pas « {value} ».")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "pages",
    "search",  # before wagtail.search: its update_index also rewrites our documents
    # Before store: the services' deployments name its collectivités (load_initial_content).
    "geography",
    "store",
    "contact",
    # Before django_tasks_db: its db_worker command is replaced by the one in worker/.
    "worker",
    "dsfr",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "wagtailmarkdown",
    "fontawesomefree",  # the Markdown editor's toolbar icons, served locally
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "widget_tweaks",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "config.middleware.UnreadableBodyMiddleware",
    # Last, as django-axes requires: it turns a locked-out sign-in into its refusal page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# SQLite in var/ unless DATABASE_URL names another database (PostgreSQL in production).
# var/ is not in the repository: a fresh clone creates it here, before SQLite needs it.
if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that accepts connections and never answers fails in seconds (the site then
    # answers its 503 page) instead of holding every worker until gunicorn's timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 2)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (gunicorn workers, the live server's threads) wait for the write
    # lock, taken when a transaction begins, instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared by every gunicorn worker: Redis when REDIS_URL is set, else files in var/.
# Redis never takes the site down: short timeouts, then each process works from memory.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "config.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
            # Several sites (or test runs) may share one Redis: each keeps to its own keys.
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", ""),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache",
        }
    }

# django-axes checks every sign-in first; ModelBackend then authenticates.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]
WAGTAIL_I18N_ENABLED = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# django-dsfr puts integrity hashes on its stylesheets, but the manifest storage rewrites
# their url()s into hashed names at collectstatic: the browser would then refuse them.
DSFR_USE_INTEGRITY_CHECKSUMS = False

WAGTAIL_SITE_NAME = "Incubateur des Territoires"
# Page slugs (addresses, FAQ anchors) filled from a title in plain ASCII: « Où… » gives ou-….
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin asks nothing of another host: no avatars from gravatar.com (they would also tell it
# who uses the admin); editors may upload their own picture.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_USER_LOGIN_FORM = "pages.forms.AdminLoginForm"  # « Mot de passe », not « Password »
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
# Wagtail's search in the database: French stemming on PostgreSQL (SQLite's FTS5 ignores it).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "french"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "txt", "xlsx", "zip"]
# Markdown written by editors: a page keeps one h1 (its title), and inline styles, which the
# CSP would refuse anyway, are dropped. Ids stay: headings such as `## Cookies {#cookies}`
# are the targets of links.
WAGTAILMARKDOWN = {
    "autodownload_fontawesome": False,
    "allowed_settings_mode": "override",
    "allowed_tags": [tag for tag in DEFAULT_ALLOWED_TAGS if tag != "h1"],
    "allowed_attributes": {**DEFAULT_ALLOWED_ATTRIBUTES, "*": ["class", "id"]},
}
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

# E-mail: the console in development, SMTP when EMAIL_HOST is set.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Incubateur des Territoires <ne-pas-repondre@incubateur.anct.gouv.fr>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Callback requests (contact app): spam guards. A form sent faster than CONTACT_MIN_FILL_SECONDS
# is refused; each client (a hash of its IP address, never stored in clear) may send
# CONTACT_RATE_LIMIT_COUNT requests per CONTACT_RATE_LIMIT_WINDOW seconds (0 turns it off).
CONTACT_MIN_FILL_SECONDS = int(os.environ.get("CONTACT_MIN_FILL_SECONDS", "3"))
CONTACT_RATE_LIMIT_COUNT = int(os.environ.get("CONTACT_RATE_LIMIT_COUNT", "5"))
CONTACT_RATE_LIMIT_WINDOW = int(os.environ.get("CONTACT_RATE_LIMIT_WINDOW", "600"))
# Behind a reverse proxy, the client's address is the last one the proxy adds to
# X-Forwarded-For; without a proxy, leave it off (the header could be forged).
CONTACT_TRUST_X_FORWARDED_FOR = env_bool("CONTACT_TRUST_X_FORWARDED_FOR", False)
# How many times the notification e-mails are tried before waiting for
# `manage.py retry_callback_notifications`, and the delay between tries (queued backends).
CONTACT_MAIL_ATTEMPTS = int(os.environ.get("CONTACT_MAIL_ATTEMPTS", "3"))
CONTACT_MAIL_RETRY_DELAY = int(os.environ.get("CONTACT_MAIL_RETRY_DELAY", "300"))
# A run claims a request's e-mails before sending them; a claim older than this (seconds) was
# left by a run that died, and is taken over. Longer than sending two e-mails can take.
CONTACT_MAIL_CLAIM_TIMEOUT = int(os.environ.get("CONTACT_MAIL_CLAIM_TIMEOUT", "300"))
# A db_worker not heard from for this long (seconds) is taken for dead: the tasks it left
# running are queued again. Longer than any task takes.
WORKER_TIMEOUT = int(os.environ.get("WORKER_TIMEOUT", "300"))

# Content-Security-Policy: everything is served from this site; inline scripts need the nonce.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": ["'none'"],
    },
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail shows the live preview of a page in a same-origin frame of the admin.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
CSRF_FAILURE_VIEW = "pages.views.csrf_failure"

# Browser features the site never uses, refused to its pages and to anything they embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}

# Admin sign-in (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one account, or
# from one client (counted apart), sign-in is refused for AXES_COOLOFF_MINUTES with a 429 in
# French (config.admin_login); a successful sign-in clears the count. The client is the one
# the callback form's rate limit sees (CONTACT_TRUST_X_FORWARDED_FOR).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "config.admin_login.client_ip"
AXES_LOCKOUT_CALLABLE = "config.admin_login.lockout_response"
# Failures are kept until their cool-off ends; successful sign-ins are not recorded.
AXES_DISABLE_ACCESS_LOG = True
# No banner in the log of every manage.py command; failures are still logged, with the
# account and the address masked.
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail and django-tasks log every page save and background task at INFO.
    "loggers": {
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
