"""Shift-tolerant identities for localitymention rows: the column, a backfill of existing rows and legacy tombstones
(`core.identity_backfill`), and uniqueness per parent on the identity instead of on an offset."""

from django.db import migrations, models

from core.identity_backfill import backfill_identities


def backfill(apps, schema_editor):
    backfill_identities(apps, "localities", "localitymention")


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0002_editors_group'),
        ('articles', '0005_article_identity'),
        ('localities', '0001_initial'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='localitymention',
            name='locality_mention_unique_offset',
        ),
        migrations.AddField(
            model_name='historicallocalitymention',
            name='identity',
            field=models.CharField(blank=True, editable=False, help_text='What makes a re-imported row the same row: its printed text, never its offsets.', max_length=255, null=True, verbose_name='identity'),
        ),
        migrations.AddField(
            model_name='localitymention',
            name='identity',
            field=models.CharField(blank=True, editable=False, help_text='What makes a re-imported row the same row: its printed text, never its offsets.', max_length=255, null=True, verbose_name='identity'),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='localitymention',
            constraint=models.UniqueConstraint(fields=('article', 'identity'), name='locality_mention_unique_identity'),
        ),
    ]
