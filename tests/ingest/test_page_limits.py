"""Huge pages and the span invariant: the cap sits where the pipeline is proven, and evidence stays in its article."""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.db.models import F

import ingest.page_files
import ingest.pipeline
from articles.models import Article, Source
from core.text.decoding import decode_page
from indicators.models import Indicator
from ingest.discovery import FoundFile
from ingest.pipeline import MAX_PAGE_BYTES, extract_checked, read_page_file
from localities.models import LocalityMention
from programs.models import ProgramMention
from tests.ingest.conftest import ROOT, SEEDS

pytestmark = pytest.mark.django_db(transaction=True)
FIXTURE_PAGES = sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))


def assert_every_fact_inside_its_article() -> None:
    """What the pipeline checks before writing, checked again on what was written."""
    outside_article = Indicator.objects.filter(start_offset__lt=F("article__start_offset")) | Indicator.objects.filter(
        end_offset__gt=F("article__end_offset")
    )
    assert not outside_article.exists()
    for model in (LocalityMention, ProgramMention):
        assert not model.objects.filter(end_offset__gt=F("article__end_offset")).exists()
    for article in Article.objects.select_related("source"):
        previous_end = (
            Article.objects.filter(source=article.source, end_offset__lte=article.start_offset)
            .order_by("-end_offset")
            .values_list("end_offset", flat=True)
            .first()
            or 0
        )
        for model in (LocalityMention, ProgramMention):
            assert not model.objects.filter(article=article, start_offset__lt=previous_end).exists()


@pytest.mark.django_db(transaction=False)
def test_a_page_as_large_as_the_cap_is_extracted_whole_with_every_invariant(tmp_path):
    """Seed and fixture pages in one file, as many as fit under the cap: the cap is exactly what is proven.

    It goes through what the import does before writing (read, decode, extract, check every span); writing is the
    same per row at any page size and is covered by the other tests.
    """
    text = ""
    for path in [*SEEDS, *FIXTURE_PAGES]:
        longer = f"{text}\n\n{decode_page(path.read_bytes())}" if text else decode_page(path.read_bytes())
        if len(longer.encode("utf-8")) > MAX_PAGE_BYTES:
            break
        text = longer
    assert len(text.encode("utf-8")) > 0.85 * MAX_PAGE_BYTES
    (tmp_path / "big").mkdir()
    (tmp_path / "big" / "all.txt").write_text(text, encoding="utf-8")
    page = read_page_file(FoundFile(tmp_path / "big" / "all.txt", tmp_path / "big"))
    extraction = extract_checked(page)  # raises if any fact lies outside its article
    covered = sum(facts.segment.end - facts.segment.start for facts in extraction.articles)
    assert covered > 0.8 * len(page.text)  # the articles cover the page, not a corner of it
    assert sum(len(facts.indicators) for facts in extraction.articles) > 200


def test_seed_pages_keep_every_fact_inside_its_article(run_import):
    assert run_import(str(ROOT / "seeds"))[0] == 0
    assert_every_fact_inside_its_article()


def test_a_page_over_the_cap_is_refused_with_the_reason(write_page, page_dir, run_import):
    write_page("big.txt", "今年以来，全县新建农村公路120公里。\n" * (MAX_PAGE_BYTES // 40))
    write_page("good.txt")
    code, _, err = run_import(str(page_dir))
    assert code == 1
    assert "big.txt" in err and f"larger than the {MAX_PAGE_BYTES // 1024} KB limit for one page" in err
    assert list(Source.objects.values_list("path", flat=True)) == ["pages/good.txt"]


def test_a_page_breaking_the_span_invariant_fails_whole(write_page, page_dir, run_import, monkeypatch):
    real = ingest.page_files.extract_page

    def stray_mention(text):
        extraction = real(text)
        facts = extraction.articles[0]
        fact = facts.places[0]
        moved = replace(fact, span=replace(fact.span, start=facts.segment.end + 1, end=facts.segment.end + 3))
        facts.places[0] = moved
        return extraction

    write_page("a.txt")
    monkeypatch.setattr(ingest.page_files, "extract_page", stray_mention)
    code, _, err = run_import(str(page_dir))
    assert code == 2
    assert "pages/a.txt: extraction is inconsistent: place mention at" in err
    assert "nothing of this page was written" in err
    assert Source.objects.count() == 0 and LocalityMention.objects.count() == 0
