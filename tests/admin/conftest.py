"""A small hand-made page with one article, a place tree, a program and indicators, built with the ORM."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from articles.models import Article, Source
from indicators.models import Indicator
from localities.models import Locality, LocalityMention
from programs.models import Program, ProgramMention

PAGE = (
    "乡村振兴看示范\n\n"
    "本报临沂讯 今年以来，兰陵县新建农村公路120公里，改造危房356户。\n"
    "苍山县发放扶贫小额信贷1.2亿元，惠及农户3000余户。\n"
)


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def place(name: str, level: str, parent: Locality | None = None, **extra) -> Locality:
    full_name = (parent.full_name if parent else "") + name
    return Locality.objects.create(name=name, level=level, parent=parent, full_name=full_name, **extra)


def add_indicator(article: Article, figure: str, metric: str, value: str, unit: str, locality=None, program=None):
    text = article.source.text
    start, end = span(text, figure)
    sentence_start = text.rfind("，", 0, start) + 1
    sentence_end = text.index("。", end) + 1
    return Indicator.objects.create(
        article=article,
        locality=locality,
        program=program,
        metric=metric,
        value=Decimal(value),
        unit=unit,
        quantity_text=figure,
        start_offset=start,
        end_offset=end,
        evidence_text=text[sentence_start:sentence_end],
        evidence_start=sentence_start,
        evidence_end=sentence_end,
    )


@pytest.fixture
def page_data(db) -> SimpleNamespace:
    source = Source.objects.create(name="sample.txt", content_hash="0" * 64, text=PAGE, year=2020)
    article = Article.objects.create(
        source=source, position=1, title="乡村振兴看示范", body=PAGE[9:], start_offset=0, end_offset=len(PAGE)
    )
    province = place("山东省", "province", code="370000000000")
    city = place("临沂市", "prefecture", province, code="371300000000")
    lanling = place("兰陵县", "county", city, code="371324000000")
    cangshan = place("苍山县", "county", city, in_gazetteer=False)
    village = place("大仲村", "village", cangshan, in_gazetteer=False)
    program = Program.objects.create(name="乡村振兴", national=True)
    start, end = span(PAGE, "乡村振兴")
    program_mention = ProgramMention.objects.create(
        article=article, program=program, text="乡村振兴", start_offset=start, end_offset=end
    )
    start, end = span(PAGE, "兰陵县")
    lanling_mention = LocalityMention.objects.create(
        article=article, locality=lanling, text="兰陵县", start_offset=start, end_offset=end
    )
    start, end = span(PAGE, "苍山县")
    cangshan_mention = LocalityMention.objects.create(
        article=article, locality=cangshan, text="苍山县", start_offset=start, end_offset=end
    )
    road = add_indicator(article, "120公里", "新建农村公路", "120", "公里", lanling, program)
    houses = add_indicator(article, "356户", "改造危房", "356", "户", lanling)
    loans = add_indicator(article, "1.2亿元", "发放扶贫小额信贷", "120000000", "元", cangshan)
    return SimpleNamespace(
        source=source,
        article=article,
        province=province,
        city=city,
        lanling=lanling,
        cangshan=cangshan,
        village=village,
        program=program,
        program_mention=program_mention,
        lanling_mention=lanling_mention,
        cangshan_mention=cangshan_mention,
        road=road,
        houses=houses,
        loans=loans,
    )


@pytest.fixture
def editor(db, django_user_model):
    from core.editorial import ensure_editors_group

    user = django_user_model.objects.create_user("editor", password="correct-horse-42", is_staff=True)
    user.groups.add(ensure_editors_group())
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
