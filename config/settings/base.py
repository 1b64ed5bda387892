"""Settings shared by every environment. Environment-specific values live in dev/test/production."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("KP_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "config",
    "access",
    "knowledge",
    "events",
    "members",
    "search",
    "spaces",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "members.apps.UsersConfig",  # wagtail.users, its editors for roles only
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django.contrib.humanize",  # allauth.usersessions' templates use it
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",  # its system checks (config/csp.py sets the header)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache and WhiteNoise: every response gets a policy (config/csp.py).
    "config.csp.PolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.page_cache.PageCacheMiddleware",
    "config.middleware.RejectNullBytesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "config.middleware.PrivateWhenSignedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "members.middleware.StaffMFARequiredMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "db.sqlite3",
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "members.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # Permissions only, in one query; must come first to answer before the others ask.
    "members.backends.PermissionBackend",
    # The only backend that checks passwords (by e-mail address); people log in through
    # allauth's views, which add rate limits, e-mail verification and MFA. Django's
    # ModelBackend is not listed: it would let any `authenticate()` past allauth's rules.
    "members.backends.AuthenticationBackend",  # allauth's, loading the user with its profile
]

# Dutch interface; the admin may still be used in English by editors who prefer it.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Personal files (member photos): outside MEDIA_ROOT, served only by members' own views.
    "private": {"BACKEND": "members.storage.PrivateStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Kennisplatform Ondermijning"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents are served through Django so view restrictions apply to attachments, never as
# public media files: https://docs.wagtail.org/en/stable/reference/settings.html#wagtaildocs-serve-method
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Always a download, never rendered in the browser (with nosniff, set by Wagtail's view).
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILDOCS_DOCUMENT_MODEL = "knowledge.KnowledgeDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No Gravatar images in the admin: they would send a hash of every editor's address to a third
# party, and the admin's Content-Security-Policy allows images from our own origin only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for new versions (which tells Wagtail our host
# name): dependencies are pinned and upgraded on purpose (pyproject.toml).
WAGTAIL_ENABLE_UPDATE_CHECK = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Content-Security-Policy (django-csp 4.0, applied by config/csp.py): scripts, styles, fonts
# and images come from our own origin only; no inline script, event handler or style attribute
# (static/js and static/css hold them all), no plugins, no framing of our pages, forms post only
# to us. Video blocks embed YouTube or Vimeo players (knowledge/blocks.py, oEmbed).
# https://django-csp.readthedocs.io/en/latest/configuration.html
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Directives replaced under /admin/ (config/csp.py), the least Wagtail 8's admin works with
# (tests/browser/test_csp.py loads it in Chromium): its templates still write inline <script>
# elements with per-field data (date widgets, inline panels, the page listing, history) and its
# vendor bundle inserts inline styles and scripts, so neither hashes nor nonces can cover them
# (https://github.com/wagtail/wagtail/issues/1288); multiple image upload draws thumbnails from
# blob: URLs; the live preview is a frame of our own origin showing the page, video included.
# Everything else stays as strict as the site: no eval, plugins, other origins or framing
# (the preview view alone sends X-Frame-Options SAMEORIGIN, hence frame-ancestors 'self').
CONTENT_SECURITY_POLICY_ADMIN: dict[str, list[str]] = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'", *CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]],
}

# Anonymous page views are served from the cache for this long at most; any content change
# empties it at once (config/page_cache.py). 0 switches the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# An expired page is rendered again by one request; the others get the stale copy meanwhile,
# for this long at most (no stampede).
PAGE_CACHE_STALE_SECONDS = int(os.environ.get("PAGE_CACHE_STALE_SECONDS", "10"))
# At most this many pages are in the page cache at a time, however many URLs are asked for.
PAGE_CACHE_MAX_ENTRIES = int(os.environ.get("PAGE_CACHE_MAX_ENTRIES", "500"))

# Background tasks (django-tasks). Production runs `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Events: personal data of registrations is anonymised this many days after an event ends
# (`manage.py anonymise_registrations`, run daily).
EVENTS_ANONYMISE_AFTER_DAYS = int(os.environ.get("EVENTS_ANONYMISE_AFTER_DAYS", "90"))

# Retention, enforced by `manage.py purge_expired` (run daily): the anonymised search queries
# behind the search reports, and finished background-task results, whose stored arguments
# hold e-mail addresses and account ids (kept a while to look into failures).
SEARCH_QUERY_LOG_DAYS = int(os.environ.get("SEARCH_QUERY_LOG_DAYS", "180"))
TASK_RESULTS_KEEP_DAYS = int(os.environ.get("TASK_RESULTS_KEEP_DAYS", "14"))

# Accounts (django-allauth): e-mail as login, mandatory verification, rate limits on.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Kennisplatform Ondermijning] "
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/mijn/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
# Members (members/adapters.py): name and organisation at signup, membership decided after
# verification; one address per account that can be changed; login by mailed code; security
# notifications (password, e-mail, MFA changed). https://docs.allauth.org/en/latest/account/configuration.html
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupForm"
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# allauth's defaults plus our own actions (members.services uses allauth's rate limiter).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "request_login_code": "20/m/ip,3/m/key",
    "members_contact": "5/h/user,20/d/user",
    "members_contribution": "5/h/user,20/d/user",
    # Wagtail's page and document password forms (members/login_views.py): every attempt per
    # address, and wrong passwords per restriction from all addresses together.
    "page_password": "10/m/ip,30/h/ip",
    "page_password_failed": "50/h/key",
    # Saving a search alert (search/alert_views.py): a member's, and a visitor's, which sends
    # a confirmation mail.
    "search_alert": "30/h/ip,50/d/user",
    "search_alert_mail": "10/h/ip,3/h/key",
}
# The rate limits key on the client IP. X-Forwarded-For is trusted only for the number of
# proxies we run ourselves (production sets this), so a forged header cannot reset a limit.
ALLAUTH_TRUSTED_PROXY_COUNT = 0
MFA_ADAPTER = "members.adapters.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Kennisplatform Ondermijning"
# The Wagtail admin has no login or password forms of its own: everything goes through allauth
# (rate limits, MFA, verified e-mail changes).
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Kennisplatform Ondermijning <noreply@kennisplatform.example>"
)
# Where people reach the editors (contact page, privacy and accessibility statements, made by
# config/site.py) and where security researchers report (/.well-known/security.txt, RFC 9116).
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", "redactie@kennisplatform.example")
SECURITY_CONTACT_EMAIL = os.environ.get("SECURITY_CONTACT_EMAIL", "security@kennisplatform.example")
# security.txt must say until when it is valid, less than a year ahead (RFC 9116 §2.5.5): renew
# this date every year; the file is served with it, and tests fail once it is too close.
SECURITY_TXT_EXPIRES = os.environ.get("SECURITY_TXT_EXPIRES", "2027-11-30T23:00:00Z")

# Search engine (see search/engines.py). Empty URL: the database backend answers /zoeken/.
SEARCH_ENGINE_URL = os.environ.get("SEARCH_ENGINE_URL", "")
SEARCH_ENGINE_KIND = os.environ.get("SEARCH_ENGINE_KIND", "opensearch")
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "kennisplatform")
SEARCH_INDEX_REPLICAS = int(os.environ.get("SEARCH_INDEX_REPLICAS", "0"))
# Compound splitting with the shipped Dutch word list: every engine node needs its files
# (platform/opensearch/analysis-files.sh); "0" splits with the editors' own parts only.
SEARCH_COMPOUND_DICTIONARY = os.environ.get("SEARCH_COMPOUND_DICTIONARY", "1") == "1"
# Seconds a web request waits for the engine before falling back to the database backend.
SEARCH_ENGINE_TIMEOUT = float(os.environ.get("SEARCH_ENGINE_TIMEOUT", "1.5"))
# Seconds an article's "Vergelijkbare kennis" answer of the engine is kept while the index is
# unchanged (search/similar.py); 0 asks the engine on every view.
SEARCH_SIMILAR_CACHE_SECONDS = int(os.environ.get("SEARCH_SIMILAR_CACHE_SECONDS", "300"))
# Refresh after every outbox write (tests); production relies on the 1 s refresh interval.
SEARCH_REFRESH_ON_WRITE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "kennisplatform": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
