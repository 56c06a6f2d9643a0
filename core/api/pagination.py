"""Page-number pagination that stays fast on a million rows and refuses nonsense parameters.

Django's paginator counts every matching row before it returns a page; on the indicator table that `COUNT(*)` costs
more than the page itself. Here the count stops at `count_limit` (an index-only scan of at most that many rows) and
the next page is detected by reading one row more than asked. Clients that need every row use `?format=csv`, which
streams the whole filtered result.

The bounded count comes first because it also tells how to sort. PostgreSQL's planner assumes matching rows are
spread evenly, so for `?locality=<county>&ordering=-value` it walks the whole value index backwards looking for the
county's rows (1.1 s at a million indicators) instead of fetching the county's 1,400 rows and sorting them (9 ms).
When the count says the result is small, the page is read with `sorted_by_the_database` so no index can be walked.
Three queries per page, whatever its size: the bounded count, the page's ids, its rows.

`?page=` costs OFFSET: page 10,000 reads and drops half a million ids (1.5 s at a million indicators, 6.8 s at ten
million), and no index makes an arbitrary offset cheap. So page numbers reach the rows the count counts exactly, the
first `max_depth` (10,000: page 200 at 50 a page, about three times the cost of page one), as search engines' APIs
bound theirs; a deeper page is a 400 that names `?cursor=`. A client that walks a whole result follows `?cursor=`
links (see `core.api.keyset`): each page starts after the last row of the previous one, through the ordering's
index, at the cost of page one, at any depth. The last page-number page's `next` link is such a cursor link, so a
client following `next` walks on without noticing.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from core.api.filters import WHOLE_NUMBER
from core.api.keyset import CURSOR_PATTERN, Keyset
from core.api.ordering import sorted_by_the_database


def positive_int_param(request: Any, name: str, default: int, maximum: int | None = None) -> int:
    """A query parameter that must be a whole number >= 1 (and <= `maximum`); anything else is a 400 naming it."""
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not WHOLE_NUMBER.fullmatch(raw):  # int() would also take " 5", "+5", "1_0" and "٥"
        raise ValidationError({name: [f"A whole number is required, not {raw[:40]!r}."]})
    value = int(raw)
    if value < 1 or (maximum is not None and value > maximum):
        bound = f" and at most {maximum}" if maximum is not None else ""
        raise ValidationError({name: [f"Must be at least 1{bound}."]})
    return value


def page_rows(queryset: QuerySet, offset: int, limit: int, read: Any = None) -> list:
    """The rows of one page: first their primary keys (sorted and cut without any join), then the rows themselves.

    In one query PostgreSQL joins every matching row to its article, source and place before it sorts and cuts the
    page (55 ms for 1,400 matches); sorting bare ids and joining only the page's rows takes a few. Querysets whose
    rows are not model instances, or are made distinct, are read in one query as they are. `read(queryset, keys)`,
    when given and not answering None, reads the rows of `keys` (in their order) instead of model instances.
    """
    if queryset.query.distinct or queryset._fields is not None:
        return list(queryset[offset : offset + limit])
    return rows_of_keys(queryset, list(queryset.values_list("pk", flat=True)[offset : offset + limit]), read)


def rows_of_keys(queryset: QuerySet, keys: list, read: Any = None) -> list:
    """The rows of `queryset` whose primary keys are `keys`, in that order (see `page_rows` for `read`)."""
    if not keys:
        return []
    if read is not None:
        shaped = read(queryset, keys)
        if shaped is not None:
            return shaped
    position = {key: index for index, key in enumerate(keys)}
    rows = list(queryset.order_by().filter(pk__in=keys))
    return sorted(rows, key=lambda row: position[row.pk])


def bounded_count(queryset: QuerySet, limit: int) -> int:
    """How many rows `queryset` has, counting no further than `limit`: `SELECT count(*)` over the ids cut at the
    limit, written around the ids' own statement (Django's `count()` of a sliced queryset compiles the query twice
    over, a fifth of a page's time)."""
    ids = queryset.order_by().values_list("pk")[:limit]
    try:
        sql, params = ids.query.sql_with_params()
    except EmptyResultSet:  # a filter that can match nothing (`.none()`, an empty list of ids)
        return 0
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({sql}) AS bounded", params)
        return cursor.fetchone()[0]


class BoundedPageNumberPagination(BasePagination):
    """`?page=` and `?page_size=` (1..500). `count` is exact up to `count_limit`; above it `count_is_exact` is false
    and `count` is the limit, so a list over a million rows never pays for a full count."""

    page_query_param = "page"
    page_size_query_param = "page_size"
    cursor_query_param = "cursor"
    query_params = (page_query_param, page_size_query_param, cursor_query_param)
    max_page_size = 500
    count_limit = 10_000
    # Page numbers reach the first `max_depth` rows (an OFFSET deeper than that costs seconds: see the module's note).
    max_depth = count_limit
    max_page = max_depth  # with page_size=1

    def __init__(self) -> None:
        self.page_size = settings.REST_FRAMEWORK.get("PAGE_SIZE") or 50

    def check_params(self, request: Any) -> None:
        """Read and check the page parameters (an export, which has no pages, still refuses malformed ones)."""
        self.cursor_mode = self.cursor_query_param in request.query_params
        self.page = positive_int_param(request, self.page_query_param, 1, self.max_page)
        self.size = positive_int_param(request, self.page_size_query_param, self.page_size, self.max_page_size)
        cursor = request.query_params.get(self.cursor_query_param, "")
        if not re.match(CURSOR_PATTERN, cursor):
            raise ValidationError({self.cursor_query_param: ["A cursor is made of letters, digits, - and _ only."]})

    def paginate_queryset(self, queryset: Any, request: Any, view: Any = None) -> list:
        self.request = request
        self.next_cursor = None
        self.check_params(request)
        if self.cursor_mode and self.page_query_param in request.query_params:
            raise ValidationError(
                {self.cursor_query_param: ["Give either page or cursor, not both."]}, code="combination_refused"
            )
        offset = (self.page - 1) * self.size
        if offset >= self.max_depth:
            last_page = -(-self.max_depth // self.size)  # the deepest page a number reaches at this page size
            raise ValidationError(
                {
                    self.page_query_param: [
                        f"Page numbers reach the first {self.max_depth} rows (page {last_page} at "
                        f"{self.size} rows a page). To go deeper, walk the result with cursor= (empty) and follow "
                        "`next`: every cursor page costs what the first page costs."
                    ]
                },
                code="combination_refused",
            )
        read = getattr(view, "read_page_rows", None)
        ranked = getattr(view, "ranked_keys", None)
        if ranked is not None and not self.cursor_mode:
            return self.ranked_page(queryset, ranked, offset, read)
        # Ordering and selected columns do not change a count; dropping them lets the database count an index.
        count = bounded_count(queryset, self.count_limit + 1)
        self.count_is_exact = count <= self.count_limit
        self.count = min(count, self.count_limit)
        if self.cursor_mode:
            self.keyset = Keyset(queryset, request.query_params.get(self.cursor_query_param, ""))
            queryset, offset = self.keyset.after(queryset), 0
        ordered = queryset  # its ordering as the view wrote it (a cursor reads it)
        if self.count_is_exact:
            queryset = sorted_by_the_database(queryset)
        rows = page_rows(queryset, offset, self.size + 1, read)
        self.has_next = len(rows) > self.size
        rows = rows[: self.size]
        if self.page > 1 and not rows:
            raise NotFound(f"Page {self.page} is past the end of the results.")
        if self.cursor_mode:
            last = rows[-1] if rows and self.has_next else None
            self.next_cursor = None if last is None else self.keyset.token_after(last)
        elif self.has_next and offset + self.size >= self.max_depth:
            self.has_next = False  # no page number reaches the next page: a cursor link, if the ordering allows one
            self.next_cursor = self.cursor_after(ordered, rows[-1])
        return rows

    def ranked_page(self, queryset: QuerySet, ranked: Any, offset: int, read: Any) -> list:
        """A page of keys the view has ranked (a search: see `core.api.fulltext`) — a list in order, or an object
        whose `page(offset, size)` answers their number and the page's keys: the count is their number, the page
        their slice, its rows read by key."""
        if isinstance(ranked, list):
            total, keys = len(ranked), ranked[offset : offset + self.size + 1]
        else:
            total, keys = ranked.page(offset, self.size + 1)
        self.count_is_exact = total <= self.count_limit
        self.count = min(total, self.count_limit)
        self.has_next = len(keys) > self.size
        if self.has_next and offset + self.size >= self.max_depth:
            self.has_next = False  # a relevance order has no cursor: the list ends where page numbers end
        rows = rows_of_keys(queryset, keys[: self.size], read)
        if self.page > 1 and not rows:
            raise NotFound(f"Page {self.page} is past the end of the results.")
        return rows

    def cursor_after(self, queryset: QuerySet, row: Any) -> str | None:
        """The cursor continuing after `row`, for the `next` link of the last page a number reaches (None when the
        ordering cannot be walked by cursor: the list then ends at the depth limit)."""
        try:
            return Keyset(queryset, "").token_after(row)
        except ValidationError:
            return None

    def _page_link(self, page: int | None) -> str | None:
        if page is None:
            return None
        if not hasattr(self, "_url"):  # built once for both links
            self._url = self.request.build_absolute_uri()
        url = self._url
        return (
            remove_query_param(url, self.page_query_param)
            if page == 1
            else replace_query_param(url, self.page_query_param, page)
        )

    def get_paginated_response(self, data: list) -> Response:
        if self.cursor_mode:
            url = self.request.build_absolute_uri()
            following = None
            if self.next_cursor is not None:
                following = replace_query_param(url, self.cursor_query_param, self.next_cursor)
            body = [("count", self.count), ("count_is_exact", self.count_is_exact), ("next", following)]
            return Response(OrderedDict([*body, ("previous", None), ("results", data)]))
        following = self._page_link(self.page + 1 if self.has_next else None)
        if self.next_cursor is not None:  # the page after is past the depth page numbers reach
            following = replace_query_param(
                remove_query_param(self.request.build_absolute_uri(), self.page_query_param),
                self.cursor_query_param,
                self.next_cursor,
            )
        return Response(
            OrderedDict(
                [
                    ("count", self.count),
                    ("count_is_exact", self.count_is_exact),
                    ("next", following),
                    ("previous", self._page_link(self.page - 1 if self.page > 1 else None)),
                    ("results", data),
                ]
            )
        )

    def get_paginated_response_schema(self, schema: dict) -> dict:
        return {
            "type": "object",
            "required": ["count", "count_is_exact", "next", "previous", "results"],
            "properties": {
                "count": {
                    "type": "integer",
                    "example": 123,
                    "description": f"Rows matching the filters, counted up to {self.count_limit}.",
                },
                "count_is_exact": {
                    "type": "boolean",
                    "description": f"False when more than {self.count_limit} rows match (count is then the limit).",
                },
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "previous": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict]:
        return [
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": f"Page number, from 1. Page numbers reach the first {self.max_depth} rows (page "
                f"{self.max_depth // self.page_size} at the default page size): a deeper page is refused (400); "
                "walk deeper with `cursor` (the last page's `next` link is a cursor link).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Rows per page (default {self.page_size}, at most {self.max_page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Walk the whole result page by page at constant cost: give `cursor=` (empty) for the "
                "first page, then follow `next`. Needs an ordering on columns that are never empty (the default, "
                "id, value, unit, metric, article...). Not with `page`.",
                "schema": {"type": "string", "pattern": CURSOR_PATTERN},
            },
        ]
