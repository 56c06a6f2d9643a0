"""On PostgreSQL, an index of the articles by id carrying their title and page: what a figure's row shows of its
article (`indicators.api_selectors.RELATED_FIELDS`) is then read from this narrow index instead of the article rows,
whose bodies make them ~1.3 KB each. At 10M figures / 1M articles a county's CSV export (100k figures) joined every
figure to its article through the table: a scan of all 1M rows (170k pages, 1.3 GB) or one heap page per figure;
through this index (56 MB) the join reads 7.5k pages. The articles settle between imports, so autovacuum keeps
their pages all-visible, which an index-only read needs (until it has, the join reads the rows as before). SQLite
reads no such index. Not in the model's Meta: an index with INCLUDE is PostgreSQL's only."""

from django.db import migrations

NAME = "article_title_source"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON articles_article (id) INCLUDE (title, source_id)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_article_identity")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
