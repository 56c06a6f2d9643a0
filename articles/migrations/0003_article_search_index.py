"""Full-text index over Article.search_text: a GIN index on PostgreSQL, an FTS5 table with triggers on SQLite.

Neither is a model-level index (Django has no FTS5 model and the GIN index is on an expression the model does not
declare), so the model state is unchanged and `makemigrations` stays quiet. See core.api.fulltext.
"""

from django.db import migrations

from core.api.fulltext import create_index, drop_index


def forwards(apps, schema_editor):
    create_index(schema_editor)


def backwards(apps, schema_editor):
    drop_index(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_initial")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
