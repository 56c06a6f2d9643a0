"""Shift-tolerant identities: what they ignore, and what a re-import does with them (a small page, every engine)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.apps import apps

from articles.models import Article, Source
from core.editorial import delete_rows, save_editor_change
from core.identity import NormalisedPage, article_key, fact_key, squash
from core.identity_backfill import backfill_identities
from core.models import Tombstone
from indicators.models import Indicator
from localities.models import LocalityMention

PAGE = """\
兰陵县农村公路建设提速

□ 本报记者 王明

本报临沂讯 今年以来，兰陵县新建农村公路120公里，改造危房356户，发放扶贫小额信贷1.2亿元。

兰陵县卞庄街道投入资金300万元，建成美丽乡村示范村8个。

郯城县养老服务见实效

本报讯 郯城县新建幸福院12处，每天供餐300余份。
"""
TOP_LINE = "本版编辑　李华\n"


def test_layout_does_not_change_a_key():
    page = NormalisedPage(PAGE)
    rewrapped = "\r\n".join(
        "\u3000\u3000" + line[i : i + 7] for line in PAGE.splitlines() for i in range(0, len(line), 7)
    )
    other = NormalisedPage(rewrapped.replace("\r\n", "\n"))
    start = PAGE.index("356户")
    moved = other.page_span(*page.squashed(start, start + 4))
    assert squash(other.page[slice(*moved)]) == "356户"
    assert fact_key(page, start, start + 4) == fact_key(other, *moved)
    assert article_key("兰陵县农村公路\n建设提速", "") == article_key("兰陵县农村公路建设提速", "正文")


def test_find_locates_text_across_line_breaks_nearest_first():
    page = NormalisedPage("甲乙丙\n丁。甲乙\n丙丁。")
    assert page.find("乙丙丁", near=0) == (1, 5)
    assert page.find("乙丙丁", near=9) == (7, 11)
    assert page.find("戊", near=0) is None


@pytest.fixture
def imported(write_page, page_dir, run_import):
    path = write_page("linyi.txt", PAGE)
    code, _, err = run_import(str(page_dir))
    assert code == 0, err
    return path


def reimport(path, text, page_dir, run_import) -> Source:
    path.write_text(text, encoding="utf-8")
    code, _, err = run_import(str(page_dir))
    assert code == 0, err
    return Source.objects.get()


def figure(value: str, unit: str) -> Indicator:
    return Indicator.objects.get(value=Decimal(value), unit=unit)


@pytest.mark.django_db
def test_deleted_article_and_its_figures_stay_deleted_after_a_shift(imported, page_dir, run_import):
    article = Article.objects.get(title="郯城县养老服务见实效")
    delete_rows([article])
    source = reimport(imported, TOP_LINE + PAGE, page_dir, run_import)
    assert not Article.objects.filter(source=source, title="郯城县养老服务见实效").exists()
    assert not Indicator.objects.filter(value=12, unit="处").exists()
    assert Indicator.objects.filter(value=120, unit="公里").exists()


@pytest.mark.django_db
def test_locked_evidence_follows_its_text_and_rows_keep_their_ids(imported, page_dir, run_import):
    road = figure("120", "公里")
    road.evidence_text = "农村公路120公里"  # the editor narrows the evidence to the clause itself
    road.value = Decimal("121")
    save_editor_change(road)
    ids = set(Indicator.objects.values_list("pk", flat=True))
    places = set(LocalityMention.objects.values_list("pk", flat=True))
    source = reimport(imported, TOP_LINE + PAGE.replace("\n", "\r\n"), page_dir, run_import)
    road.refresh_from_db()
    assert road.value == Decimal("121") and sorted(road.locked_fields) == ["evidence_text", "value"]
    assert source.text[road.evidence_start : road.evidence_end] == "农村公路120公里"
    assert source.text[road.start_offset : road.end_offset] == "120公里"
    assert set(Indicator.objects.values_list("pk", flat=True)) == ids
    assert set(LocalityMention.objects.values_list("pk", flat=True)) == places
    # and back: the original page again re-anchors the same rows
    source = reimport(imported, PAGE, page_dir, run_import)
    assert set(Indicator.objects.values_list("pk", flat=True)) == ids
    road.refresh_from_db()
    assert source.text[road.evidence_start : road.evidence_end] == "农村公路120公里"


@pytest.mark.django_db
def test_offsets_are_never_locked(imported):
    road = figure("120", "公里")
    road.start_offset += 1
    road.value = Decimal("121")
    assert sorted(save_editor_change(road)) == ["start_offset", "value"]
    road.refresh_from_db()
    assert road.locked_fields == ["value"]


@pytest.mark.django_db
def test_backfill_gives_old_rows_the_identities_an_import_gives(imported, page_dir, run_import):
    """Rows and tombstones from before identities existed: the data migration keys them as a fresh import would,
    so the next (shifted) import matches every row and brings nothing deleted back."""
    houses = figure("356", "户")
    legacy_key = f"{houses.article.source.name}|{houses.article.position}|{houses.start_offset}"
    delete_rows([houses])
    Tombstone.objects.filter(model_label="indicators.indicator").update(natural_key=legacy_key)
    expected = {
        model: dict(model.objects.values_list("pk", "identity")) for model in (Article, Indicator, LocalityMention)
    }
    for model in expected:
        model.objects.update(identity=None)
    for app_label, model_name in (
        ("articles", "article"),
        ("indicators", "indicator"),
        ("localities", "localitymention"),
        ("programs", "programmention"),
    ):
        backfill_identities(apps, app_label, model_name)
    for model, identities in expected.items():
        assert dict(model.objects.values_list("pk", "identity")) == identities
    tombstone = Tombstone.objects.get(model_label="indicators.indicator")
    assert tombstone.natural_key.startswith(f"{houses.article.source.name}|356户|")
    ids = set(Indicator.objects.values_list("pk", flat=True))
    reimport(imported, TOP_LINE + PAGE, page_dir, run_import)
    assert set(Indicator.objects.values_list("pk", flat=True)) == ids
    assert not Indicator.objects.filter(value=356, unit="户").exists()


def test_words_joined_on_top_of_a_sentence_keep_two_equal_anchors_in_their_order() -> None:
    """Two mentions of one name in one short sentence share its context (told apart by order); a line joined on
    top clips their windows differently, and the first must still pair with the first, the second with the second."""
    from core.identity import fact_similarity, number, pair_similar

    sentence = "本报讯(记者张明文/图)以东山雪梨为主的东山梨闻名全省。"
    before, after = NormalisedPage(sentence), NormalisedPage("版式设计王五李六" + sentence)
    spans = [(m, m + 2) for m in (sentence.find("东山"), sentence.find("东山", sentence.find("东山") + 1))]
    old = number(fact_key(before, s, e) for s, e in spans)
    new = number(fact_key(after, s + 8, e + 8) for s, e in spans)
    assert old[0].rpartition("|")[2] != old[1].rpartition("|")[2]  # one context, two order marks
    assert new[0].split("|")[1] != new[1].split("|")[1]  # the windows now differ
    assert pair_similar(old, new, fact_similarity) == [(old[0], new[0]), (old[1], new[1])]
    # The first one kept, the second deleted by an editor: the deleted one stays the second.
    assert pair_similar(old[:1], new, fact_similarity) == [(old[0], new[0])]
    assert fact_similarity(old[1], new[1]) == 1.0
