"""Shift-tolerant identities for article rows: the column, a backfill of existing rows and legacy tombstones
(`core.identity_backfill`), and uniqueness per parent on the identity instead of on an offset."""

from django.db import migrations, models

from core.api.fulltext import create_index
from core.identity_backfill import backfill_identities


def backfill(apps, schema_editor):
    backfill_identities(apps, "articles", "article")


def restore_search_index(apps, schema_editor):
    """SQLite rebuilt the table to change its constraints, which dropped the full-text triggers (idempotent)."""
    create_index(schema_editor)


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0002_editors_group'),
        ('articles', '0004_source_path_and_page'),
        ('localities', '0001_initial'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='article',
            name='article_unique_position',
        ),
        migrations.AddField(
            model_name='article',
            name='identity',
            field=models.CharField(blank=True, editable=False, help_text='What makes a re-imported row the same row: its printed text, never its offsets.', max_length=255, null=True, verbose_name='identity'),
        ),
        migrations.AddField(
            model_name='historicalarticle',
            name='identity',
            field=models.CharField(blank=True, editable=False, help_text='What makes a re-imported row the same row: its printed text, never its offsets.', max_length=255, null=True, verbose_name='identity'),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='article',
            constraint=models.UniqueConstraint(fields=('source', 'identity'), name='article_unique_identity'),
        ),
        migrations.RunPython(restore_search_index, migrations.RunPython.noop),
    ]
