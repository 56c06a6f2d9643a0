"""Programmes named after a region (contiguous poor areas, basin compensation), by a plan's title, titles held
after a comma, one-per-place schemes and coined models after 的 — and the look-alikes that stay out: praise (被誉为),
poverty labels, count-only slogans, a second name for a formula's model, a national programme's next stage."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs
from programs.plan_titles import plan_title_candidates
from programs.regions import region_candidates


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contiguous poor area, cut after the verb or the level that opens the phrase
        ("曾经是广西极度贫困县,属滇桂黔石漠化片区。从县城出发", "滇桂黔石漠化片区"),
        ("同时也是国家大兴安岭南麓特困片区扶贫攻坚实施县份,", "大兴安岭南麓特困片区"),
        # eco-compensation of a river basin
        ("随着新安江流域生态补偿机制在浙皖两省试点,县里推行了", "新安江流域生态补偿机制"),
        # a short plan title names its programme
        ("其中,《乡村建设提质行动方案》提出", "乡村建设提质行动"),
        # titles the place is, printed after a comma and in a list
        ("被誉为“中国向日葵之乡”,是国家级绿色葵花生产基地县、全国节水灌溉示范县,也是", "国家级绿色葵花生产基地县"),
        ("被誉为“中国向日葵之乡”,是国家级绿色葵花生产基地县、全国节水灌溉示范县,也是", "全国节水灌溉示范县"),
        # a city between 是 and a provincial level
        ("上宅村是厦门市省级乡村振兴试点村。那里", "乡村振兴试点村"),
        # one speciality per village / county
        ("积极扶持“一村一特”,建设", "一村一特"),
        # a coined model named after 的
        ("积极推行“一领办三参与”的运行模式,调动", "一领办三参与"),
        # one of a programme's projects, its parts in a parenthesis between
        ("基地是“五个千亩”(茶叶、蜜桃、脐橙)产业扶贫项目之一,", "五个千亩"),
        # a coined renovation programme
        ("“平改坡”改造让138栋老屋戴上“新帽”。", "平改坡改造"),
        # listed designations and foreign-funded programmes
        ("从傍名牌到打品牌,再到国家驰名商标的转变", "驰名商标"),
        ("花桥村通过世行项目的实施,带动了", "世界银行贷款项目"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # praise is not a conferred title
        ("被誉为“中国向日葵之乡”,是国家级绿色葵花生产基地县", "中国向日葵之乡"),
        # a poverty label is a status, not a title
        ("同时也是省级贫困县、国家大兴安岭南麓特困片区扶贫攻坚实施县份", "贫困县"),
        # a bare 片区 is an area, not a designation; the category spelt out describes where a place lies
        ("其中大别山片区28个县236万人,", "大别山片区"),
        ("十堰,秦巴山集中连片特困地区,所辖五县一市", "秦巴山集中连片特困地区"),
        # the count of measures a sentence lists
        ("开展招商引资比武、乡村建设提质等“九大行动”,持续推动", "九大行动"),
        # a count of sectors with the sentence's head far from the quotation
        ("打造以肉羊、苹果为主的“七大产业集群”主导扶贫产业体系,", "七大产业集群"),
        # a second name for the model a formula names
        ("通过实践“企业+合作社+贫困户”的“三位一体”脱贫攻坚模式,2014年", "三位一体"),
        # a national programme's next stage is that programme
        ("集中资源开展美丽乡村提质升级建设,打造", "美丽乡村提质升级建设"),
        # records per household are not a scheme
        ("实行“一户一档”管理,", "一户一档"),
    ],
)
def test_left_out(text: str, absent: str) -> None:
    assert absent not in _names(text)


def test_a_plan_title_with_a_place_or_a_year_is_not_the_programme_name() -> None:
    assert plan_title_candidates("印发《三亚市乡村振兴行动方案》") == []
    assert plan_title_candidates("印发《2024年人居环境整治行动方案》") == []


def test_region_stops_at_the_word_opening_the_phrase() -> None:
    (candidate,) = region_candidates("该县属于乌蒙山特困片区,")
    assert candidate.name_text == "乌蒙山特困片区"
    assert region_candidates("加快推进流域生态补偿机制建设") == []


def test_villages_counted_as_a_programmes_top_grade() -> None:
    assert "乡村振兴精品村" in _names("厦门还打造12个乡村振兴精品村,催生出")


def test_a_count_only_slogan_is_a_programme_unless_it_sums_up_a_list() -> None:
    assert "五大工程" in _names("福州以“五大工程”为抓手,闯出一条独特的乡村振兴之路。")
    assert "九大行动" not in _names("开展封关运作攻坚、招商引资比武等“九大行动”,持续推动")


@pytest.mark.parametrize("text", ["“一带一路”美丽乡村论坛在康县扎根", "扎实推动共同富裕高峰论坛在杭州举行"])
def test_a_forum_named_after_programmes_is_an_event(text: str) -> None:
    assert _names(text) == []


def test_listed_provincial_and_county_schemes() -> None:
    (farm,) = [m for m in find_programs("有序发展共享农庄和主题民宿,") if m.name == "共享农庄"]
    assert farm.province == "海南"
    assert "一县一业" in _names("打造“一县一业”“一县一品”,")
    assert "一县一品" not in _names("打造“一县一业”“一县一品”,")
