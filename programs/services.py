"""Writes for programs: one Program per canonical name and running locality, and the articles' mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.db.models import Q

from core.corrections import apply_machine_values
from core.models import Origin
from core.sync import SyncContext, create_with_history, insert_unless_taken, save_with_history, sync_mentions
from programs.models import Program, ProgramMention

if TYPE_CHECKING:
    from articles.models import Article, Source
    from core.extraction import ProgramFact
    from localities.models import Locality


def ensure_program(name: str, locality: Locality | None, printed: str, ctx: SyncContext) -> Program | None:
    """The Program for (canonical name, running locality), created if new; printed forms become aliases.

    A name an editor merged into another program is found through that program's aliases. Returns None when an
    editor deleted the program. Each program is counted once per run in the tally (once per page without a run).
    Safe beside other importers: a concurrent creation of the same program fails in its savepoint on the unique
    constraint and the committed row is used instead.
    """
    known = ctx.cache("programs")
    cache_key = (name, locality.pk if locality else None)
    if cache_key in known:
        program = known[cache_key]
        if program is not None:
            _add_alias(program, printed, ctx)
        return program
    program = _find(name, locality)
    if program is None:
        if _deleted_by_editor(name, locality, ctx):
            ctx.count_shared("programs", "skipped_deleted", cache_key)
            known[cache_key] = None
            return None
        program = _create(name, locality, printed, ctx)
        if program is not None:
            ctx.count_shared("programs", "created", program.pk)
            known[cache_key] = program
            return program
        program = _find(name, locality)  # another import created it just now
        if program is None:
            raise IntegrityError(f"program {name} could neither be created nor found")
    known[cache_key] = program
    _add_alias(program, printed, ctx)
    ctx.count_shared("programs", "unchanged", program.pk)
    return program


def _deleted_by_editor(name: str, locality: Locality | None, ctx: SyncContext) -> bool:
    """An editor deleted the program (name, running locality): its tombstone keeps every import from recreating it."""
    return "|".join((name, locality.natural_key()[0] if locality else "")) in ctx.tombstones(Program)


def ensure_programs(wanted: list[tuple[str, Locality | None, str]], ctx: SyncContext) -> None:
    """Find or create a page's programs at once — one SELECT for the stored programs at the page's places, one
    INSERT (and one for their history) for the new ones — so that `ensure_program` then finds each remembered.
    `wanted` holds (canonical name, running locality, printed form) in the page's order.

    The result is what `ensure_program` gives mention by mention: a stored program is found by its name, else by
    an alias, at the same place; a new one takes the first printed form as its alias. When the INSERT meets a
    unique key (another import committed one of them just now) it is rolled back alone and the page's programs
    are left to `ensure_program`, which handles that race."""
    known = ctx.cache("programs")
    first: dict[tuple[str, int | None], tuple[str, Locality | None, str]] = {}
    for name, locality, printed in wanted:
        key = (name, locality.pk if locality else None)
        if key not in known:
            first.setdefault(key, (name, locality, printed))
    if not first:
        return
    places = {pk for _, pk in first if pk is not None}
    here = Q(locality__in=places) if places else Q(pk__in=[])
    if any(pk is None for _, pk in first):
        here |= Q(locality__isnull=True)
    stored: dict[int | None, list[Program]] = {}
    for program in Program.objects.filter(here).order_by("name", "id"):
        stored.setdefault(program.locality_id, []).append(program)
    new: list[tuple[tuple[str, int | None], Program]] = []
    for key, (name, locality, printed) in first.items():
        at_place = stored.get(key[1], [])
        program = next((p for p in at_place if p.name == name), None) or next(
            (p for p in at_place if p.aliases and name in p.aliases), None
        )
        if program is not None:
            known[key] = program
            ctx.count_shared("programs", "unchanged", program.pk)
        elif _deleted_by_editor(name, locality, ctx):
            ctx.count_shared("programs", "skipped_deleted", key)
            known[key] = None
        else:
            new.append((key, _new_program(name, locality, printed, ctx)))
    if not new:
        return
    try:
        with transaction.atomic():
            create_with_history(Program, [program for _, program in new], ctx)
    except IntegrityError:
        return  # another import created one of them just now: `ensure_program` finds or creates each
    for key, program in new:
        known[key] = program
        ctx.count_shared("programs", "created", program.pk)


def _find(name: str, locality: Locality | None) -> Program | None:
    same_place = Program.objects.filter(locality=locality)
    program = same_place.filter(name=name).first()
    if program is None:
        program = next((p for p in same_place.exclude(aliases=[]) if name in (p.aliases or [])), None)
    return program


def _create(name: str, locality: Locality | None, printed: str, ctx: SyncContext) -> Program | None:
    """INSERT the program in a savepoint; None when another import committed the same program first."""
    program = _new_program(name, locality, printed, ctx)
    if not insert_unless_taken(program, ctx):
        return None
    return program


def _new_program(name: str, locality: Locality | None, printed: str, ctx: SyncContext) -> Program:
    return Program(
        name=name,
        locality=locality,
        national=locality is None,
        aliases=[printed] if printed != name else [],
        origin=Origin.IMPORT,
        extractor_version=ctx.extractor_version,
    )


def _add_alias(program: Program, printed: str, ctx: SyncContext) -> None:
    """Add a new printed form to the program's aliases. The row is re-read under a row lock first: the copy this
    run remembers may be older than what another import or an editor wrote since. The lock is FOR NO KEY UPDATE:
    it keeps out other alias writers but not the foreign-key checks of other writers' mentions of the program,
    which a plain FOR UPDATE made wait until this page committed."""
    if printed == program.name or printed in (program.aliases or []):
        return
    fresh = Program.objects.select_for_update(no_key=True).filter(pk=program.pk).first()
    if fresh is None:
        return  # deleted meanwhile: the page's foreign keys will fail and the page is retried
    program.refresh_from_db()
    aliases = sorted(set(program.aliases or []) | {printed})
    if apply_machine_values(program, {"aliases": aliases}):
        save_with_history(program, ctx)
        ctx.count_shared("programs", "updated", program.pk)


def ensure_article_programs(
    article: Article, facts: list[ProgramFact], locality_of, ctx: SyncContext
) -> tuple[dict[str, Program], list[tuple]]:
    """The Program of each mention of an article (an editor-deleted program drops its mentions); returns the
    Program for each canonical name mentioned and the mentions to sync with `sync_program_mentions`."""
    found = []
    programs: dict[str, Program] = {}
    for fact in facts:
        locality = locality_of(fact.place) if fact.place is not None else None
        program = ensure_program(fact.mention.name, locality, fact.mention.text, ctx)
        if program is not None:
            programs.setdefault(fact.mention.name, program)
            found.append((article, "program", program, fact))
    return programs, found


def sync_program_mentions(source: Source, found: list[tuple], ctx: SyncContext) -> None:
    """Upsert the page's program mentions by identity."""
    sync_mentions(ProgramMention, "program_mentions", source, found, ctx)
