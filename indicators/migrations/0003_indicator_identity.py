"""Shift-tolerant identities for indicator rows: the column, a backfill of existing rows and legacy tombstones
(`core.identity_backfill`), and uniqueness per parent on the identity instead of on an offset."""

from django.db import migrations, models

from core.identity_backfill import backfill_identities


def backfill(apps, schema_editor):
    backfill_identities(apps, "indicators", "indicator")


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0002_editors_group'),
        ('articles', '0005_article_identity'),
        ('indicators', '0002_place_unit_value_index'),
        ('localities', '0002_locality_mention_identity'),
        ('programs', '0002_program_mention_identity'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='indicator',
            name='indicator_unique_figure',
        ),
        migrations.AddField(
            model_name='historicalindicator',
            name='identity',
            field=models.CharField(blank=True, editable=False, help_text='What makes a re-imported row the same row: its printed text, never its offsets.', max_length=255, null=True, verbose_name='identity'),
        ),
        migrations.AddField(
            model_name='indicator',
            name='identity',
            field=models.CharField(blank=True, editable=False, help_text='What makes a re-imported row the same row: its printed text, never its offsets.', max_length=255, null=True, verbose_name='identity'),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='indicator',
            constraint=models.UniqueConstraint(fields=('article', 'identity'), name='indicator_unique_identity'),
        ),
    ]
