"""What every writable API serializer shares: the model's own validation, clear 400s, and the editor's locks.

A change through the API is an editor's correction, exactly like one in the admin: the changed fields are locked
(`core.corrections.lock_fields`) so the next import keeps them, and a row created here is marked as the editor's.
"""

from __future__ import annotations

import copy
import re
from functools import cached_property
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from rest_framework import serializers
from rest_framework.fields import get_error_detail
from rest_framework.settings import api_settings

from core.corrections import UNLOCKABLE_FIELDS, lock_fields
from core.models import Origin

# Related fields render as a plain id box in the browsable API instead of a <select> of every row in the table.
ID_INPUT = {"base_template": "input.html"}
PROVENANCE_FIELDS = (
    "verified",
    "origin",
    "locked_fields",
    "confidence",
    "extractor_version",
    "created_at",
    "updated_at",
)
READ_ONLY_PROVENANCE = ("origin", "locked_fields", "confidence", "extractor_version", "created_at", "updated_at")


class StrictStringMixin:
    """A string and only a string: DRF's CharField would turn 1 into "1"."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictStringField(StrictStringMixin, serializers.CharField):
    pass


class StrictRegexField(StrictStringMixin, serializers.RegexField):
    pass


def decimal_pattern(max_digits: int, decimal_places: int) -> str:
    """The exact text of a decimal: at least one digit, at most `max_digits - decimal_places` before the point and
    `decimal_places` after it (drf-spectacular's own pattern also allows "", "-" and "."; `\\d` takes any script's
    digits). The schema hook `exact_decimal_patterns` publishes it."""
    whole = max_digits - decimal_places
    return f"^-?(?:[0-9]{{1,{whole}}}(?:\\.[0-9]{{0,{decimal_places}}})?|\\.[0-9]{{1,{decimal_places}}})$"


class StrictDecimalField(serializers.DecimalField):
    """A decimal as a JSON number or as a string written the way the schema's pattern says (DRF would also take
    " 5 " or "٥")."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, str) and self.max_digits is not None and self.decimal_places is not None:
            # Python's `$` also matches before a final newline: schema validators written in Python accept that.
            if not re.match(decimal_pattern(self.max_digits, self.decimal_places), data):
                self.fail("invalid")
            data = data.removesuffix("\n")
        return super().to_internal_value(data)


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """A row id as a JSON integer (or null where allowed). DRF would also take "5", and read "" as null."""

    default_error_messages = {"incorrect_type": "An id (a whole number) is required, not {data_type}."}

    def run_validation(self, data: Any = serializers.empty) -> Any:
        request = self.context.get("request")
        is_json = request is not None and (request.content_type or "").startswith("application/json")
        not_an_id = isinstance(data, bool) or not isinstance(data, int)
        if is_json and data is not serializers.empty and data is not None and not_an_id:
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().run_validation(data)


class StrictBooleanField(serializers.BooleanField):
    """true or false. In JSON only the literals (DRF would take 0, 1 and "yes"); from an HTML form of the browsable
    API, where every value is text, the words true/false (and a checkbox's "on")."""

    def to_internal_value(self, data: Any) -> bool:
        if isinstance(data, bool):
            return data
        request = self.context.get("request")
        from_form = request is not None and not (request.content_type or "").startswith("application/json")
        if from_form and isinstance(data, str) and data.strip().lower() in ("true", "false", "on", "off"):
            return data.strip().lower() in ("true", "on")
        self.fail("invalid", input=data)


def string_list(help_text: str, max_items: int = 200, max_length: int = 200) -> serializers.ListField:
    """A JSON list of non-empty strings (names, aliases, keywords). Anything else — an object, numbers, NUL or a lone
    surrogate inside a string — is a 400 before it can reach the database or the next import."""
    return serializers.ListField(
        child=StrictStringField(max_length=max_length),
        max_length=max_items,
        required=False,
        help_text=help_text,
    )


class RelatedValueField(serializers.CharField):
    """A read-only value of a related row (`source="locality.full_name"`), null when the relation is empty.

    Always present in the answer: DRF's own lookup with `default=None` drops the key on a partial update, which
    breaks every client that trusts the schema's `required`."""

    def __init__(self, source: str, **kwargs: Any) -> None:
        super().__init__(source=source, read_only=True, allow_null=True, **kwargs)

    def get_attribute(self, instance: Any) -> Any:
        value = instance
        for attr in self.source_attrs:
            value = getattr(value, attr, None)
            if value is None:
                return None
        return value


def as_drf_error(exc: DjangoValidationError) -> serializers.ValidationError:
    """A model ValidationError as a DRF one keyed by field, with `__all__` under DRF's non-field key."""
    detail = get_error_detail(exc)  # keeps each message's code (`unique`, `tree_conflict`, ...)
    if isinstance(detail, dict) and "__all__" in detail:
        detail[api_settings.NON_FIELD_ERRORS_KEY] = detail.pop("__all__")
    return serializers.ValidationError(detail)


class ReadableFieldsOnce:
    """DRF recomputes the readable fields for every row through its BindingDict's abstract-mapping iteration: a
    third of the time of a 50-row indicator page. The fields of a serializer instance never change once built, so
    the list is built once per instance (a list serializer's child is one instance for all its rows)."""

    @cached_property
    def _readable_fields(self) -> list[serializers.Field]:
        return [field for field in self.fields.values() if not field.write_only]


class CorrectionSerializer(ReadableFieldsOnce, serializers.ModelSerializer):
    """Base for the five resources' serializers.

    `ordered_pairs` lists (start, end) fields whose end may not come before its start; the error names the end field,
    which is the one a person fixes. The model's own `full_clean` (field checks, `clean()`, unique constraints) runs
    on the would-be row, so the API refuses exactly what the admin refuses.
    """

    ordered_pairs: tuple[tuple[str, str], ...] = ()
    serializer_field_mapping = {**serializers.ModelSerializer.serializer_field_mapping}
    serializer_field_mapping[models.BooleanField] = StrictBooleanField
    serializer_field_mapping[models.CharField] = StrictStringField
    serializer_field_mapping[models.TextField] = StrictStringField
    serializer_related_field = StrictPrimaryKeyRelatedField
    locked_fields = serializers.ListField(
        child=serializers.CharField(), read_only=True, help_text="Fields an editor corrected; imports keep them."
    )

    def _candidate(self, attrs: dict[str, Any]) -> models.Model:
        model = self.Meta.model
        candidate = copy.copy(self.instance) if self.instance is not None else model()
        for name, value in attrs.items():
            field = model._meta.get_field(name) if name in {f.name for f in model._meta.get_fields()} else None
            if field is not None and not field.many_to_many and not field.one_to_many:
                setattr(candidate, name, value)
        return candidate

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        attrs = super().validate(attrs)
        candidate = self._candidate(attrs)
        errors: dict[str, list[str]] = {}
        for start, end in self.ordered_pairs:
            low, high = getattr(candidate, start, None), getattr(candidate, end, None)
            if low is not None and high is not None and high < low:
                errors[end] = [f"{end} must not be before {start} ({high} < {low})."]
        if errors:  # each value is fine alone: the code says it is the pair (no schema can say that)
            raise serializers.ValidationError(errors, code="inverted_range")
        errors = self.span_errors(candidate, attrs)
        if errors:  # offsets that do not point at their text on the stored page
            raise serializers.ValidationError(errors, code="span_mismatch")
        try:
            candidate.full_clean(exclude=self.full_clean_exclude())
        except DjangoValidationError as exc:
            raise as_drf_error(exc) from exc
        return attrs

    span_fields: tuple[str, ...] = ()

    def changes_span(self, attrs: dict[str, Any]) -> bool:
        """True when the write sets any of `span_fields` to a new value (a row read and sent back unchanged is
        not re-checked: machine rows may quote across a picture caption the importer skipped)."""
        if self.instance is None:
            return True
        return any(name in attrs and attrs[name] != getattr(self.instance, name) for name in self.span_fields)

    def span_errors(self, candidate: models.Model, attrs: dict[str, Any]) -> dict[str, list[str]]:
        """Hook: offsets that do not point at the text they claim (see `indicators.evidence`)."""
        return {}

    def full_clean_exclude(self) -> list[str]:
        """Fields the API does not set (computed or bookkeeping) are not the client's fault."""
        return ["search_text", "full_name", "content_hash", *PROVENANCE_FIELDS]

    def create(self, validated_data: dict[str, Any]) -> models.Model:
        instance = self.Meta.model(origin=Origin.EDITOR)
        # Everything the editor typed is theirs: a later import must not overwrite a row an editor wrote by hand.
        lock_fields(instance, [name for name in validated_data if name not in UNLOCKABLE_FIELDS])
        many_to_many = {name: validated_data.pop(name) for name in list(validated_data) if self._is_many(name)}
        for name, value in validated_data.items():
            setattr(instance, name, value)
        self.before_save(instance, validated_data)
        instance.save()
        for name, value in many_to_many.items():
            getattr(instance, name).set(value)
        return instance

    def update(self, instance: models.Model, validated_data: dict[str, Any]) -> models.Model:
        changed = [name for name, value in validated_data.items() if getattr(instance, name) != value]
        lock_fields(instance, changed)
        for name, value in validated_data.items():
            setattr(instance, name, value)
        self.before_save(instance, validated_data)
        instance.save()
        return instance

    def before_save(self, instance: models.Model, validated_data: dict[str, Any]) -> None:
        """Hook for derived fields (search text, content hash)."""

    def _is_many(self, name: str) -> bool:
        try:
            return self.Meta.model._meta.get_field(name).many_to_many
        except Exception:
            return False
