"""The import-run pages of the admin: progress, interrupted runs and each file's outcome, for editors too."""

from __future__ import annotations

import os
import signal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

import ingest.pipeline
import ingest.store
from core.editorial import ensure_editors_group
from core.models import ImportRun

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_interrupted_run_shows_its_progress_and_files(small_batch, run_import, admin_client, monkeypatch):
    folder = small_batch(3)
    real = ingest.store.persist_page

    def persist_then_stop(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest.store, "persist_page", persist_then_stop)
    run_import(str(folder))
    run = ImportRun.objects.get()
    listing = admin_client.get(reverse("admin:core_importrun_changelist"), HTTP_ACCEPT_LANGUAGE="en").content
    assert b"interrupted" in listing and b"<progress" in listing
    page = admin_client.get(
        reverse("admin:core_importrun_change", args=[run.pk]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "1 / 3" in page
    assert "interrupted by SIGTERM" in page
    for name in ("000.txt", "001.txt", "002.txt"):
        assert name in page
    assert "not attempted" in page and "imported" in page


def test_editors_may_see_each_runs_files():
    ensure_editors_group()
    group = Group.objects.get(name="editors")
    assert group.permissions.filter(codename="view_importrunfile").exists()
