"""Metric phrases leave out who and where (names, companies, 在-places, the place singled out of a total) and keep
what is measured: grade lists sharing one noun, distances to a named place, levels held, weights a verb moves."""

import pytest

from indicators.extraction import extract_indicators


def metrics(text: str) -> list[str]:
    return [c.metric for c in extract_indicators(text, page_year=2023)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counts broken down by grade share the noun printed after the last grade.
        ("含4家省级、2家市级龙头企业", ["省级龙头企业数", "市级龙头企业数"]),
        ("现有3个国家级、5个省级示范合作社", ["国家级示范合作社数", "省级示范合作社数"]),
        # A distance is named by the place it is to, not the place it is from.
        ("申家沟村距离米脂县城20公里", ["距米脂县城距离"]),
        ("坐落于益阳市中心城区北郊7.5公里处", ["距益阳市中心城区距离"]),
        # A level held is named by what holds it.
        ("总面积基本稳定在300万亩以上", ["总面积"]),
        ("粮食产量稳定在50亿斤以上", ["粮食产量"]),
        # Where (在 + places), whose (a person after the group noun) and which company are not what is measured.
        ("合作社在兰井村2组占地250余亩", ["合作社占地面积"]),
        ("种粮大户周柿勇的11个早稻育秧大棚内", ["种粮大户早稻育秧大棚数"]),
        ("竹缘林科有限公司打包100万公斤杀青肉笋", ["打包杀青肉笋量"]),
        # A weight after a verb and its object is that object's sales or output.
        ("去年销售成品虾45322斤", ["成品虾销量"]),
        ("合作社生产湿果60万斤", ["湿果产量"]),
        # 口 counts ponds and wells as well as people.
        ("修建鱼塘3口", ["修建鱼塘数"]),
        ("一家6口人", ["家庭人口"]),
        ("家里就两口人", ["家里人口"]),
        # A per-head word after the people a 带动 reaches opens the next figure's name.
        ("带动76户牧民户均增收1.2万元", ["带动增收牧民户数", "牧民户均增收"]),
        # What people put in (以…) and their deed name them.
        ("35户贫困户以产业扶持基金入股", ["产业扶持基金入股贫困户数"]),
        ("村里80余户村民以土地入股", ["土地入股村民户数"]),
        # What people are busy with at the moment reported does not say which people are counted.
        ("30多名农民正忙着修剪藤蔓", ["农民人数"]),
        # A sum bounding a class of places is named by the money before it; 的目标 makes a figure an aim.
        ("一批集体经济年收入超百万元的村庄", ["集体经济年收入"]),
        ("实现了乡财政收入过500万元,全县农民人均纯收入超过5600元的目标", ["财政收入", "农民人均纯收入目标"]),
        ("每斤按1块5算", ["单价"]),
        # A plan's figures are its aims; a weight per piece is what one piece weighs; 万人口 is the population.
        ("按照每户投放基础母羊100只的计划", ["每户投放基础母羊数目标"]),
        ("按大、中、小分开打包,每件30公斤", ["每件重量"]),
        ("曹村是个镇,14个村,2.95万人口", ["村数", "人口"]),
        # Status words and manner adverbs at a phrase's edge say how, not what.
        ("短短几年间他们大棚蔬菜基地面积已达到3000多亩", ["大棚蔬菜基地面积"]),
        ("年亩产值普遍超过1.5万元", ["年亩产值"]),
        # A sum's money noun ends its name before the purpose it serves.
        ("该区每年从财政拿出不少于100万元专项资金扶持发展", ["年专项资金"]),
        # Spans: a deadline (内), a plan's term, the span a person worked, a span before the activity it takes.
        ("3年内将带动毛卜喇村规模养殖户达到400余户", ["带动期限", "带动毛卜喇村规模养殖户数"]),
        ("编制魔芋产业五年发展规划", ["魔芋产业发展规划期限"]),
        ("种粮8年的大户洪义荣说", ["种粮年数"]),
        # A word before the adverbial 地 says how the predicate goes, not what is counted.
        ("30多台收割机密集地停在田里", ["收割机数"]),
        ("近200名采茶工紧张有序地采摘", ["采茶工人数"]),
        # 连续 before a span belongs to the span, not to the sum after it.
        ("农民连续4年人均增收近千元", ["农民人均增收连续年数", "农民人均增收"]),
        # People counted as a township's or a village's are its population; 贫困村 is a group of villages.
        ("地处南召最北端的崔庄乡4万多人", ["人口"]),
        ("贫困村1200人", ["贫困村人数"]),
        # A share followed by 为/是 and a noun is that noun's share.
        ("所栽树种80%以上为以板栗为主的经济林木", ["经济林木占比"]),
        ("全村劳动力中60%是外出务工人员", ["外出务工人员占比"]),
        # Output and value after a crop's area are that crop's.
        ("共种植魔芋12585亩,产量2197.38万公斤,产值1.5亿元", ["种植魔芋面积", "魔芋产量", "魔芋产值"]),
        ("计划通过3年建设,建成田园综合体", ["建设年数"]),
        # 争取 before a time is a target; before anything else it obtains something.
        ("争取今年收入超过10万元", ["收入目标"]),
        ("争取上级资金3000万元", ["争取上级资金"]),
        # An area bound before 的 and the next count is the size class of what is counted.
        ("其中共发展1000亩以上的两家", ["规模", "数量"]),
        ("包括木协乡在内的昌都片区7个乡", ["昌都片区乡数"]),
        # A profit per measure, a yield spelt out, and money any investor puts into a thing.
        ("每公斤可获利1元", ["每公斤利润"]),
        ("每亩产量大概400斤左右", ["亩产"]),
        ("镇政府投资160万元新建了海红果集散中心", ["新建海红果集散中心投资"]),
        # Asides and descriptions between a count and its noun: a bracketed alternative, a size or age in
        # characters, a size figure with its bound.
        ("相继成立了404个村(组)集体股份经济合作社", ["村集体股份经济合作社数"]),
        ("等10个千亩无公害农产品示范片", ["无公害农产品示范片数"]),
        ("建设100个50亩的连片种养科技示范基地", ["连片种养科技示范基地数", "连片种养科技示范基地面积"]),
    ],
)
def test_metric_leaves_out_who_and_where(text: str, expected: list[str]) -> None:
    assert metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 其中 + a place singles one out of the total; the figure is the total's measure.
        ("全镇5个村集体经济收入均达15万元,其中红旗村达29.62万元", "村集体经济收入"),
        # A place's name cut off its 村 by jieba goes with its suffix.
        ("申家沟村的谷子种植面积已经达到了1900多亩,年产量能达到66.5万斤", "谷子年产量"),
        # A measure after a count is of the thing counted.
        ("共建成温室大棚296座,占地面积1000亩", "温室大棚占地面积"),
        ("合作社生产湿果60万斤,全部收益513万元", "湿果收益"),
        # A per-unit word is no topic: the income after a yield per mu is the clause's own.
        ("每亩产量大概400斤左右,实现收入35万元", "收入"),
    ],
)
def test_metric_borrows_the_sentence_topic(text: str, expected: str) -> None:
    assert metrics(text)[-1] == expected
