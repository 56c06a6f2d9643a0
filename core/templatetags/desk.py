"""Template filters of the editing desk: machine words shown in the reader's language."""

from __future__ import annotations

import re
from typing import Any

from django import template
from django.core.exceptions import FieldDoesNotExist

from core.admin_display import describe_reason

register = template.Library()


@register.filter
def reason_label(reason: str | None) -> str:
    return describe_reason(reason)


@register.filter
def field_label(record: Any, name: str) -> str:
    """The verbose name of field `name` of the history record's model (the name itself if it has none)."""
    model = getattr(record, "instance_type", None) or type(getattr(record, "instance", None))
    try:
        return str(model._meta.get_field(name).verbose_name)
    except (AttributeError, LookupError, ValueError, FieldDoesNotExist):  # simple-history may pass the label
        return name


def _model_of(record: Any) -> Any:
    return getattr(record, "instance_type", None) or type(getattr(record, "instance", None))


@register.simple_tag
def change_value(record: Any, change: Any, side: str) -> Any:
    """One side of a history change; a list of locked field names is shown as the fields' labels."""
    value = change[side] if isinstance(change, dict) else getattr(change, side)
    field = change["field"] if isinstance(change, dict) else change.field
    model = _model_of(record)
    locks_label = str(model._meta.get_field("locked_fields").verbose_name) if _has_locks(model) else None
    if field in {"locked_fields", locks_label} and isinstance(value, str):
        value = re.findall(r"[a-z_]+", value)  # simple-history may hand over the list already as text
    if field in {"locked_fields", locks_label} and isinstance(value, list):
        labels = []
        for name in value:
            try:
                labels.append(str(model._meta.get_field(name).verbose_name))
            except FieldDoesNotExist:
                labels.append(name)
        return "、".join(labels) or "—"
    return value


def _has_locks(model: Any) -> bool:
    try:
        model._meta.get_field("locked_fields")
    except (AttributeError, FieldDoesNotExist):
        return False
    return True
