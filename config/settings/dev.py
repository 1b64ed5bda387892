"""Local development and `make demo`: SQLite, database search, mail printed to the console."""

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "cache",
    },
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "page-cache",
    },
}
# Template and code changes show at once while developing.
PAGE_CACHE_SECONDS = 0
# The demo has no worker running: tasks run in the request that enqueues them.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Demo convenience: staff accounts must set up an authenticator app before the admin opens;
# in development the code 000000 is accepted (allauth refuses this setting unless DEBUG).
MFA_TOTP_INSECURE_BYPASS_CODE = "000000"  # noqa: S105
