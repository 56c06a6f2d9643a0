"""Program extraction on small hand-written sentences: canonical names, quoted names, pattern names, exclusions."""

from __future__ import annotations

import pytest

from programs.canonical import canonical_program_name, national_aliases, national_canonical_names
from programs.extraction import ProgramMention, find_programs


def names(text: str) -> list[str]:
    return [mention.name for mention in find_programs(text)]


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("乡村振兴战略", "乡村振兴"),
        ("实施乡村振兴战略", "乡村振兴"),
        ("全面推进乡村振兴", "乡村振兴"),
        ("“雪亮工程”", "雪亮工程"),
        ("深入推进美丽乡村建设工作", "美丽乡村"),
        ("农村人居环境整治提升五年行动", "农村人居环境整治"),
        ("人居环境整治行动", "农村人居环境整治"),
        ("先诊疗、后付费", "先诊疗后付费"),
        ("基本医保", "城乡居民基本医疗保险"),
        ("新时代文明实践中心", "新时代文明实践"),
        ("新时代文明实践广场", "新时代文明实践"),
        ("“新时代枫桥经验”", "枫桥经验"),
        # local names keep their own words, minus quotes, leading verbs and a trailing 活动
        ("“云畅谈”活动", "云畅谈"),
        ("实施网格员素质能力提升工程", "网格员素质能力提升工程"),
        ("“红石榴”工作室", "红石榴工作室"),
        ("“三色预警”工作法", "三色预警工作法"),
        ("农机购置补贴计划", "农机购置补贴"),
    ],
)
def test_canonical_program_name(printed: str, canonical: str) -> None:
    assert canonical_program_name(printed) == canonical


def test_national_vocabulary_is_large_and_self_consistent() -> None:
    canonicals = national_canonical_names()
    assert len(canonicals) >= 100
    # every canonical name is itself a known form, so canonicalising is idempotent
    for name in canonicals:
        assert canonical_program_name(name) == name
    assert national_aliases()["一网通办"].quoted_only


@pytest.mark.parametrize(
    ("text", "expected_name", "expected_printed"),
    [
        ("该镇开发了“幸福东湖”公众号,群众可在线反映问题。", "幸福东湖", "“幸福东湖”公众号"),
        ("街道创建“红心领航”服务品牌,打通服务群众最后一米。", "红心领航", "“红心领航”服务品牌"),
        ("该村推行“三色预警”工作法,及时化解矛盾。", "三色预警工作法", "“三色预警”工作法"),
        ("县里全面实施“绿满家园”建设工程。", "绿满家园建设工程", "“绿满家园”建设工程"),
        ("社区积极开展“邻里守望”志愿服务活动。", "邻里守望", "“邻里守望”志愿服务活动"),
        ("镇里建设“码上南湖”,实现扫码办事。", "码上南湖", "“码上南湖”"),
        ("为困难群众购买“惠民安康保”。", "惠民安康保", "“惠民安康保”"),
        ("创新“村企联建+电商”发展模式,带动增收。", "村企联建+电商", "“村企联建+电商”发展模式"),
        ("积极探索“聚力”模式,吸引投资。", "聚力模式", "“聚力”模式"),
        ("全县以“红旗”党支部创建为抓手,夯实基层基础。", "红旗党支部创建", "“红旗”党支部创建"),
        ("该区深化“一窗通办”改革,压缩办事时限。", "一窗通办", "“一窗通办”改革"),
        # mechanisms and teams count when the clause founds them
        ("该镇建立“楼栋长+单元长”工作机制,及时收集民意。", "楼栋长+单元长", "“楼栋长+单元长”工作机制"),
        ("街道组建了由500名党员组成的“红旗先锋”志愿者队伍。", "红旗先锋", "“红旗先锋”志愿者队伍"),
        # a place word right after a launched quote: the model village the county builds
        ("该县全域打造“六美”乡村,村容村貌明显改善。", "六美乡村", "“六美”乡村"),
        # a self-named class, even numbered
        ("社区开办“七点半课堂”,为孩子辅导作业。", "七点半课堂", "“七点半课堂”"),
    ],
)
def test_quoted_local_programs(text: str, expected_name: str, expected_printed: str) -> None:
    mentions = find_programs(text)
    assert [(m.name, m.text, m.national) for m in mentions] == [(expected_name, expected_printed, False)]
    mention = mentions[0]
    assert text[mention.start : mention.end] == mention.text
    assert 0 < mention.confidence < 1


@pytest.mark.parametrize(
    ("text", "expected_name"),
    [
        ("今年,该区实施城乡供水水质提升工程,惠及群众。", "城乡供水水质提升工程"),
        ("该县积极探索土地股份合作社模式,带动农户增收。", "土地股份合作社模式"),
        ("先后开展了敬老助残、暖冬行动等志愿服务。", "暖冬行动"),
        ("该村开展清廉乡村建设以来,村务更加透明。", "清廉乡村建设"),
    ],
)
def test_unquoted_pattern_programs(text: str, expected_name: str) -> None:
    assert names(text) == [expected_name]


def test_national_designation_is_a_national_program() -> None:
    [mention] = find_programs("该市获批国家农业绿色发展先行区试验区。")
    assert mention.national
    assert mention.name == "国家农业绿色发展先行区试验区"


def test_national_programs_with_aliases_and_offsets() -> None:
    text = "在实施乡村振兴战略过程中,该县扎实推进“厕所革命”,强化防止返贫动态监测。"
    mentions = find_programs(text)
    assert [(m.name, m.national) for m in mentions] == [
        ("乡村振兴", True),
        ("厕所革命", True),
        ("防返贫动态监测", True),
    ]
    assert mentions[0].text == "乡村振兴战略"
    assert mentions[1].text == "“厕所革命”"
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


def test_national_reform_printed_with_enumeration_comma() -> None:
    [mention] = find_programs("在各社区全面推行“街道吹哨、部门报到”机制。")
    assert (mention.name, mention.text, mention.national) == ("街乡吹哨、部门报到", "“街道吹哨、部门报到”", True)


def test_longest_match_wins_over_embedded_national_name() -> None:
    text = "巩固拓展脱贫攻坚成果同乡村振兴有效衔接,落实“两不愁三保障”。"
    assert names(text) == ["巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "两不愁三保障"]


@pytest.mark.parametrize(
    "text",
    [
        "紧盯“三个确保”,围绕“四个强化”,突出“六个聚力”。",  # numbered slogans
        "打造“六有”网格员队伍,提供“一站式”结算系统。",  # numbered words even before a head
        "制定印发《关于加快发展农村电商的实施方案》。",  # a document title is not a program
        "实现“一图全览”,清理“牛皮癣”,运用“二维码”。",  # quoted jargon and dictionary words
        "实现一网通办,减少群众跑腿。",  # slogan-like national name counts only when quoted
        "要认真做好工作,采取行动,制定工作计划。",  # bare heads are not programs
        "实施民生工程,完善利益联结机制,创新小区治理模式。",  # generic modifiers
        "坚持“路平、灯亮、水美”的标准。",  # enumerations
        "落实“应保尽保”要求,建立“日巡查、周走访”工作制度。",  # idioms and enumerated routines
        "该公司工程师参与了计划生育宣传。",  # head characters inside other words
        "首届“泉城杯”篮球赛开幕,举办“迎新春”文艺汇演活动。",  # one-off events
        "构建“街道党工委—社区党委—网格党支部”组织体系。",  # chains of command are structures
        "推行“容缺受理”,设立“企业服务专员”。",  # mechanisms and posts after adoption verbs
        "完善“指挥棒+专班”工作机制,这支“铁军”队伍作风过硬。",  # mechanisms and teams not founded here
        "建立“红黑榜”机制,督促整改。",  # an ordinary word before a founded head
        "开展“蒙汉双语”便民服务。",  # a kind of service, not a brand
        "构建“一红一绿”乡村发展格局。",  # a place word inside a longer phrase is no head
    ],
)
def test_not_programs(text: str) -> None:
    assert find_programs(text) == []


def test_program_inside_document_title_is_still_found() -> None:
    # the title is not a program, but the national program it names is
    assert names("制定《乡村建设行动实施方案》。") == ["乡村建设行动"]


def test_mentions_are_frozen_and_ordered() -> None:
    mentions = find_programs("推进精准扶贫,开展“百企帮百村”,助力脱贫攻坚。")
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert [m.name for m in mentions] == ["精准扶贫", "百企帮百村", "脱贫攻坚"]
    with pytest.raises(AttributeError):
        mentions[0].name = "x"  # type: ignore[misc]
    assert isinstance(mentions[0], ProgramMention)
