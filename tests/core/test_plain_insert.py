"""`core.plain_insert` writes what `bulk_create` writes: the same prepared values, the same rows, ids set."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.apps import apps
from django.db import connection, models
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.plain_insert import insert_instances, value_preparer
from indicators.models import Indicator
from localities.models import Locality

SAMPLES = [
    None,
    "",
    "镇",
    "12",
    0,
    7,
    True,
    False,
    1.5,
    Decimal("2.50"),
    datetime.date(2024, 5, 1),
    timezone.now(),
    ["a", "b"],
    {"k": 1},
]


def _outcome(prepare, value):
    try:
        result = prepare(value)
        # psycopg's JSON wrappers (Jsonb on PostgreSQL) compare by identity; what they write is the object inside.
        return ("ok", type(result), getattr(result, "obj", result))
    except Exception as exc:  # the same failure is the same outcome
        return ("error", type(exc))


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # a date in a datetime field: warned either way
def test_every_field_of_every_model_prepares_values_as_the_field_does() -> None:
    checked = 0
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            fast = value_preparer(field, connection)
            for value in SAMPLES:
                expected = _outcome(lambda v, f=field: f.get_db_prep_save(v, connection), value)
                assert _outcome(fast, value) == expected, (model.__name__, field.name, value)
                checked += 1
    assert checked > 1000


@pytest.mark.django_db
def test_rows_inserted_are_the_rows_bulk_create_inserts() -> None:
    province = Locality.objects.create(name="山东省", level="province", full_name="山东省")

    def places(tag: str) -> list[Locality]:
        return [
            Locality(name=f"{tag}{i}镇", level="township", parent=province, aliases=[f"{i}镇"], in_gazetteer=i % 2 == 0)
            for i in range(3)
        ]

    ours, theirs = places("甲"), places("乙")
    with CaptureQueriesContext(connection) as queries:
        insert_instances(Locality, ours)
    assert len(queries) == 1
    Locality.objects.bulk_create(theirs, batch_size=500)
    assert all(p.pk is not None and not p._state.adding and p._state.db == "default" for p in ours)
    assert [p.pk for p in ours] == sorted(p.pk for p in ours)
    skip = {"id", "name", "full_name", "created_at", "updated_at"}
    fields = [f.attname for f in Locality._meta.concrete_fields if f.attname not in skip]

    def stored(rows: list[Locality]) -> list[tuple]:
        return list(Locality.objects.filter(pk__in=[p.pk for p in rows]).order_by("pk").values_list(*fields))

    assert stored(ours) == stored(theirs)
    assert [p.name for p in Locality.objects.filter(pk__in=[p.pk for p in ours]).order_by("pk")] == [
        "甲0镇",
        "甲1镇",
        "甲2镇",
    ]
    assert all(p.created_at is not None for p in Locality.objects.filter(pk__in=[p.pk for p in ours]))


@pytest.mark.django_db
def test_an_unsaved_parent_is_refused_as_bulk_create_refuses_it() -> None:
    parent = Locality(name="新省", level="province", full_name="新省")
    with pytest.raises(ValueError):
        insert_instances(Locality, [Locality(name="新镇", level="township", parent=parent)])
    assert not Indicator.objects.exists()


def _history_written(reuse: bool) -> list[tuple]:
    from articles.models import Article, Source
    from core.sync_history import write_history

    source = Source.objects.create(name=f"page-{reuse}", content_hash=f"h{reuse}", text="正文")
    article = Article.objects.create(source=source, position=0, title="标题", body="正文", start_offset=0, end_offset=2)
    figures = [
        Indicator(
            article=article,
            metric="产值",
            value=Decimal("2.50"),
            value_low=Decimal("1"),
            unit="亿元",
            period_start=datetime.date(2024, 1, 1),
            start_offset=i,
            evidence_start=0,
            evidence_end=2,
            end_offset=i + 2,
            identity=f"{reuse}{i}",
        )
        for i in range(3)
    ]
    written = insert_instances(Indicator, figures)
    assert written is not None
    write_history(Indicator, figures, update=False, prepared=written if reuse else None)
    history = Indicator.history.model
    skip = {"history_id", "history_date", "id", "article_id", "identity", "history_user_id"}
    names = [f.attname for f in history._meta.concrete_fields if f.attname not in skip]
    rows = history.objects.filter(id__in=[f.pk for f in figures]).order_by("id").values_list(*names)
    return [tuple(v for n, v in zip(names, row, strict=True) if n not in {"created_at", "updated_at"}) for row in rows]


@pytest.mark.django_db
def test_history_rows_reuse_the_values_the_insert_prepared_and_store_the_same() -> None:
    assert _history_written(reuse=True) == _history_written(reuse=False)


@pytest.mark.django_db
def test_prepared_values_are_reused_only_for_the_same_kind_of_field_under_the_same_name() -> None:
    province = Locality(name="山东省", level="province", full_name="山东省", aliases=["鲁"])
    written = insert_instances(Locality, [province])
    assert written is not None
    history = Locality.history.model._meta
    assert written.column(history.get_field("aliases")) is not None
    assert written.column(history.get_field("created_at")) is not None  # auto_now_add stores what it returns
    assert written.column(history.get_field("id")) is None  # not written by the INSERT (the database gave it)
    other = models.CharField()
    other.set_attributes_from_name("aliases")
    assert written.column(other) is None  # another kind of field under that name


@pytest.mark.django_db
def test_history_rows_carry_the_created_rows_stamps() -> None:
    province = Locality(name="山西省", level="province", full_name="山西省")
    written = insert_instances(Locality, [province])
    from core.sync_history import write_history

    write_history(Locality, [province], update=False, prepared=written)
    row = Locality.history.get(id=province.pk)
    assert (row.created_at, row.updated_at) == (province.created_at, province.updated_at)
