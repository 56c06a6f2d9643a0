"""`python manage.py add_editor USERNAME [--password PW]`: a staff account in the `editors` group.

Editors may correct extraction data in the admin but not manage users; the group's permissions are re-synced on
every run so that models added since the data migration are covered too.
"""

from __future__ import annotations

import getpass
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from core.editorial import EDITORS_GROUP, ensure_editors_group


class Command(BaseCommand):
    help = "Create or update an editor: a staff user in the 'editors' group (may correct data, not manage users)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--password", help="set this password (otherwise asked for on a terminal)")
        parser.add_argument("--email", default="", help="e-mail address")
        parser.add_argument("--no-input", action="store_true", help="never prompt (keeps the current password)")

    def handle(self, *args, username: str, password: str | None, email: str, no_input: bool, **options) -> None:
        user_model = get_user_model()
        group = ensure_editors_group()
        user, created = user_model.objects.get_or_create(username=username, defaults={"email": email})
        if password is None and not no_input and sys.stdin.isatty():
            password = self._ask_password(user)
        if password is not None:
            try:
                validate_password(password, user)
            except ValidationError as exc:
                if created:
                    user.delete()
                raise CommandError("; ".join(exc.messages)) from exc
            user.set_password(password)
        elif created:
            user.set_unusable_password()
            self.stderr.write(f"{username} has no password yet: run `manage.py changepassword {username}`.")
        user.is_staff = True
        user.is_active = True
        if email:
            user.email = email
        user.save()
        user.groups.add(group)
        verb = "Created" if created else "Updated"
        self.stdout.write(self.style.SUCCESS(f"{verb} editor {username} (group '{EDITORS_GROUP}')."))

    def _ask_password(self, user) -> str:
        first = getpass.getpass(f"Password for {user.username}: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("The two passwords differ.")
        return first
