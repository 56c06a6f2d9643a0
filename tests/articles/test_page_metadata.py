from datetime import date

import pytest

from articles.metadata import Masthead, PageMetadata, infer_page_metadata, read_masthead
from articles.segmentation import segment_page


def meta(text: str) -> PageMetadata:
    return infer_page_metadata(text, segment_page(text))


def test_a_dateline_city_is_not_a_publication() -> None:
    text = "\n\n柳河县特色种植见成效\n\n本报柳河讯(通讯员 钱进)今年以来,柳河县种植面积达到1.2万亩。\n"
    result = meta(text)
    assert (result.publication, result.publication_inferred) == (None, False)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("枣庄日报\n2020年11月10日 星期二\n第3版", Masthead("枣庄日报", date(2020, 11, 10), 3)),
        ("枣庄日报 2020年11月10日 星期二 第03版：要闻", Masthead("枣庄日报", date(2020, 11, 10), 3)),
        ("第十二版　乡村振兴", Masthead(None, None, 12)),
        ("人民日报评论：把乡村振兴的事办好", Masthead(None, None, None)),  # a headline quoting a paper
        ("本报第3版刊发了这篇报道的上篇，今天我们继续关注全县各村的产业发展情况和群众的收入变化。", Masthead()),
    ],
)
def test_masthead_names_paper_date_and_page(top: str, expected: Masthead) -> None:
    assert read_masthead(f"{top}\n\n青石镇建设文化广场\n\n近日,青石镇新建村级文化广场3处。\n") == expected
    result = meta(f"{top}\n\n青石镇建设文化广场\n\n近日,青石镇新建村级文化广场3处。\n")
    assert (result.publication, result.date, result.page) == (expected.publication, expected.date, expected.page)


def test_no_dateline_means_no_publication() -> None:
    result = meta("\n\n青石镇建设文化广场\n\n近日,青石镇新建村级文化广场3处。\n")
    assert (result.publication, result.publication_inferred) == (None, False)


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("截至2021年初,全镇有农户3600户。今年以来,新建道路12公里。", 2021),
        ("今年以来,各村2019年实施项目22个,2020年可全部覆盖。", 2019),  # 2020 is a plan
        ("2015年,他当上了村支书。如今村里有了新气象。", None),  # a back-story year only
        ("今年以来,新建道路12公里。", None),  # 今年 without any explicit year
    ],
)
def test_year_only_from_sentences_about_the_present(body: str, year: int | None) -> None:
    result = meta(f"\n\n青石镇建设文化广场\n\n{body}\n")
    assert result.year == year
    assert result.year_inferred is (year is not None)
    assert result.date is None


def test_printed_masthead_date_is_not_inferred() -> None:
    text = "2021年3月5日 星期五\n\n青石镇建设文化广场\n\n近日,青石镇新建村级文化广场3处。\n"
    result = meta(text)
    assert (result.year, result.year_inferred, result.date) == (2021, False, date(2021, 3, 5))
