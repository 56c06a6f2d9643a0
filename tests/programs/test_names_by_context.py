"""Local programmes that the words around a name give away rather than a head noun after it: long formulas before a
model word, a plan's title, a definition by parts, 工作 after a coined word, a coordination with a programme,
pilots, adopted models, numbered campaigns in enumerations, designated villages — and the look-alikes that stay out."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a formula of longer parts right before a model word
        ("该村探索出“农业种植大棚+周末亲子游+写生基地”农旅融合发展新路径,", "农业种植大棚+周末亲子游+写生基地"),
        ("工作队以“资金帮扶+自主创业”形式打造的帮扶项目", "资金帮扶+自主创业"),
        # a quoted name in the title of the plan that founds it
        ("得益于《丽水市“八个万元”系列富民增收行动方案》的实施。", "八个万元"),
        # a quoted name defined by listing its quoted parts
        ("“八个万元”即“一亩山万元钱”“十箱蜂万元钱”等。", "八个万元"),
        # a coined quoted word followed by 工作 / 工作组
        ("检查扶贫“双到”工作,要求尽快完成", "双到"),
        ("在宝安大浪街道办“双到”工作组的帮助下", "双到"),
        # a quotation coordinated with a programme's name
        ("大力发展“一村一品”和“多村一品”产业。", "多村一品"),
        # a pilot a clause launches
        ("在31个村实施扶贫到户资金使用机制试点工作,", "扶贫到户资金使用机制试点"),
        # a model the clause works through
        ("通过村企联建共富工坊模式,该村", "村企联建共富工坊模式"),
        # a numbered campaign in an enumeration of measures
        ("围绕村容村貌、农村人居环境整治、五清行动、场镇提升等方面", "五清行动"),
        # villages counted under a programme
        ("蕲春县91个整村推进村和7个老区建设重点村抢抓机遇", "老区建设重点村"),
        ("成为上海第一批9个乡村振兴示范村之一", "乡村振兴示范村"),
        # a strategy that counts only when run, a scheme a person is enrolled in
        ("云和县全面推进全域旅游发展,", "全域旅游"),
        ("村里帮他申请了低保。", "农村最低生活保障"),
        # one of a programme's projects, unquoted or quoted as the clause's subject
        ("这里是密云2013年险户搬迁工程之一,分散在三个自然村", "险户搬迁工程"),
        ("“农民安居”作为密云县委县政府为农民实施的三大工程之一,改变", "农民安居"),
        # a season's push of a national programme
        ("脱贫攻坚春季攻势,天柱县瓮洞镇高度重视产业转型升级", "脱贫攻坚春季攻势"),
        # a sector or kind of place a clause sets out to build
        ("青海省自2008年起开始推进生态畜牧业建设,目前", "生态畜牧业建设"),
    ],
)
def test_named_by_context(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # 的 between the formula and the model word: a way of doing things
        ("采取“互联网+扶贫”的方式,注册", "互联网+扶贫"),
        ("探索“部门职能+乡村建设+第三方嵌入”的发展模式,", "部门职能+乡村建设+第三方嵌入"),
        # a report's title is not a plan
        ("刊载题为《“大酒罐”村“醒酒”记》的报道", "大酒罐"),
        # 即 as an adverb, not a definition
        ("“梨工坊”即将完工,", "梨工坊"),
        # a field of work in the dictionary, and a mechanism of work
        ("把乡村振兴作为“三农”工作总抓手", "三农"),
        ("完善“指挥棒+专班”工作机制,", "指挥棒+专班"),
        # two metaphors coordinated
        ("让农家小院成为“增收园”和“聚宝盆”。", "聚宝盆"),
        # a title received is not a pilot launched
        ("地下管廊建设获得国家试点", "获得国家试点"),
        # a count word makes a numbered slogan or a period
        ("实施厕所、污水、垃圾三大改造整治工程。", "三大改造整治工程"),
        ("持续推进农村人居环境整治提升五年行动,", "五年行动"),
        # a count or a ranking word before 之一
        ("密云县委县政府为农民实施的三大工程之一", "三大工程"),
        ("是全县重点工程之一", "重点工程"),
        # a kind of village, not a programme's designation
        ("全县165个重点扶贫村都具有一定产业基础", "重点扶贫村"),
        # the strategy printed as a description of a place, the scheme as an office's task
        ("打造生态红色全域旅游格局,", "全域旅游"),
        ("对党组织关系转接、低保审核等事项", "农村最低生活保障"),
        # generic objects of construction
        ("深入实施基础设施建设等重点工程", "基础设施建设"),
        ("加快推进长效机制建设,", "长效机制建设"),
        ("打造了清廉文化建设阵地", "清廉文化建设"),
        # a product brand and a way of farming
        ("提出“云和云居·六头民宿”区域公共品牌,", "云和云居·六头民宿"),
        ("推动生态高效生产模式,示范引领", "生态高效生产模式"),
    ],
)
def test_look_alikes_stay_out(text: str, unwanted: str) -> None:
    assert unwanted not in _names(text)


def test_a_pilot_village_is_left_to_the_programme_it_pilots() -> None:
    assert _names("作为上海首批乡村振兴试点村,") == ["乡村振兴"]
