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


def test_the_data_migration_creates_the_editors_group_on_its_own():
    import importlib

    from django.apps import apps
    from django.contrib.auth.models import Group

    migration = importlib.import_module("core.migrations.0002_editors_group")
    Group.objects.filter(name="editors").delete()
    migration.create_editors_group(apps, None)
    group = Group.objects.get(name="editors")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_indicator", "change_locality", "delete_program", "view_tombstone"} <= codenames
    assert not any(code.endswith("_user") or code.endswith("_group") for code in codenames)
    migration.remove_editors_group(apps, None)
    assert not Group.objects.filter(name="editors").exists()
