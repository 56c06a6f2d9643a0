"""`manage.py evaluate`: a throwaway database per layout, figures per layout, clear refusals."""

from __future__ import annotations

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def evaluate(*args: str) -> str:
    out = StringIO()
    call_command("evaluate", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_scores_each_layout_without_touching_the_users_database(tmp_path: Path) -> None:
    pages = tmp_path / "set"
    shutil.copytree(FIXTURES / "heldout5", pages)
    figures = json.loads(evaluate(str(pages), str(pages), "--layouts", "wrap,compact", "--json"))
    assert list(figures["layouts"]) == ["original", "wrap", "compact"]
    for summary in figures["layouts"].values():
        assert summary["articles"] >= 0.95
        assert 0 < summary["rows"] <= 1
    assert figures["missing_pages"] == []
    assert Source.objects.count() == 0  # the import went to a throwaway database

    lines = evaluate(str(pages), str(pages)).splitlines()
    assert len(lines) == 1 and lines[0].startswith("original  SCORE articles=")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["{tmp}/none", "{tmp}/none"], "no such folder of pages"),
        (["{tmp}/empty", "{tmp}/empty"], "no pages"),
        (["{tmp}/pages", "{tmp}/empty"], "no gold files"),
        (["{tmp}/pages", "{tmp}/badgold"], "not a readable JSON gold file"),
        (["{tmp}/pages", "{tmp}/othergold"], "gold for pages not in"),
        (["{tmp}/pages", "{tmp}/pages", "--layouts", "sideways"], "unknown layout sideways"),
    ],
)
def test_refuses_what_it_cannot_score_with_a_message_naming_it(tmp_path: Path, arguments, message) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "pages" / "a.json").write_text(json.dumps({"source": "a.txt"}), encoding="utf-8")
    (tmp_path / "badgold").mkdir()
    (tmp_path / "badgold" / "a.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "othergold").mkdir()
    (tmp_path / "othergold" / "b.json").write_text(json.dumps({"source": "b.txt"}), encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        evaluate(*(a.format(tmp=tmp_path) for a in arguments))
