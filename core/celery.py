"""The Celery application for importing across machines (`ingest.tasks`); configured from Django's settings.

Start a worker on any machine that reaches the database, the broker and the page files:
`celery -A core.celery worker --concurrency 2`. `manage.py import_seeds PATH --queue` enqueues one task per page.
Nothing else uses Celery: `import_seeds` without `--queue` imports in its own process and needs no broker.
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")

app = Celery("localgov")
# Every CELERY_* setting in core/settings.py (CELERY_BROKER_URL from the environment) configures the app.
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
