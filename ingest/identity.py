"""Which page a file is: the identity of a Source, from what the page prints and where the file lies.

File names repeat everywhere in a real archive (`2020-11-10/01.txt`), so a file's base name never identifies a
page. A page is identified by

1. its paper, date and page number, when all three are known — read from the masthead (`articles.metadata`) or,
   failing that, from a documented file-name pattern: `枣庄日报_20201110_03.txt`, `zzrb-2020-11-10-p3.txt`
   (`<paper>_<date>_<page>`, separated by `_`, `-` or spaces, the page optionally `p3`/`第3版`) or a date in the
   folders and the page number as the file name (`2020-11-10/03.txt`, `zzrb/2020/1110/03.txt`);
2. otherwise its path relative to the folder given to the import, starting with that folder's own name
   (`pages/a/page1.txt`), so two folders that share file names never meet.

The content hash then recognises the same page met again under another path (see `articles.services`). Pure
functions on strings and paths; no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

from articles.metadata import Masthead, is_paper_name

_SEP = r"[_\-\s]+"
_DATE = r"(?P<date>(?:19|20)\d{2}[-_./]?\d{2}[-_./]?\d{2})"
_PAGE = r"(?:p|page|第)?0*(?P<page>\d{1,3})(?:版)?"
# <paper>_<date>_<page>: 枣庄日报_20201110_03, zzrb-2020-11-10-p3
_PAPER_DATE_PAGE = re.compile(rf"^(?P<paper>[^\s_\-./]+?){_SEP}{_DATE}{_SEP}{_PAGE}$", re.I)
# <date>_<page> or <page> alone, the rest of the identity coming from the folders: 20201110_03, 03, p3
_DATE_PAGE = re.compile(rf"^{_DATE}{_SEP}{_PAGE}$", re.I)
_PAGE_ONLY = re.compile(rf"^{_PAGE}$", re.I)
_DATE_IN_FOLDERS = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_./]?(\d{2})[-_./]?(\d{2})(?!\d)")
_CHINESE_PAPER = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|晨报|时报|商报|周报|导报|都市报|农民报|青年报|法制报)$"
)


@dataclass(frozen=True)
class PageIdentity:
    """Who a page is, and where each part came from (printed on the page, or the file name)."""

    name: str  # the Source's unique name: "枣庄日报 2020-11-10 第3版" or the relative path
    path: str  # the file's path relative to the folder given to the import, that folder's name first
    publication: str = ""
    publication_from_path: bool = False
    published_on: date | None = None
    page: int | None = None


def relative_path(file: str, root: str | None) -> str:
    """`file` relative to the folder `root` the operator named, starting with that folder's name.

    A file named directly counts as found in its own folder: `import_seeds pages/a.txt` and `import_seeds pages`
    both call it `pages/a.txt`.
    """
    path = PurePosixPath(file)
    base = PurePosixPath(root) if root is not None else path.parent
    try:
        inner = path.relative_to(base)
    except ValueError:
        return path.name
    return str(PurePosixPath(base.name) / inner) if base.name else str(inner)


def from_path(path: str) -> Masthead:
    """Paper, date and page from the documented file-name patterns (module docstring); None where not matched."""
    parts = PurePosixPath(path)
    stem = parts.stem
    folders = [p for p in parts.parent.parts]
    match = _PAPER_DATE_PAGE.match(stem)
    if match:
        day = _date(match.group("date"))
        if day is not None:
            return Masthead(match.group("paper"), day, int(match.group("page")) or None)
    match = _DATE_PAGE.match(stem) or _PAGE_ONLY.match(stem)
    if match is None:
        return Masthead()
    day = _date(match.groupdict().get("date") or "") or _date_in_folders(folders)
    if day is None:  # a bare number is a page number only inside a dated folder
        return Masthead()
    paper = next((f for f in reversed(folders) if is_paper_name(f)), None)
    return Masthead(paper, day, int(match.group("page")) or None)


def identify(path: str, printed: Masthead) -> PageIdentity:
    """The page's identity: what it prints first, the file-name pattern next, else its relative path."""
    named = from_path(path)
    publication = printed.publication or named.publication or ""
    published_on = printed.date or named.date
    page = printed.page or named.page
    known = publication and published_on and page
    name = f"{publication} {published_on:%Y-%m-%d} 第{page}版" if known else path
    return PageIdentity(
        name=name,
        path=path,
        publication=publication,
        publication_from_path=bool(publication) and not printed.publication,
        published_on=published_on,
        page=page,
    )


def _date(token: str) -> date | None:
    digits = re.sub(r"\D", "", token)
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def _date_in_folders(folders: list[str]) -> date | None:
    joined = "/".join(folders)
    for match in reversed(list(_DATE_IN_FOLDERS.finditer(joined))):
        day = _date("".join(match.groups()))
        if day is not None:
            return day
    return None
