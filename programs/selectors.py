"""Reads for programs."""

from __future__ import annotations

from articles.models import Source
from programs.models import Program, ProgramMention


def export_programs(source: Source) -> list[dict]:
    """Each program mentioned in the source, once, with the forms printed on this page as aliases."""
    mentions = (
        ProgramMention.objects.filter(article__source=source)
        .select_related("program__locality")
        .order_by("start_offset", "id")
    )
    printed: dict[int, list[str]] = {}
    programs: dict[int, Program] = {}
    for mention in mentions:
        programs.setdefault(mention.program_id, mention.program)
        forms = printed.setdefault(mention.program_id, [])
        if mention.text != mention.program.name and mention.text not in forms:
            forms.append(mention.text)
    return [
        {
            "name": program.name,
            "aliases": sorted(set(program.aliases) | set(printed[pk])),
            "locality": program.locality.full_name if program.locality else None,
        }
        for pk, program in programs.items()
    ]
