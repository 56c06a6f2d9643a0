"""History rows of bulk writes (`core.sync_history`) hold what django-simple-history's own bulk writer gives."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.sync import SyncContext, Tally, create_with_history, update_with_history
from core.sync_history import write_history
from localities.models import Locality

pytestmark = pytest.mark.django_db

SKIPPED = {"history_id", "history_date"}


def _history(instances: list[Locality]) -> list[tuple]:
    fields = [f.attname for f in Locality.history.model._meta.concrete_fields if f.attname not in SKIPPED]
    rows = Locality.history.filter(id__in=[i.pk for i in instances]).order_by("history_id").values_list(*fields)
    return list(rows)


def _places(n: int) -> list[Locality]:
    province = Locality.objects.create(name="山东省", level="province", full_name="山东省")
    return [
        Locality(name=f"{i}号镇", level="township", parent=province, aliases=[f"{i}镇"], full_name=f"山东省{i}号镇")
        for i in range(n)
    ]


def test_created_rows_get_the_history_rows_simple_history_writes() -> None:
    user = get_user_model().objects.create(username="importer")
    places = _places(3)
    create_with_history(Locality, places, SyncContext(tally=Tally(), history_user=user))
    ours = _history(places)
    Locality.history.filter(id__in=[p.pk for p in places]).delete()
    Locality.history.bulk_history_create(places, update=False, default_user=user, default_change_reason="import")
    theirs = _history(places)
    assert ours == theirs
    assert len(ours) == 3
    assert {h.history_type for h in Locality.history.filter(id__in=[p.pk for p in places])} == {"+"}


def test_updated_rows_are_recorded_as_changes_by_their_author() -> None:
    user = get_user_model().objects.create(username="importer")
    places = _places(2)
    Locality.objects.bulk_create(places)
    for place in places:
        place.aliases = ["改名"]
    update_with_history(Locality, [(p, ["aliases"]) for p in places], SyncContext(tally=Tally(), history_user=user))
    history = list(Locality.history.filter(id__in=[p.pk for p in places]).order_by("history_id"))
    assert [(h.id, h.history_type, h.history_user_id, h.history_change_reason, h.aliases) for h in history] == [
        (p.pk, "~", user.pk, "import", ["改名"]) for p in places
    ]


def test_many_rows_are_written_in_few_statements() -> None:
    places = _places(120)
    Locality.objects.bulk_create(places)
    with CaptureQueriesContext(connection) as queries:
        write_history(Locality, places, update=False, default_change_reason="import")
    assert Locality.history.filter(history_type="+", name__endswith="号镇").count() == 120
    assert len(queries) <= (120 * len(Locality.history.model._meta.concrete_fields)) // 999 + 2


def test_an_instance_names_its_own_author_and_reason() -> None:
    user = get_user_model().objects.create(username="editor")
    places = _places(1)
    Locality.objects.bulk_create(places)
    places[0]._history_user = user
    places[0]._change_reason = "merged"
    write_history(Locality, places, update=True, default_change_reason="import")
    history = Locality.history.get(id=places[0].pk)
    assert (history.history_user_id, history.history_change_reason, history.history_type) == (user.pk, "merged", "~")
