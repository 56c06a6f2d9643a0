"""What an editor does to extracted data, as services the admin (and any other front end) calls.

The admin only collects the editor's intent; these functions carry it out so that the rules hold everywhere:
- a field an editor changes is locked (`core.corrections.lock_fields`), so a re-import never overwrites it;
- a row an editor deletes leaves a tombstone, so a re-import never brings it back;
- a merge re-points every reference, keeps the merged names as aliases and loses nothing, in one transaction;
- every write goes through `save()` with the editor as `_history_user`, so django-simple-history records who and
  when (bulk writes use simple-history's bulk helper for the same reason).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps as installed_apps
from django.db import models, transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from core.corrections import UNLOCKABLE_FIELDS, lock_fields, record_tombstone, unlock_fields
from core.models import Origin

EDITORS_GROUP = "editors"
# The apps whose rows are extraction data: editors may add, change, delete and view everything in them.
EXTRACTION_APPS = ("articles", "localities", "programs", "indicators")
# Editors audit the import but do not rewrite its records.
CORE_PERMISSIONS_FOR_EDITORS = ("view_importrun", "view_importrunfile", "view_tombstone")


class MergeError(ValueError):
    """A merge that would corrupt the data (nothing to merge, or a place merged into its own descendant)."""


@dataclass
class MergeReport:
    """How many rows a merge re-pointed, per kind of reference, and which rows it absorbed."""

    target: models.Model
    absorbed: list[str] = field(default_factory=list)
    repointed: Counter = field(default_factory=Counter)

    @property
    def total_repointed(self) -> int:
        return sum(self.repointed.values())


def _save_as(instance: models.Model, user: Any, reason: str) -> None:
    """Save so that the history row names the editor and says why."""
    instance._history_user = user if getattr(user, "pk", None) else None
    instance._change_reason = reason
    instance.save()


def correctable_fields(model: type[models.Model]) -> list[models.Field]:
    """The concrete fields an editor can correct: data, not bookkeeping."""
    return [
        f for f in model._meta.concrete_fields if f.editable and not f.primary_key and f.name not in UNLOCKABLE_FIELDS
    ]


def fields_changed_since_saved(instance: models.Model, stored: models.Model | None = None) -> list[str]:
    """Names of the correctable fields whose value differs from the stored row.

    Comparing with the database (not with a form's initial data) also catches a revert from history, whose form
    starts from the old version and so reports no change.
    """
    if stored is None and instance.pk is not None:
        stored = type(instance)._default_manager.filter(pk=instance.pk).first()
    if stored is None:
        return []
    return [
        f.name for f in correctable_fields(type(instance)) if getattr(stored, f.attname) != getattr(instance, f.attname)
    ]


def save_editor_change(
    instance: models.Model, user: Any = None, *, changed: Iterable[str] | None = None, reason: str = "editor"
) -> list[str]:
    """Save an editor's edit of `instance`, locking every field it changed; returns the newly changed fields.

    For a new row, pass the fields the editor filled in as `changed`: they are locked too, and the row is marked
    as the editor's, so the import neither overwrites nor deletes it. Locks already on the row stay (an old
    version restored from history carries the locks of its day; only `unlock` removes a lock).
    """
    with transaction.atomic():
        stored = type(instance)._default_manager.filter(pk=instance.pk).first() if instance.pk is not None else None
        adding = stored is None
        if changed is None:
            changed = [] if adding else fields_changed_since_saved(instance, stored)
        names = list(changed)
        if adding:
            instance.origin = Origin.EDITOR
        else:
            instance._state.adding = False
            lock_fields(instance, stored.locked_fields or [])
        lock_fields(instance, names)
        if _is_locality(instance) and (adding or {"name", "parent"} & set(names)):
            instance.full_name = instance.computed_full_name()
        _save_as(instance, user, reason)
        if _is_locality(instance) and {"name", "parent"} & set(names):
            from localities.services import refresh_full_names

            refresh_full_names(instance)
    return [name for name in names if name not in UNLOCKABLE_FIELDS]


def unlock(instance: models.Model, field_names: Iterable[str] | None = None, user: Any = None) -> list[str]:
    """Give fields (all when None) back to the machine: the next import that extracts them overwrites them."""
    before = list(instance.locked_fields or [])
    unlock_fields(instance, field_names)
    if instance.locked_fields != before:
        _save_as(instance, user, "editor: unlocked " + ", ".join(sorted(set(before) - set(instance.locked_fields))))
    return instance.locked_fields


def set_verified(instances: Sequence[models.Model], user: Any = None, *, verified: bool = True) -> int:
    """Mark rows verified (or not) in bulk, with one history row each; returns how many changed.

    Uses simple-history's bulk helper: a plain `QuerySet.update` would write no history at all.
    """
    to_change = [row for row in instances if row.verified != verified]
    if not to_change:
        return 0
    model = type(to_change[0])
    now = timezone.now()
    for row in to_change:
        row.verified = verified
        row.updated_at = now
    bulk_update_with_history(
        to_change,
        model,
        ["verified", "updated_at"],
        default_user=user if getattr(user, "pk", None) else None,
        default_change_reason="editor: verified" if verified else "editor: unverified",
    )
    return len(to_change)


def delete_rows(instances: Iterable[models.Model], user: Any = None) -> int:
    """Delete rows on an editor's behalf, each leaving a tombstone so that no import brings it back."""
    count = 0
    with transaction.atomic():
        for instance in instances:
            record_tombstone(instance, user)
            instance._history_user = user if getattr(user, "pk", None) else None
            instance._change_reason = "editor: deleted"
            instance.delete()
            count += 1
    return count


def _is_locality(instance: models.Model) -> bool:
    return instance._meta.label_lower == "localities.locality"


def _repoint(queryset: models.QuerySet, field_name: str, target: models.Model, user: Any, report: MergeReport) -> None:
    """Point `field_name` of every row at `target`, locking it: the editor decided where these rows belong."""
    for row in queryset:
        setattr(row, field_name, target)
        lock_fields(row, [field_name])
        _save_as(row, user, f"editor: merged into {target}")
        report.repointed[row._meta.model_name] += 1


def _merged_aliases(target: models.Model, other: models.Model) -> list[str]:
    names = set(target.aliases or []) | set(other.aliases or []) | {other.name}
    names.discard(target.name)
    return sorted(names)


def _absorb_program(target: models.Model, other: models.Model, user: Any, report: MergeReport) -> None:
    from indicators.models import Indicator
    from programs.models import ProgramMention

    _repoint(ProgramMention.objects.filter(program=other), "program", target, user, report)
    _repoint(Indicator.objects.filter(program=other), "program", target, user, report)
    target.aliases = _merged_aliases(target, other)
    target.verified = target.verified or other.verified
    _tombstone_merged(other, target, user)
    other._history_user = user if getattr(user, "pk", None) else None
    other._change_reason = f"editor: merged into {target}"
    report.absorbed.append(str(other))
    other.delete()
    _save_as(target, user, f"editor: absorbed {other.name}")


def _tombstone_merged(other: models.Model, target: models.Model, user: Any) -> None:
    """Tombstone a merged-away row (the import must not re-create it) saying where it went, for auditors."""
    tombstone = record_tombstone(other, user)
    tombstone.description = f"merged into {target}"[:255]
    tombstone.save(update_fields=["description"])


@transaction.atomic
def merge_programs(target: models.Model, others: Iterable[models.Model], user: Any = None) -> MergeReport:
    """Merge `others` into `target`: mentions and indicators re-pointed, names kept as aliases, others deleted."""
    from programs.models import Program

    target = Program.objects.select_for_update().get(pk=target.pk)
    rest = _distinct_others(target, others)
    report = MergeReport(target=target)
    for other in rest:
        _absorb_program(target, other, user, report)
    return report


def _distinct_others(target: models.Model, others: Iterable[models.Model]) -> list[models.Model]:
    model = type(target)
    pks = sorted({o.pk for o in others} - {target.pk})
    if not pks:
        raise MergeError("Choose at least two different rows to merge.")
    return list(model._default_manager.filter(pk__in=pks).order_by("pk"))


def _absorb_locality(target: models.Model, other: models.Model, user: Any, report: MergeReport) -> None:
    """Move everything of `other` onto `target`, then delete `other` (recursively for same-named children)."""
    from articles.models import Article
    from indicators.models import Indicator
    from localities.models import LocalityMention
    from programs.models import Program

    for child in list(other.children.all()):
        twin = target.children.filter(name=child.name).exclude(pk=child.pk).first()
        if twin is not None:
            _absorb_locality(twin, child, user, report)  # two 村 of the same name under the merged places are one
        else:
            child.parent = target
            lock_fields(child, ["parent"])
            _save_as(child, user, f"editor: merged into {target}")
            report.repointed["locality"] += 1
    _repoint(LocalityMention.objects.filter(locality=other), "locality", target, user, report)
    _repoint(Indicator.objects.filter(locality=other), "locality", target, user, report)
    _repoint(Article.objects.filter(main_locality=other), "main_locality", target, user, report)
    for program in Program.objects.filter(locality=other):
        same = Program.objects.filter(locality=target, name=program.name).first()
        if same is not None:
            _absorb_program(same, program, user, report)
        else:
            _repoint(Program.objects.filter(pk=program.pk), "locality", target, user, report)
    target.aliases = _merged_aliases(target, other)
    target.verified = target.verified or other.verified
    target.in_gazetteer = target.in_gazetteer or other.in_gazetteer
    if not target.code and other.code:
        code, other.code = other.code, None
        type(other).objects.filter(pk=other.pk).update(code=None)  # free the unique code before the target takes it
        target.code = code
    _tombstone_merged(other, target, user)
    other._history_user = user if getattr(user, "pk", None) else None
    other._change_reason = f"editor: merged into {target}"
    report.absorbed.append(str(other))
    other.delete()
    _save_as(target, user, f"editor: absorbed {other.name}")


@transaction.atomic
def merge_localities(target: models.Model, others: Iterable[models.Model], user: Any = None) -> MergeReport:
    """Merge `others` into `target`: children, mentions, indicators, articles and programs re-pointed.

    The merged names become aliases of the target (the import finds the place by them), a missing official code
    is taken over, and full names of the whole subtree are recomputed. Refuses to merge a place into one of its
    own descendants, which would make the tree a cycle.
    """
    from localities.models import Locality
    from localities.services import refresh_full_names

    target = Locality.objects.select_for_update().get(pk=target.pk)
    rest = _distinct_others(target, others)
    ancestors = {a.pk for a in target.ancestors()}
    for other in rest:
        if other.pk in ancestors:
            raise MergeError(f"{target} lies inside {other}: merge the other way round.")
    report = MergeReport(target=target)
    for other in rest:
        if not Locality.objects.filter(pk=other.pk).exists():
            continue  # absorbed already, as a same-named child of another merged place
        other.refresh_from_db()  # an earlier absorb in this merge may have moved it
        _absorb_locality(target, other, user, report)
    refresh_full_names(target)
    return report


def suggest_merge_target(rows: Sequence[models.Model]) -> models.Model:
    """The row to keep by default: an editor's verified row, else one with an official code, else the oldest."""
    return sorted(rows, key=lambda r: (not r.verified, not getattr(r, "code", None), r.pk))[0]


def ensure_editors_group(apps_registry: Any = installed_apps) -> Any:
    """Create (or complete) the `editors` group: change extraction data and audit imports, never touch users.

    Takes an app registry so the data migration can run it on historical models as well.
    """
    group_model = apps_registry.get_model("auth", "Group")
    permission_model = apps_registry.get_model("auth", "Permission")
    group, _ = group_model.objects.get_or_create(name=EDITORS_GROUP)
    permissions = permission_model.objects.filter(content_type__app_label__in=EXTRACTION_APPS) | (
        permission_model.objects.filter(content_type__app_label="core", codename__in=CORE_PERMISSIONS_FOR_EDITORS)
    )
    group.permissions.add(*permissions)
    return group
