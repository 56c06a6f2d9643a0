"""Titles listed after 获得 or printed whole in quotation marks, designations the place is counted among, formulas
named by a 利益联结机制 or labelled “…模式”, epithets called a title, numbered names leading the work; and what
stays out: phases of a project, a programme's office, counted sites, digit-coded strategies, praise."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


def test_titles_listed_after_got_and_closed_by_honours_are_each_a_title() -> None:
    names = _names("该区获得全国产油大县、全国水果产业重点县、全国平安渔业示范区等荣誉。")
    assert {"全国产油大县", "全国水果产业重点县", "全国平安渔业示范区"} <= set(names)


def test_got_without_a_level_is_no_title() -> None:
    assert _names("该村获得资金支持,建成冷库一座。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该村先后获得“2017年全国美丽宜居村”“第二批国家森林乡村”等称号。", "全国美丽宜居村"),
        ("该村先后获得“2017年全国美丽宜居村”“第二批国家森林乡村”等称号。", "国家森林乡村"),
        ("“江西改革创新示范百村”名单公布,我市五村入选。", "改革创新示范百村"),
    ],
)
def test_a_quoted_title_with_a_year_batch_or_province_short_name(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_a_provincial_short_name_in_a_quoted_title_is_the_conferring_province() -> None:
    mentions = [m for m in find_programs("该村被评为“湖北农房风貌示范名村”。") if m.name == "农房风貌示范名村"]
    assert [(m.national, m.province) for m in mentions] == [(True, "湖北")]


def test_a_quoted_place_of_fame_given_as_praise_is_no_title() -> None:
    assert _names("这里有“中国青梅之乡” 的美誉。") == []
    assert _names("该县被誉为“中国葵花之乡”。") == []


def test_an_epithet_called_a_title_is_conferred() -> None:
    assert "黄金梨之乡" in _names("该乡有着“黄金梨之乡”的响亮称号。")


def test_one_of_the_states_counted_designations() -> None:
    assert "国家优质棉花基地" in _names("作为国家12个优质棉花基地之一的该市,棉花连年丰收。")


def test_a_poverty_label_counted_is_no_designation() -> None:
    assert _names("该村是全省1500个省定贫困村之一。") == []


def test_a_graded_scenic_area_printed_without_its_grade_word() -> None:
    assert "A级旅游景区" in _names("加快创建湖畔画廊国家级4A景区的建设进度。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该县健全“龙头企业+合作社+基地+农户”利益联结机制,带动增收。", "龙头企业+合作社+基地+农户"),
        ("采取“公司+基地+合作组织+农户”的利益链接机制,连片种植。", "公司+基地+合作组织+农户"),
        ("形成“土地入股+产业带动”利益联结机制,实现双增收。", "土地入股+产业带动"),
    ],
)
def test_a_formula_of_actors_bound_by_shared_gains_is_a_model(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_a_formula_labelled_by_a_quoted_model_is_one_model() -> None:
    names = _names("通过构建“党组织+龙头企业+合作社+农户”的产业党建“茶香模式”,带动全乡增收。")
    assert names == ["党组织+龙头企业+合作社+农户"]


def test_a_numbered_name_heading_the_work_after_its_listed_parts() -> None:
    assert "三园一体" in _names("该区以田园、家园、乐园“三园一体”为抓手,建设示范片。")


def test_a_plain_method_as_a_lever_is_no_programme() -> None:
    assert _names("该村以“师徒制”为抓手,培养能人。") == []


@pytest.mark.parametrize(
    "text",
    [
        "2017年,该村开始实施大棚种植二期工程,建设面积800亩。",  # a phase of a construction project
        "山东援藏日喀则分指挥部通过项目帮扶支持当地。",  # the office that runs a programme
        "全面实施“一二三”农业工程,即高标准建设城南千亩蔬菜高产示范区1个。",  # sites built by the number
        "紧紧围绕县委“4+2”发展战略,发展特色农业。",  # a county's priorities coded in digits
        "近年来,重点项目建设“蹄疾步稳”,成效明显。",  # 建设 as a noun before a praising quotation
    ],
)
def test_works_offices_and_coded_strategies_stay_out(text: str) -> None:
    names = _names(text)
    assert not [n for n in names if n not in ("一二三农业工程",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该社被评为国家农民合作社示范社。", "国家农民合作社示范社"),
        ("该村被列为全国乡村旅游重点村。", "全国乡村旅游重点村"),
        ("农场被认定为省级示范家庭农场。", "示范家庭农场"),
        ("该镇入围全国农业产业强镇名单。", "全国农业产业强镇"),
        ("该县被命名为第三批国家农业绿色发展先行区。", "国家农业绿色发展先行区"),
        ("该村成功创建省级美丽宜居村庄。", "美丽宜居村庄"),
    ],
)
def test_more_award_verbs_and_titled_cooperatives_and_farms(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_an_award_verb_before_a_level_but_no_title_names_nothing() -> None:
    assert _names("该村获得省级资金支持,合作社被列为省级重点。") == []
