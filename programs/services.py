"""Writes for programs: one Program per canonical name and running locality, and the articles' mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import IntegrityError

from core.corrections import apply_machine_values
from core.models import Origin
from core.sync import SyncContext, insert_unless_taken, save_with_history, sync_mentions
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
        if "|".join((name, locality.natural_key()[0] if locality else "")) in ctx.tombstones(Program):
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


def _find(name: str, locality: Locality | None) -> Program | None:
    same_place = Program.objects.filter(locality=locality)
    program = same_place.filter(name=name).first()
    if program is None:
        program = next((p for p in same_place.exclude(aliases=[]) if name in (p.aliases or [])), None)
    return program


def _create(name: str, locality: Locality | None, printed: str, ctx: SyncContext) -> Program | None:
    """INSERT the program in a savepoint; None when another import committed the same program first."""
    program = Program(
        name=name,
        locality=locality,
        national=locality is None,
        aliases=[printed] if printed != name else [],
        origin=Origin.IMPORT,
        extractor_version=ctx.extractor_version,
    )
    if not insert_unless_taken(program, ctx):
        return None
    return program


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
