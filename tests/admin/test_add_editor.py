"""`manage.py add_editor`: a staff user in the editors group, created or updated, never a weak password."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db


def add_editor(*args: str) -> str:
    out = StringIO()
    call_command("add_editor", *args, "--no-input", stdout=out, stderr=StringIO())
    return out.getvalue()


def test_creates_a_staff_user_in_the_editors_group():
    assert "Created editor alice" in add_editor("alice", "--password", "a-long-passphrase-42")
    alice = get_user_model().objects.get(username="alice")
    assert alice.is_staff and not alice.is_superuser
    assert alice.check_password("a-long-passphrase-42")
    assert list(alice.groups.values_list("name", flat=True)) == ["editors"]
    assert alice.has_perm("indicators.change_indicator") and not alice.has_perm("auth.change_user")


def test_running_it_again_updates_the_user():
    add_editor("bob", "--password", "a-long-passphrase-42")
    assert "Updated editor bob" in add_editor("bob", "--password", "another-passphrase-43", "--email", "b@example.org")
    bob = get_user_model().objects.get(username="bob")
    assert bob.check_password("another-passphrase-43") and bob.email == "b@example.org"


def test_a_weak_password_is_refused_and_no_user_is_left_behind():
    with pytest.raises(CommandError):
        add_editor("carol", "--password", "123")
    assert not get_user_model().objects.filter(username="carol").exists()


def test_without_a_password_the_account_cannot_log_in_yet():
    add_editor("dave")
    assert not get_user_model().objects.get(username="dave").has_usable_password()


def test_an_existing_administrator_keeps_superuser_rights():
    get_user_model().objects.create_superuser("root", password="x-long-passphrase-44")
    add_editor("root")
    root = get_user_model().objects.get(username="root")
    assert root.is_superuser and root.check_password("x-long-passphrase-44")


def editors_migration():
    import importlib

    return importlib.import_module("core.migrations.0002_editors_group")


def test_the_data_migration_creates_the_editors_group_on_its_own():
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    # The historical models `migrate` hands the migration, not the live registry.
    historical = MigrationLoader(connection).project_state(("core", "0002_editors_group")).apps
    migration = editors_migration()
    Group.objects.filter(name="editors").delete()
    migration.create_editors_group(historical, None)
    group = Group.objects.get(name="editors")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_indicator", "change_locality", "delete_program", "view_tombstone"} <= codenames
    assert not any(code.endswith("_user") or code.endswith("_group") for code in codenames)
    migration.remove_editors_group(historical, None)
    assert not Group.objects.filter(name="editors").exists()


def test_the_data_migration_leaves_the_live_app_registry_as_it_found_it():
    """A models_module left at None makes later post_migrate runs (every flush) skip the app: no permissions."""
    from django.apps import apps

    before = {config.label: config.models_module for config in apps.get_app_configs()}
    editors_migration().create_editors_group(apps, None)
    assert {config.label: config.models_module for config in apps.get_app_configs()} == before
