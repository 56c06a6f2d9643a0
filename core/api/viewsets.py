"""The viewset every resource uses: safe writes, stable ordering, bounded pages and a streaming CSV of any list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import ProtectedError, QuerySet, RestrictedError
from django.http import StreamingHttpResponse
from django.utils.http import http_date
from rest_framework import serializers, status, viewsets
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response

from core.api.errors import DATABASE_REFUSED, Conflict, logger
from core.api.filters import StrictFilterBackend
from core.api.ordering import StableOrderingFilter
from core.api.pagination import BoundedPageNumberPagination
from core.api.renderers import (
    CSVRenderer,
    JSONLinesRenderer,
    csv_header,
    stream_csv,
    stream_csv_cells,
    stream_json_lines,
)
from core.api.rows import RowPlan, read_page, row_plan
from core.api.schema import CSVAwareAutoSchema
from core.corrections import delete_by_editor

_PLANS: dict[type, RowPlan | None] = {}


class CorrectionViewSet(viewsets.ModelViewSet):
    """List/retrieve/create/update/delete with the editor semantics of `core.corrections`.

    `list_serializer_class` (lighter, no nested collections) serves lists and CSV; `serializer_class` the rest.
    """

    # Token first: an anonymous write then gets 401 with `WWW-Authenticate: Token`, which tells a script what to send.
    authentication_classes = [TokenAuthentication, SessionAuthentication]
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CSVRenderer, JSONLinesRenderer]
    filter_backends = [StrictFilterBackend, StableOrderingFilter]
    pagination_class = BoundedPageNumberPagination
    schema = CSVAwareAutoSchema()
    list_serializer_class: type[serializers.BaseSerializer] | None = None
    list_actions = frozenset({"list"})
    csv_chunk_size = 2000
    # A detail made only of the row's own fields changes exactly when its updated_at does: it gets Last-Modified.
    # Details that show related rows (names, nested lists) rely on the ETag alone.
    detail_has_own_fields_only = False

    def perform_content_negotiation(self, request: Any, force: bool = False) -> Any:
        # `?format=` with no value would silently mean JSON, and an unknown one answered a bare 404.
        chosen = request.query_params.get("format")
        formats = [renderer.format for renderer in self.get_renderers()]
        if not force and chosen is not None and chosen not in formats:
            raise serializers.ValidationError({"format": ["Choose csv, json or jsonl (or leave the parameter out)."]})
        return super().perform_content_negotiation(request, force)

    def get_serializer_class(self) -> type[serializers.BaseSerializer]:
        if self.action in self.list_actions and self.list_serializer_class is not None:
            return self.list_serializer_class
        return super().get_serializer_class()

    def get_list_queryset(self) -> QuerySet:
        """The queryset of list-like actions (lists select less than a detail)."""
        return self.get_queryset()

    def wants_csv(self) -> bool:
        return getattr(self.request.accepted_renderer, "format", None) == "csv"

    def export_format(self) -> str | None:
        """`csv` or `jsonl` when the client asked for a whole-result export, else None (a page of JSON)."""
        chosen = getattr(self.request.accepted_renderer, "format", None)
        return chosen if chosen in ("csv", "jsonl") else None

    def list_plan(self) -> RowPlan | None:
        """How to read list rows as columns (see `core.api.rows`), built once per serializer class."""
        serializer_class = self.get_serializer_class()
        if serializer_class not in _PLANS:
            _PLANS[serializer_class] = row_plan(self.get_serializer())
        return _PLANS[serializer_class]

    def read_page_rows(self, queryset: QuerySet, keys: list) -> list | None:
        """The page's records as dicts straight from the database, or None to serialize instances instead."""
        plan = self.list_plan()
        return None if plan is None else read_page(plan, queryset, keys)

    def respond_with_list(self, queryset: QuerySet) -> Any:
        """A page of JSON, or the whole filtered result as streaming CSV or JSON Lines."""
        queryset = self.filter_queryset(queryset)
        if self.export_format():
            if self.paginator is not None:
                self.paginator.check_params(self.request)  # ignored by a whole-result export, but never malformed
            return self.stream_export(queryset)
        page = self.paginate_queryset(queryset)
        if page and isinstance(page[0], dict):  # already shaped by `read_page_rows`
            return self.get_paginated_response(page)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def list(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        return self.respond_with_list(self.get_list_queryset())

    def export_records(self, queryset: QuerySet) -> Iterator[dict]:
        """Every record of `queryset` in the list's shape, at constant memory (a server-side cursor on PostgreSQL)."""
        plan = self.list_plan()
        if plan is not None and not queryset.query.distinct:
            yield from plan.stream(queryset, chunk_size=self.csv_chunk_size)
            return
        chunk: list = []
        # iterator() keeps memory flat; prefetches run once per chunk.
        for row in queryset.iterator(chunk_size=self.csv_chunk_size):
            chunk.append(row)
            if len(chunk) == self.csv_chunk_size:
                yield from self.get_serializer(chunk, many=True).data
                chunk = []
        if chunk:
            yield from self.get_serializer(chunk, many=True).data

    def stream_export(self, queryset: QuerySet) -> StreamingHttpResponse:
        plan = None if queryset.query.distinct else self.list_plan()
        if self.export_format() == "csv":
            header = csv_header(self.get_serializer())
            if plan is not None and len(header) == len(plan.flat(plan.bound())):
                cells = plan.stream_cells(queryset, chunk_size=self.csv_chunk_size)
                body = stream_csv_cells(header, plan.column_kinds(), cells)
            else:
                body = stream_csv(header, self.export_records(queryset))
            content_type, extension = "text/csv", "csv"
        else:
            body, content_type = stream_json_lines(self.export_records(queryset)), "application/jsonl"
            extension = "jsonl"
        response = StreamingHttpResponse(body, content_type=f"{content_type}; charset=utf-8")
        # /api/localities/3/subtree/ -> localities-3-subtree.csv (ASCII, so every browser keeps the name)
        name = "-".join(part for part in self.request.path.split("/") if part and part != "api") or "export"
        response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
        return response

    def perform_create(self, serializer: serializers.BaseSerializer) -> None:
        self._save(serializer)

    def perform_update(self, serializer: serializers.BaseSerializer) -> None:
        self._save(serializer)

    def _save(self, serializer: serializers.BaseSerializer) -> None:
        try:
            with transaction.atomic():
                serializer.save()
                self.after_save(serializer.instance)
        except IntegrityError as exc:
            # Validation checks every constraint first; this is a concurrent writer that got there in between. The
            # database's message quotes the failing row: it goes to the log, the client gets a fixed message.
            logger.warning("Integrity error on an API write", exc_info=exc)
            raise Conflict(DATABASE_REFUSED, code="database_conflict") from exc

    def after_save(self, instance: Any) -> None:
        """Hook for work that must commit with the write (e.g. refreshing denormalised names)."""

    def dependants(self, instance: Any) -> dict[str, int]:
        """Hook: rows that would be changed or lost by deleting `instance`, counted per kind; any makes it a 409."""
        return {}

    def perform_destroy(self, instance: Any) -> None:
        dependants = {kind: count for kind, count in self.dependants(instance).items() if count}
        if dependants:
            listed = ", ".join(f"{count} {kind}" for kind, count in dependants.items())
            raise Conflict(
                f"Cannot delete: {listed} refer to this row. Re-point or delete them first.",
                code="has_dependants",
                errors={kind: [f"{count} rows refer to this row."] for kind, count in dependants.items()},
            )
        try:
            with transaction.atomic():  # the tombstone must not outlive a delete that failed
                delete_by_editor(instance, self.request.user)
        except (ProtectedError, RestrictedError) as exc:
            objects = getattr(exc, "protected_objects", None) or getattr(exc, "restricted_objects", ())
            blockers = sorted({str(obj._meta.verbose_name_plural) for obj in objects})
            raise Conflict(
                f"Cannot delete: still referenced by {', '.join(blockers) or 'other rows'}.", code="has_dependants"
            ) from exc

    def destroy(self, request: Any, *args: Any, **kwargs: Any) -> Response:
        self.perform_destroy(self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    def retrieve(self, request: Any, *args: Any, **kwargs: Any) -> Response:
        instance = self.get_object()
        response = Response(self.get_serializer(instance).data)
        updated_at = getattr(instance, "updated_at", None)
        if self.detail_has_own_fields_only and updated_at is not None:
            # Cheap here (the row is read anyway); ConditionalGetMiddleware answers If-Modified-Since from it.
            response["Last-Modified"] = http_date(updated_at.timestamp())
        return response

    def finalize_response(self, request: Any, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        data = getattr(response, "data", None)
        if isinstance(data, dict) and "results" in data:
            links = [
                f'<{data[key]}>; rel="{rel}"' for key, rel in (("next", "next"), ("previous", "prev")) if data.get(key)
            ]
            if links:
                response["Link"] = ", ".join(links)
        return response
