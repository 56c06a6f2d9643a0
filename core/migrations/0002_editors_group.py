"""The `editors` group: may add, change, delete and view extraction data and view import records; never users.

Self-contained (no import of app code) so the migration keeps working whatever the code becomes. Permissions are
created here because Django creates them only after all migrations, and a fresh database would otherwise give an
empty group. `manage.py add_editor` re-syncs the group for models added later.
"""

from django.db import migrations

EXTRACTION_APPS = ("articles", "localities", "programs", "indicators")
CORE_PERMISSIONS_FOR_EDITORS = ("view_importrun", "view_tombstone")


def create_editors_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # create_permissions skips app configs without a models module, which historical ones (stubs) never have.
        # Put the old value back: on the live registry (a test may pass it) a None left behind makes every later
        # post_migrate (run by each flush) skip that app, so content types and permissions are never recreated.
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="editors")
    permissions = Permission.objects.filter(content_type__app_label__in=EXTRACTION_APPS) | Permission.objects.filter(
        content_type__app_label="core", codename__in=CORE_PERMISSIONS_FOR_EDITORS
    )
    group.permissions.add(*permissions)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("articles", "0002_initial"),
        ("localities", "0001_initial"),
        ("programs", "0001_initial"),
        ("indicators", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
