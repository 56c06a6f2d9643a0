"""Settings for the test suite: the production settings with a throwaway secret key.

DEBUG stays off, as in production, so tests see what users see; `DATABASE_URL` still picks the engine, which is
how CI runs the same suite on SQLite and on PostgreSQL.
"""

import os

os.environ.setdefault("SECRET_KEY", "test-suite-only-secret-key")
os.environ["ENV_FILE"] = ""  # a developer's .env (DEBUG=1 from `make run`) must not change what the tests see

from core.settings import *  # noqa: F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Production serves the static files that `collectstatic` gathered into STATIC_ROOT (see the Dockerfile). A test run
# gathers none, so WhiteNoise would index a directory that does not exist and warn; instead the same middleware serves
# the same files straight from the apps, where collectstatic would have copied them from. The collected, production
# set is checked in tests/core/test_static_files.py.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast users in tests
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute"}}  # noqa: F405
