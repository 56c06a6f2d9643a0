"""On PostgreSQL a subtree's export reads what each figure shows of its article (title, page) from the narrow
index `article_title_source` (migration articles/0006), never from the article rows, whose bodies make them wide.

At 10M figures / 1M articles the county's CSV joined its 100k figures to the articles by reading all 1M rows (a
scan, or the primary key in order: 170k pages); through the index the join reads 7.5k. The plans are asserted,
never timings; the same statements planned with the index dropped (inside a rolled-back transaction) read the
article rows, so the test can fail.
"""

from __future__ import annotations

import pytest
from django.db import connection, transaction

import core.api.copy_export
from articles.models import Article
from indicators.models import Indicator
from localities.models import Locality
from tests.api.conftest import build_world

pytestmark = [
    pytest.mark.django_db(transaction=True),  # VACUUM, which sets what an index-only read relies on, runs outside one
    pytest.mark.skipif(connection.vendor != "postgresql", reason="plans are PostgreSQL's"),
]
ARTICLES = 4_000
FIGURES = 40_000
BODY = "各村持续推进产业扶贫项目建设。" * 27  # ~1.2 KB: stored in the row, as a report's body is


def copy_all(skipped: tuple[str, ...], model) -> list[str]:
    return [f.column for f in model._meta.concrete_fields if f.column not in skipped]


@pytest.fixture
def wide_articles() -> list[Locality]:
    """4,000 articles with report-sized bodies, 40,000 figures spread over them and over 10 villages of each of 10
    new counties; the tables vacuumed and analysed, as autovacuum leaves them between imports."""
    world = build_world()
    counties = Locality.objects.bulk_create(
        Locality(name=f"导{i}县", level="county", parent=world.prefecture, code=f"9901{i + 40:02d}000000")
        for i in range(10)
    )
    villages = Locality.objects.bulk_create(
        Locality(name=f"导{j}村", level="village", parent=county) for county in counties for j in range(10)
    )
    articles, figures = Article._meta.db_table, Indicator._meta.db_table
    article_columns = copy_all(("id", "identity", "position", "body"), Article)
    figure_columns = copy_all(("id", "article_id", "locality_id", "start_offset", "end_offset"), Indicator)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {articles} ({', '.join(article_columns)}, identity, position, body) "
            f"SELECT {', '.join(article_columns)}, 'wide-' || g, 100 + g, %s "
            f"FROM {articles}, generate_series(1, %s) AS g WHERE id = %s RETURNING id",
            [BODY, ARTICLES, world.poverty_article.pk],
        )
        new_articles = sorted(row[0] for row in cursor.fetchall())
        cursor.execute(
            f"INSERT INTO {figures} ({', '.join(figure_columns)}, article_id, locality_id, start_offset, end_offset) "
            f"SELECT {', '.join(figure_columns)}, (%s::bigint[])[1 + g %% %s], (%s::bigint[])[1 + g %% %s], "
            f"100000 + g, 100001 + g FROM {figures}, generate_series(1, %s) AS g WHERE id = %s",
            [new_articles, ARTICLES, [v.pk for v in villages], len(villages), FIGURES, world.road_km.pk],
        )
        for table in (articles, figures, Locality._meta.db_table):
            cursor.execute(f"VACUUM ANALYZE {table}")
    return counties


def export_statements(client, monkeypatch, url: str) -> list[tuple[str, tuple]]:
    """The SELECTs the export at `url` hands to COPY (recorded, then run as usual)."""
    seen: list[tuple[str, tuple]] = []
    real = core.api.copy_export.copy_rows

    def spy(connection, statement, params, settings, line_end):
        seen.append((statement[len("COPY (") : statement.rindex(") TO STDOUT")], params))
        return real(connection, statement, params, settings, line_end)

    monkeypatch.setattr(core.api.copy_export, "copy_rows", spy)
    monkeypatch.setattr("core.api.copy_json_lines.copy_rows", spy)
    response = client.get(url)
    assert response.status_code == 200
    b"".join(response.streaming_content)
    return seen


def plan(select: tuple[str, tuple]) -> str:
    sql, params = select
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")  # as the export runs it
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def article_reads(shown: str) -> list[str]:
    """How each plan node reads the article table (`Index Only Scan using …`, `Seq Scan …`)."""
    return [line.strip().removeprefix("->").strip() for line in shown.splitlines() if " on articles_article" in line]


def test_a_subtree_export_reads_its_articles_from_the_narrow_index(anonymous, wide_articles, monkeypatch):
    county = wide_articles[0]
    selects = [
        select
        for where in (county.code[:6], county.parent.code[:4])  # 4,000 figures; the prefecture's 40,000 and more
        for export in ("csv", "jsonl")
        for select in export_statements(anonymous, monkeypatch, f"/api/indicators/?locality={where}&format={export}")
    ]
    assert len(selects) == 4

    for select in selects:
        reads = article_reads(plan(select))
        assert reads and all(read.startswith("Index Only Scan using article_title_source") for read in reads), reads

    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("DROP INDEX article_title_source")
        for select in selects:
            reads = article_reads(plan(select))
            assert reads and not any("article_title_source" in read for read in reads), reads
        transaction.set_rollback(True)
