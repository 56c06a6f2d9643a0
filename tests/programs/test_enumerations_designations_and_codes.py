"""Programmes an enumeration, a quoted designation, a leading role or a corridor's name gives away, national goals
printed descriptively — and the look-alikes that stay out: building jobs closed by 等工程, mechanisms labelled by a
code of digits, product brands, a wharf read as a QR code (issue 11, on made-up sentences)."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works closed by 等工程 among which a national programme is listed
        ("东山村实施了退耕还林、荒山造林、水土保持治理等工程,", "荒山造林"),
        ("东山村实施了退耕还林、荒山造林、水土保持治理等工程,", "水土保持治理"),
        # a launched-only national name listed beside a national programme
        ("全镇打造集绿化、美丽庭院、道路亮化、厕所革命于一体的新村", "美丽庭院创建"),
        # a quoted field before a demonstration title
        ("西山村是全市确定的“数字农业”示范点。", "数字农业示范点"),
        # quoted titles printed one after another after an award verb, a superlative inside quotation marks
        ("该村先后荣获“中国美丽休闲乡村”“全国文明村”等称号。", "中国美丽休闲乡村"),
        ("该村先后荣获“中国最美休闲乡村”“全国文明村”等称号。", "中国最美休闲乡村"),
        ("该村先后荣获“中国最美休闲乡村”“全国文明村”等称号。", "全国文明村镇"),
        # a demonstration zone a place builds
        ("全县以建设环京生态扶贫示范区、国际旅游区等为发展定位", "环京生态扶贫示范区"),
        # a coined name a place puts at the head of its work
        ("近年来,该市以“三强一增”为引领,做大做强现代农业", "三强一增"),
        # a formula of actors named a community of shared gains
        ("该镇构建“公司+专业联合社+农户”利益共同体,带动增收。", "公司+专业联合社+农户"),
        # an economic corridor named by its river, cut after the verb before it
        ("近年来,该乡以建设澜沧江绿色经济走廊为统领,发展旅游", "澜沧江绿色经济走廊"),
        ("全市开展了澜沧江绿色经济走廊建设,", "澜沧江绿色经济走廊"),
        # a national goal listed beside a national programme
        ("激发乡村振兴新动能、塑造乡村风貌新气质、探索共同富裕新路径,", "共同富裕"),
        # national programmes printed descriptively
        ("助推了法治乡村建设和产业发展", "法治乡村"),
        ("规范提升农家书屋建设120座", "农家书屋工程"),
        ("东村、西村等7座传统村落在传承中焕发生机", "中国传统村落"),
        # a national name run on into a company's name that holds 码头 (a wharf), not a QR code
        ("依托省级美丽乡村建设东山码头农旅发展有限公司,投入资金", "美丽乡村"),
    ],
)
def test_programmes_found(text: str, expected: str) -> None:
    assert any(expected in name for name in _names(text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # building jobs closed by 等工程, no national programme among them
        ("实施道路硬化、路灯安装、河道清淤等工程,", "路灯安装"),
        # a launched-only name in a list of ordinary words
        ("院内种满花草,美丽庭院、整洁村道随处可见", "美丽庭院创建"),
        # a numbered slogan before a demonstration title is the title's criteria
        ("评选“五好”乡村振兴示范村", "五好"),
        # a national programme's model villages are that programme
        ("公布了第九批“全国一村一品”示范村镇名单", "全国一村一品示范村"),
        # a goal, not a lead
        ("该市始终坚持以“富民强村”为目标", "富民强村"),
        # a national goal printed alone describes a path
        ("该村坚定不移走共同富裕道路,", "共同富裕"),
        ("共同富裕不是整齐划一的平均主义", "共同富裕"),
        # a code of digits before 制度 or 机制 labels a mechanism
        ("该村实行了“1+10”党员联系户制度,", "1+10"),
        ("该镇创新构造“1 1 1 n”机制,做好一杯茶", "1 1 1 n"),
        # unquoted product brands
        ("提升坚果品质,打造东山坚果品牌。", "东山坚果品牌"),
        ("打造农产品特色品牌,", "农产品特色品牌"),
        # a demonstration zone a place aims to have built by a date
        ("力争2026年建成东山茶产业振兴示范区,", "东山茶产业振兴示范区"),
        # a corridor named by no river or range
        ("打造城市绿色经济走廊,", "城市绿色经济走廊"),
        # a superlative outside quotation marks describes the place
        ("该村是全国最美的乡村", "全国最美的乡村"),
    ],
)
def test_look_alikes_stay_out(text: str, unwanted: str) -> None:
    assert not any(unwanted in name for name in _names(text))


def test_a_code_of_digits_before_a_system_or_a_team_is_still_named() -> None:
    assert "1+94" in _names("建立“1+94”公共服务下沉体系,实现全覆盖")
