"""Writes for programs: one Program per canonical name and running locality, and the articles' mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.corrections import apply_machine_values
from core.models import Origin
from core.sync import SyncContext, save_with_history, sync_mentions
from programs.models import Program, ProgramMention

if TYPE_CHECKING:
    from articles.models import Article, Source
    from core.extraction import ProgramFact
    from localities.models import Locality


def ensure_program(name: str, locality: Locality | None, printed: str, ctx: SyncContext) -> Program | None:
    """The Program for (canonical name, running locality), created if new; printed forms become aliases.

    A name an editor merged into another program is found through that program's aliases. Returns None when an
    editor deleted the program. Each program is counted once per page in the tally.
    """
    known = ctx.cache("programs")
    cache_key = (name, locality.pk if locality else None)
    if cache_key in known:
        program = known[cache_key]
        if program is not None:
            _add_alias(program, printed, ctx, count=False)
        return program
    same_place = Program.objects.filter(locality=locality)
    program = same_place.filter(name=name).first()
    if program is None:
        program = next((p for p in same_place.exclude(aliases=[]) if name in (p.aliases or [])), None)
    if program is None:
        if "|".join((name, locality.natural_key()[0] if locality else "")) in ctx.tombstones(Program):
            ctx.tally.add("programs", "skipped_deleted")
        else:
            program = Program(
                name=name,
                locality=locality,
                national=locality is None,
                aliases=[printed] if printed != name else [],
                origin=Origin.IMPORT,
                extractor_version=ctx.extractor_version,
            )
            save_with_history(program, ctx)
            ctx.tally.add("programs", "created")
    else:
        _add_alias(program, printed, ctx, count=True)
    known[cache_key] = program
    return program


def _add_alias(program: Program, printed: str, ctx: SyncContext, *, count: bool) -> None:
    aliases = sorted(set(program.aliases or []) | ({printed} - {program.name}))
    if apply_machine_values(program, {"aliases": aliases}):
        save_with_history(program, ctx)
        ctx.tally.add("programs", "updated")
    elif count:
        ctx.tally.add("programs", "unchanged")


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
