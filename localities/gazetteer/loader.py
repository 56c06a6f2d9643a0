"""Lazy, cached access to the committed national gazetteer.

Why lazy: the web process imports ``localities`` for its models and must not pay for 660k places; only the
import pipeline calls :func:`get_gazetteer`.  Why cached: parsing the gzip TSV takes a few seconds, while
unpickling the ready-made indexes from a cache file takes well under one; the cache is keyed by the data file's
hash and the Python version, so a rebuilt gazetteer or a new interpreter never reads a stale cache.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import re
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from localities.gazetteer.printed_forms import ethnic_township_forms, is_pseudo_township

DATA_FILE = Path(__file__).with_name("gazetteer.tsv.gz")
LEVELS = ("province", "prefecture", "county", "zone", "township", "village", "community")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
LEVEL_RANK["zone"] = LEVEL_RANK["county"]  # zones sit where counties sit, under their prefecture
SHORT_FORM_LEVELS = frozenset({"province", "prefecture", "county", "zone"})
VILLAGE_LEVELS = frozenset({"village", "community"})
AUTONOMOUS_FORMS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"))
LOCAL_LEVELS = frozenset({"township", "village", "community"})
CACHE_FORMAT = 9
VILLAGE_CACHE_LIMIT = 4096  # townships whose villages stay parsed


def strip_ancestor_prefix(name: str, ancestor_names: list[str]) -> str:
    """The name a newspaper prints for a place the NBS file lists with its parents glued in front.

    Some NBS rows repeat the county (济源市沁园街道, 濮阳县柳屯镇), the city and district (四平市铁东区石岭镇) or
    the township (金渡镇沙头社区) before the place's own name; papers print 沁园街道, and the full name must not
    read 济源市济源市沁园街道.  ``ancestor_names`` go from the parent upwards; the longest run of ancestors glued
    on in chain order is removed when at least two characters of the place's own name remain.
    """
    prefix, best = "", name
    for ancestor in ancestor_names:
        prefix = ancestor + prefix
        if name.startswith(prefix) and len(name) - len(prefix) >= 2:
            best = name[len(prefix) :]
    return best


BANNER = re.compile(r"([\u4e00-\u9fff]{3,}?)(左|右)?(?:翼)?(前|中|后|左|右)旗")


def banner_abbreviation(name: str) -> str | None:
    """The form Inner Mongolian papers print for a banner named after a tribe and its wing: 科尔沁右翼前旗 → 科右前旗,
    察哈尔右翼中旗 → 察右中旗, 土默特左旗 → 土左旗, 鄂托克前旗 → 鄂前旗 (first character of the tribe, the wing and
    the position kept, 翼 dropped)."""
    match = BANNER.fullmatch(name)
    if match is None:
        return None
    stem, wing, position = match.groups()
    return f"{stem[0]}{wing or ''}{position}旗"


@dataclass(frozen=True)
class VillageRow:
    """A village or community: kept out of the main arrays so that 620k of them cost one string per township."""

    code: str
    name: str
    level: str
    aliases: tuple[str, ...]
    township: int  # id of the township in the main arrays


@dataclass
class Gazetteer:
    """Column arrays for places from province to township (ids are positions), their name indexes, and the
    villages of each township as the raw TSV lines, parsed only for the townships a page talks about."""

    codes: list[str]
    names: list[str]
    shorts: list[str]
    levels: list[str]
    parents: list[int]  # -1 for provinces
    sources: list[str]
    aliases: dict[int, str]  # "|"-joined
    by_name: dict[str, tuple[int, ...]]  # printed names and aliases
    by_short: dict[str, tuple[int, ...]]  # short forms (滕州, 李沧) of county-and-above places and zones
    by_code: dict[str, int]
    village_blob: bytes  # every village's TSV line, UTF-8, grouped by township (bytes unpickle as one copy)
    village_spans: dict[int, tuple[int, int]]  # township id → (start, end) of its lines in the blob
    children: dict[int, tuple[int, ...]]
    # NBS township-level pseudo-units (…直辖村级区划): they hold villages (so a county's townships still lead to
    # them) but are no place: never indexed by name, and their villages hang on the county above.
    pseudo: frozenset[int] = field(default_factory=frozenset)

    def __len__(self) -> int:
        return len(self.codes)

    def lookup(self, name: str) -> tuple[int, ...]:
        return self.by_name.get(name, ())

    def lookup_short(self, short: str) -> tuple[int, ...]:
        return self.by_short.get(short, ())

    def ancestors(self, place_id: int) -> list[int]:
        """From the parent up to the province."""
        chain = []
        parent = self.parents[place_id]
        while parent >= 0:
            chain.append(parent)
            parent = self.parents[parent]
        return chain

    def is_ancestor(self, ancestor: int, place_id: int) -> bool:
        parent = self.parents[place_id]
        while parent >= 0:
            if parent == ancestor:
                return True
            parent = self.parents[parent]
        return False

    def alias_list(self, place_id: int) -> tuple[str, ...]:
        joined = self.aliases.get(place_id)
        return tuple(joined.split("|")) if joined else ()

    def full_name(self, place_id: int) -> str:
        return "".join(self.names[i] for i in reversed(self.ancestors(place_id))) + self.names[place_id]

    def villages(self, township: int) -> dict[str, VillageRow]:
        """The villages and communities of one township by printed name (memoised outside the pickle).

        Villages listed under a pseudo-unit name its parent county as their place above: papers (and annotators)
        write 崖州区镇海村, never 崖州区直辖村级区划镇海村."""
        key = (id(self), township)
        cached = _village_cache.get(key)
        if cached is None:
            cached = {}
            holder = self.parents[township] if township in self.pseudo else township
            ancestor_names = _chain_names(self.names, self.parents, township)
            start, end = self.village_spans.get(township, (0, 0))
            for line in self.village_blob[start:end].decode("utf-8").split("\n"):
                if not line:
                    continue
                code, name, _short, level, _parent, _source, _year, alias = line.split("\t")
                aliases = tuple(alias.split("|")) if alias else ()
                own = strip_ancestor_prefix(name, ancestor_names)
                if own != name:
                    name, aliases = own, (name, *aliases)
                cached.setdefault(name, VillageRow(code, name, sys.intern(level), aliases, holder))
            if len(_village_cache) > VILLAGE_CACHE_LIMIT:
                _village_cache.clear()  # a long import run must not end up holding all 620k villages
            _village_cache[key] = cached
        return cached

    def descendants(self, place_id: int, level: str) -> list[int]:
        """All places of `level` below `place_id` (townships of a county, counties of a prefecture …)."""
        found, stack = [], [place_id]
        while stack:
            for child in self.children.get(stack.pop(), ()):
                if self.levels[child] == level:
                    found.append(child)
                elif LEVEL_RANK[self.levels[child]] < LEVEL_RANK[level]:
                    stack.append(child)
        return found


_village_cache: dict[tuple[int, int], dict[str, VillageRow]] = {}


def _chain_names(names: list[str], parents: list[int], place_id: int) -> list[str]:
    """Names from `place_id` up to its province."""
    chain = []
    while place_id >= 0:
        chain.append(names[place_id])
        place_id = parents[place_id]
    return chain


def _ethnic_printed_forms(
    names: list[str], levels: list[str], parents: list[int], shorts: list[str], pseudo: frozenset[int]
) -> dict[int, str]:
    """Ethnic townships' printed forms (大平苗族彝族乡 → 大平乡), and their bare stem as short form (大平).

    A printed form that another township of the same county already bears as its name (峡门乡 listed by NBS 2023,
    峡门回族乡 by MCA 2025) is left to that township: the name a county really lists wins over a shortened one.  A
    form shared with ordinary townships of other counties stays ambiguous, decided by the page like any namesake.
    """
    taken = {(parents[i], name) for i, name in enumerate(names) if levels[i] == "township" and i not in pseudo}
    forms: dict[int, str] = {}
    for i, name in enumerate(names):
        if levels[i] != "township" or i in pseudo:
            continue
        found = ethnic_township_forms(name)
        if found is None:
            continue
        printed, stem = found
        shorts[i] = stem
        if printed is not None and (parents[i], printed) not in taken:
            forms[i] = printed
    return forms


def _freeze(index: dict[Any, list[int]]) -> dict[Any, tuple[int, ...]]:
    return {key: tuple(ids) for key, ids in index.items()}


def parse(path: Path = DATA_FILE) -> Gazetteer:
    """Read the gzip TSV written by build.py into arrays and indexes.

    Villages follow their township in code order, so their lines are gathered per township without being split.
    """
    codes: list[str] = []
    names: list[str] = []
    shorts: list[str] = []
    levels: list[str] = []
    parent_codes: list[str] = []
    sources: list[str] = []
    aliases: dict[int, str] = {}
    village_chunks: dict[str, list[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        text = handle.read()
    lines = text.split("\n")
    chunk: list[str] = []
    for line in lines[1:]:
        if not line:
            continue
        if line[9:12] != "000":
            # A village code never ends in 000 and follows its township's row: no need to split the line.
            chunk.append(line)
            continue
        chunk = village_chunks.setdefault(line[:12], [])
        fields = line.split("\t", 5)
        code, name, short, level, parent, rest = fields
        if level in VILLAGE_LEVELS:
            continue  # a placeholder village row coded like a county (NBS lists 金门县 so): not a place to index
        source, year, alias = rest.split("\t")
        if alias:
            aliases[len(codes)] = alias
        codes.append(code)
        names.append(name)
        shorts.append(short)
        levels.append(sys.intern(level))
        parent_codes.append(parent)
        sources.append(sys.intern(f"{source}{year}"))
    by_code = {code: i for i, code in enumerate(codes)}
    parents = [by_code.get(code, -1) if code and code != codes[i] else -1 for i, code in enumerate(parent_codes)]
    for i, parent in enumerate(parents):
        # Rows come in code order, so a township's ancestors already carry their printed names.
        if levels[i] in LOCAL_LEVELS and parent >= 0:
            own = strip_ancestor_prefix(names[i], _chain_names(names, parents, parent))
            if own != names[i]:
                aliases[i] = "|".join(a for a in (names[i], aliases.get(i, "")) if a)
                names[i] = own
    pseudo = frozenset(i for i, name in enumerate(names) if levels[i] == "township" and is_pseudo_township(name))
    printed_forms = _ethnic_printed_forms(names, levels, parents, shorts, pseudo)
    children: dict[int, list[int]] = {}
    for i, parent in enumerate(parents):
        if parent >= 0:
            children.setdefault(parent, []).append(i)
    by_name: dict[str, list[int]] = {}
    by_short: dict[str, list[int]] = {}
    indexed_local: set[tuple[int, str]] = set()
    for i, name in enumerate(names):
        if i in pseudo:
            continue  # 崖州区直辖村级区划 is never printed: it must match no text
        if levels[i] in LOCAL_LEVELS:
            # The MCA list added a second row for a township NBS printed with its county glued on (四平市铁东区石岭镇
            # beside 石岭镇); once the prefix is gone they are one place, and the first (NBS, with villages) wins.
            if (parents[i], name) in indexed_local:
                continue
            indexed_local.add((parents[i], name))
        by_name.setdefault(name, []).append(i)
        if levels[i] in SHORT_FORM_LEVELS and shorts[i] != name:
            by_short.setdefault(shorts[i], []).append(i)
        for alias in aliases.get(i, "").split("|"):
            if alias and alias != name:
                by_name.setdefault(alias, []).append(i)  # 街道办事处 forms, names before a rename
        if i in printed_forms:
            by_name.setdefault(printed_forms[i], []).append(i)  # 大平乡 for 大平苗族彝族乡
        banner = banner_abbreviation(name) if levels[i] == "county" else None
        if banner:
            by_name.setdefault(banner, []).append(i)
        for official, printed in AUTONOMOUS_FORMS:
            # Papers print 恩施州, 长阳县, 鄂温克旗 for the autonomous prefecture/county/banner.
            if name.endswith(official) and shorts[i] != name:
                by_name.setdefault(shorts[i] + printed, []).append(i)
    blob = bytearray()
    village_spans: dict[int, tuple[int, int]] = {}
    for code, chunk in village_chunks.items():
        if chunk and code in by_code:
            start = len(blob)
            blob += "\n".join(chunk).encode("utf-8")
            village_spans[by_code[code]] = (start, len(blob))
    return Gazetteer(
        codes,
        names,
        shorts,
        levels,
        parents,
        sources,
        aliases,
        _freeze(by_name),
        _freeze(by_short),
        by_code,
        bytes(blob),
        village_spans,
        _freeze(children),
        pseudo,
    )


def cache_dir() -> Path:
    configured = os.environ.get("LOCALITIES_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "localgov-news-db"


def _cache_path(path: Path) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    version = f"py{sys.version_info.major}{sys.version_info.minor}"
    return cache_dir() / f"gazetteer-{digest}-{version}-v{CACHE_FORMAT}.pickle"


def load(path: Path = DATA_FILE, use_cache: bool = True) -> Gazetteer:
    """Parse the data file, going through the pickle cache when it can be read or written."""
    if not use_cache:
        return parse(path)
    cached = _cache_path(path)
    try:
        with cached.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gazetteer = parse(path)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename: parallel importers never read a half-written cache.
        with tempfile.NamedTemporaryFile(dir=cached.parent, delete=False) as tmp:
            pickle.dump(gazetteer, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, cached)
    except OSError:
        pass  # a read-only home only costs speed
    return gazetteer


_lock = threading.Lock()
_instance: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                _instance = load()
    return _instance
