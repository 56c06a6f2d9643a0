"""Corrections survive a re-OCR: the real pages re-read with a line on top, a character changed, in every other
layout and with Windows line ends — 0 duplicates, 0 resurrections, every lock kept, every offset on its text.

Each case imports the re-read page alone first (the baseline: what the extractor finds in that version), then
starts again from the original page, lets an editor correct and delete rows, and re-imports the re-read page over
it. Rows are compared where the extractor finds them in both versions (layout may change what it finds); a row's
place on the re-read page is known from the words themselves (the layout-free text, `core.identity.NormalisedPage`).
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

import ingest.page_files
from articles.models import Article, Source
from core.editorial import delete_rows, save_editor_change
from core.extraction import extract_page
from core.identity import NormalisedPage, squash
from evaluation.layouts import LAYOUTS, relayout
from indicators.models import Indicator
from ingest.pipeline import run_import
from localities.models import LocalityMention
from programs.models import Program, ProgramMention

pytestmark = pytest.mark.django_db

# --- The re-read pages -------------------------------------------------------------------------------------------
# The layouts are those other OCR tools and e-paper exports produce (`evaluation.layouts`, the ones quality is scored
# on): every printed element on its own line, full-width indents, Windows line ends, column wrapping, single blank
# lines. Two edits stand for what a second OCR pass does: a line read at the top that was not read before, and one
# character read differently. Every variant keeps the words, so an offset on the original maps to one on the variant
# through the layout-free text.


@functools.lru_cache(maxsize=16)
def _extract_once(text: str):
    return extract_page(text)


EDITS = ("line_on_top", "one_char_changed", "crlf_only")
TOP_LINE = "本版责任编辑　刘洋　　版式设计　陈晨\n"


def _is_hanzi(char: str) -> bool:
    return unicodedata.category(char) == "Lo" and "\u4e00" <= char <= "\u9fff"


def change_one_char(text: str) -> str:
    """One Chinese character about two thirds down the page read as another (a re-OCR's typical difference),
    outside every figure and name the extractor reads there (a changed figure or name is another row)."""
    taken = set()
    for article in _extract_once(text).articles:
        spans = [f.span for f in article.places] + [f.span for f in article.programs]
        spans += [f.figure for f in article.indicators]
        for span in spans:
            taken.update(range(span.start - 1, span.end + 1))
    index = next(i for i in range(len(text) * 2 // 3, len(text)) if _is_hanzi(text[i]) and i not in taken)
    replacement = "口" if text[index] != "口" else "日"
    return text[:index] + replacement + text[index + 1 :]


def variant(text: str, name: str, seed: int = 0) -> tuple[str, int]:
    """(the page as re-read, how many layout-free characters were added at its top)."""
    if name in LAYOUTS:
        return relayout(text, name, seed), 0
    if name == "line_on_top":
        return TOP_LINE + text, len(squash(TOP_LINE))
    if name == "one_char_changed":
        return change_one_char(text), 0
    if name == "crlf_only":
        return text.replace("\n", "\r\n"), 0
    raise ValueError(name)


@dataclass
class OffsetMap:
    """Maps spans of the original page to the same words on the variant page (as stored: LF line ends)."""

    original: NormalisedPage
    changed: NormalisedPage
    shift: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        begin, stop = self.original.squashed(start, end)
        return self.changed.page_span(begin + self.shift, stop + self.shift)


# --- The test ------------------------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
FACT_MODELS = {"indicators": Indicator, "place mentions": LocalityMention, "program mentions": ProgramMention}


@pytest.fixture(autouse=True)
def extract_each_text_once(monkeypatch):
    """Extraction is a pure function of the text: each case reads the original and the re-read page several
    times, so each text is extracted once (the writes, which this suite tests, all run every time)."""
    monkeypatch.setattr(ingest.page_files, "extract_page", _extract_once)  # where the import extracts a page


def import_text(folder: Path, text: str) -> Source:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "page.txt"
    data = text.encode("utf-8")
    path.write_bytes(data)
    _, outcomes = run_import([path])
    assert all(o.ok for o in outcomes), [o.message for o in outcomes]
    return Source.objects.get(content_hash=hashlib.sha256(data).hexdigest())


def facts(model, source: Source) -> list:
    return list(model.objects.filter(article__source=source).order_by("start_offset", "id"))


def span(row) -> tuple[int, int]:
    return row.start_offset, row.end_offset


def on_its_text(row, page: str) -> bool:
    """The row's offsets cover its words on the page (layout ignored)."""
    if isinstance(row, Indicator):
        return squash(page[row.evidence_start : row.evidence_end]) == squash(row.evidence_text) and (
            row.start_offset == row.end_offset
            or squash(page[row.start_offset : row.end_offset]) == squash(row.quantity_text)
        )
    return squash(page[row.start_offset : row.end_offset]) == squash(row.text)


@dataclass
class Baseline:
    """What the extractor finds on the re-read page: spans of each kind of fact (whether they sit on their text),
    and article identities."""

    spans: dict[str, dict[tuple[int, int], bool]] = field(default_factory=dict)
    keys: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)

    def found_in_both(self, kind: str, original: list, offsets: OffsetMap) -> dict[tuple[int, int], bool]:
        """The spans of the re-read page where the extractor finds a row in both versions, told apart the same
        way. A sentence printed twice is told from its copy by order alone: where one version yields more copies
        than the other, which copy is which is a guess either way, so those copies are left out."""
        at_original = {offsets.span(row.start_offset, row.end_offset) for row in original}
        counts = Counter(key_of(row.identity) for row in original)
        seen = Counter(self.keys[kind].values())
        keys = self.keys[kind]
        return {
            at: ok
            for at, ok in self.spans[kind].items()
            if at in at_original and (seen[keys[at]] == counts[keys[at]] or max(seen[keys[at]], counts[keys[at]]) <= 1)
        }


def key_of(identity: str) -> str:
    return identity.rpartition("#")[0]


def baseline_of(tmp_path: Path, text: str) -> Baseline:
    source = import_text(tmp_path / "baseline", text)
    base = Baseline(articles=set(Article.objects.filter(source=source).values_list("identity", flat=True)))
    for kind, model in FACT_MODELS.items():
        rows = facts(model, source)
        base.spans[kind] = {span(row): on_its_text(row, source.text) for row in rows}
        base.keys[kind] = {span(row): key_of(row.identity) for row in rows}
    Source.objects.all().delete()
    return base


@dataclass
class Edits:
    locked: dict[str, dict[int, dict]] = field(default_factory=dict)  # kind → pk → field → editor's value
    deleted: dict[str, list[tuple[tuple[int, int], str]]] = field(default_factory=dict)  # kind → (span, key)
    on_text: set[tuple[str, int]] = field(default_factory=set)  # locked facts whose offsets covered their words before

    def lock(self, kind: str, row, **values) -> None:
        save_editor_change(row)
        self.locked[kind][row.pk] = values
        if on_its_text(row, row.article.source.text):
            self.on_text.add((kind, row.pk))


def edit_like_an_editor(source: Source) -> Edits:
    """Correct every third figure, delete some figures and mentions, re-point place and program mentions, retitle
    and re-classify articles — through the same services as the admin."""
    edits = Edits()
    figures = facts(Indicator, source)
    edits.locked["indicators"] = {}
    for row in figures[0::3]:
        row.value += Decimal(1)
        edits.lock("indicators", row, value=row.value)
    places = facts(LocalityMention, source)
    edits.locked["place mentions"] = {}
    for row in places[0::4]:
        if row.locality.parent_id is not None:
            row.locality = row.locality.parent
            edits.lock("place mentions", row, locality_id=row.locality_id)
    programs = facts(ProgramMention, source)
    edits.locked["program mentions"] = {}
    for row in programs[1::3]:
        other = Program.objects.exclude(pk=row.program_id).order_by("pk").first()
        if other is not None:
            row.program = other
            edits.lock("program mentions", row, program_id=other.pk)
    for kind, rows in (
        ("indicators", figures[1::6]),
        ("place mentions", places[1::4]),
        ("program mentions", programs[0::3]),
    ):
        edits.deleted[kind] = [(span(row), "|".join(row.natural_key())) for row in rows]
        delete_rows(rows)
    articles = list(Article.objects.filter(source=source).order_by("position"))
    edits.locked["articles"] = {}
    if articles:
        articles[0].title = f"（更正）{articles[0].title}"
        save_editor_change(articles[0])
        edits.locked["articles"][articles[0].pk] = {"title": articles[0].title}
    if len(articles) > 1:
        articles[1].kind = "commentary" if articles[1].kind != "commentary" else "feature"
        save_editor_change(articles[1])
        edits.locked["articles"][articles[1].pk] = {"kind": articles[1].kind}
    return edits


@dataclass
class Outcome:
    duplicates: int = 0
    resurrected: int = 0
    locks_lost: int = 0
    off_text: int = 0
    recreated: int = 0
    missing: int = 0
    checked: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


def check_facts(
    kind: str,
    before: list,
    after: list,
    page: str,
    offsets: OffsetMap,
    base: Baseline,
    edits: Edits,
    out: Outcome,
    original: list,
) -> None:
    found = base.found_in_both(kind, original, offsets)
    at = {}
    for row in after:
        at.setdefault(span(row), []).append(row)
    out.duplicates += sum(len(rows) - 1 for rows in at.values())
    deleted = {offsets.span(*s) for s, _ in edits.deleted[kind]}
    for mapped in deleted & set(found):
        out.resurrected += len(at.get(mapped, []))
    gone_keys = {key for _, key in edits.deleted[kind]}
    out.resurrected += sum("|".join(row.natural_key()) in gone_keys for row in after)
    by_pk = {row.pk: row for row in after}
    for row in before:
        mapped = offsets.span(*span(row))
        if mapped not in found or mapped in deleted:
            continue
        out.checked[kind] += 1
        here = at.get(mapped, [])
        if not any(r.pk == row.pk for r in here):
            out.recreated += 1
            out.notes.append(f"recreated {kind} {row.identity} -> {[r.identity for r in here]}")
        if found[mapped] and not all(on_its_text(r, page) for r in here):
            out.off_text += 1
    for pk, values in edits.locked[kind].items():
        row = by_pk.get(pk)
        if row is None or any(getattr(row, name) != value for name, value in values.items()):
            out.locks_lost += 1
            out.notes.append(f"lock lost {kind} {pk} {values} {row and row.identity}")
            continue
        out.checked[f"{kind} locked"] += 1
        if (kind, row.pk) in edits.on_text and not on_its_text(row, page):
            out.off_text += 1
            out.notes.append(f"off its text: locked {kind} {row.identity}")
    # Nothing the re-read page yields is lost: every baseline row is there unless an editor deleted it.
    for lost in [s for s in found if s not in at and s not in deleted]:
        out.missing += 1
        out.notes.append(f"missing {kind} {base.keys[kind][lost]} at {lost}: {page[lost[0] : lost[1]]}")


def check_articles(before: list, after: list, base: Baseline, edits: Edits, out: Outcome) -> None:
    by_identity = Counter(row.identity for row in after)
    out.duplicates += sum(n - 1 for n in by_identity.values())
    out.duplicates += sum(n - 1 for n in Counter(squash(row.body)[:200] for row in after).values())
    by_pk = {row.pk: row for row in after}
    for row in before:
        if row.identity in base.articles:
            out.checked["articles"] += 1
            if row.pk not in by_pk:
                out.recreated += 1
                out.notes.append(f"recreated article {row.identity}")
    for pk, values in edits.locked["articles"].items():
        row = by_pk.get(pk)
        if row is None or any(getattr(row, name) != value for name, value in values.items()):
            out.locks_lost += 1
            out.notes.append(f"lock lost article {pk} {values}")
        else:
            out.checked["articles locked"] += 1
    out.missing += len(base.articles - {row.identity for row in after})


def reocr_outcome(tmp_path: Path, page: Path, name: str, seed: int = 0) -> Outcome:
    original = page.read_text(encoding="utf-8")
    changed, shift = variant(original, name, seed)
    base = baseline_of(tmp_path, changed)
    source = import_text(tmp_path / "pages", original)
    original_rows = {kind: facts(model, source) for kind, model in FACT_MODELS.items()}
    edits = edit_like_an_editor(source)
    before = {kind: facts(model, source) for kind, model in FACT_MODELS.items()}
    articles_before = list(Article.objects.filter(source=source))
    source = import_text(tmp_path / "pages", changed)
    offsets = OffsetMap(NormalisedPage(original), NormalisedPage(source.text), shift)
    out = Outcome()
    for kind, model in FACT_MODELS.items():
        after = facts(model, source)
        check_facts(kind, before[kind], after, source.text, offsets, base, edits, out, original_rows[kind])
    check_articles(articles_before, list(Article.objects.filter(source=source)), base, edits, out)
    return out


VARIANTS = (*EDITS, *LAYOUTS)
SEEDS = [page for page in PAGES if page.parent.name == "seeds"]
# Every re-read of every seed page; the smaller fixture pages take three re-reads each in turn, so that every
# re-read runs on several pages from other regions while the suite stays quick (the full matrix passes as well).
CASES = [(page, name) for page in SEEDS for name in VARIANTS] + [
    (page, VARIANTS[(3 * i + k) % len(VARIANTS)])
    for i, page in enumerate(page for page in PAGES if page not in SEEDS)
    for k in range(3)
]


@pytest.mark.parametrize(("page", "name"), CASES, ids=[f"{page.stem}-{name}" for page, name in CASES])
def test_corrections_survive_a_reocr(tmp_path, page, name):
    out = reocr_outcome(tmp_path, page, name, seed=PAGES.index(page))
    notes = "\n".join(out.notes)
    assert (out.duplicates, out.resurrected, out.locks_lost, out.off_text) == (0, 0, 0, 0), f"{out}\n{notes}"
    assert (out.recreated, out.missing) == (0, 0), f"{out}\n{notes}"
    assert out.checked["indicators"] and out.checked["indicators locked"], out
