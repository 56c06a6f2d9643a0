from datetime import date

import pytest

from articles.metadata import PageMetadata, infer_page_metadata
from articles.segmentation import segment_page


def meta(text: str) -> PageMetadata:
    return infer_page_metadata(text, segment_page(text))


def test_publication_comes_from_the_dateline_city() -> None:
    text = "\n\n柳河县特色种植见成效\n\n本报柳河讯(通讯员 钱进)今年以来,柳河县种植面积达到1.2万亩。\n"
    result = meta(text)
    assert (result.publication, result.publication_inferred) == ("柳河", True)


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
