"""A GIN index of each metric's characters and character pairs, for `?metric=<part>` (PostgreSQL only; see
`indicators.metric_grams`)."""

from django.db import migrations

from indicators import metric_grams


def forwards(apps, schema_editor):
    metric_grams.install(schema_editor)


def backwards(apps, schema_editor):
    metric_grams.uninstall(schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ("indicators", "0006_covering_sort_indexes"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
