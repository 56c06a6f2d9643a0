"""Segmentation classes of issue 11 (real pages from many papers), each checked in every layout of
`evaluation.layouts`: credit lines that must never head an article, headlines over a caption and a credit,
untitled reports and briefs told apart by their datelines and ledes where no blank line separates them,
section heads that a feature's text shows to be its own, and captions that belong to the report around them.
The texts are made up in the shape of each class."""

import pytest

from articles.article_body import headline_parts
from articles.bylines import find_dateline, parse_credit_line, split_trailing_credit
from articles.layout import unwrap_columns
from articles.page_blocks import Block
from articles.paragraph_cues import is_quoted_slogan, opens_report, refers_back
from articles.segmentation import segment_page
from tests.articles.page_builder import ALL_LAYOUTS, keys, laid_out

items = keys


# -- class 2: credit lines are never titles ---------------------------------------------------------------
def test_production_and_magazine_credit_lines_are_credits() -> None:
    for line in ("本版制图:王小川", "责任编辑:李青", "美编|赵一凡"):
        credit = parse_credit_line(line)
        assert credit is not None and credit.picture_source, line
    magazine = parse_credit_line("文 |《远望》新闻周刊记者 周北 孙南山")
    assert magazine is not None and magazine.names == ("周北", "孙南山")
    outlet = parse_credit_line("◎县融媒体中心 杨青松 扎西顿珠 文/图")
    assert outlet is not None and outlet.names == ("杨青松", "扎西顿珠")
    spaced = parse_credit_line("江城日报·江城新闻网记者 林 川 许文静 马 可")
    assert spaced is not None and spaced.names == ("林川", "许文静", "马可")
    assert parse_credit_line("奋力书写乡村振兴新篇章") is None


def test_caption_credits_after_a_slash_after_photo_or_bare_before_a_spaced_verb() -> None:
    assert split_trailing_credit("村民在合作社分拣香菇。周明/摄")[0] == ("周明",)
    assert split_trailing_credit("青石湖湿地公园 摄影 高远")[0] == ("高远",)
    assert split_trailing_credit("大棚里的蔬菜长势喜人。王立新 摄")[0] == ("王立新",)
    assert split_trailing_credit("白岩乡草原上的赛马活动 周明摄/本刊")[0] == ("周明",)


CREDITED_STACK = [
    "携手走好共同富裕路",
    "来自六个观察点的调查——",
    "本版制图:王小川",
    "记者 周北 孙南山",
    "2023年以来,清河县把缩小城乡差距作为主攻方向,全县农村居民人均可支配收入增长8.1%。",
    "县里组织专家深入各村调研,提出组团发展、抱团增收的办法,带动32个村集体经济增收。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_page_graphics_credit_in_a_headline_stack_is_not_the_title(layout: str) -> None:
    segments = segment_page(laid_out(CREDITED_STACK, layout))
    assert [(s.title, s.subtitle) for s in segments] == [("携手走好共同富裕路", "来自六个观察点的调查")]
    assert segments[0].byline == "周北 孙南山"


def test_a_column_in_black_brackets_before_the_headline_is_its_kicker() -> None:
    blocks = [Block(0, 0, 20, "【乡村观察】以青石村为例看山区村庄振兴路径", 0)]
    assert headline_parts(blocks)[:2] == ("以青石村为例看山区村庄振兴路径", "乡村观察")


# -- class 1: headless items and headlines over a caption and a credit -------------------------------------
NO_BLANK_LINES_PAGE = [
    "清河县:合作社让山货不愁卖",
    "村民正在合作社分拣香菇。",
    "◎县融媒体中心 杨青松 扎西顿珠 文/图",
    "　　香菇上市以来,清河县青石乡香菇合作社一片繁忙,称量、分拣、烘干、装箱各项工作有条不紊。",
    "　　“合作社成立后,我们种的香菇再也不愁卖了。”村民李大山说,他今年已经卖了3000多元。",
    "　　香菇一向是青石乡群众的重要收入来源,全乡今年种植香菇1200亩,预计产值达到900万元。",
    "　　本报讯 今年以来,白河县以建设特色产业基地为抓手,多措并举发展富民产业,带动2000多户增收。",
    "　　打造特色养殖基地。全县今年力争出栏生猪3万头,家禽20万羽,肉类总产量达到5000吨以上。",
    "　　(本报记者 马云飞)",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_headline_over_a_caption_and_a_credit_then_an_untitled_dated_brief(layout: str) -> None:
    found = items(NO_BLANK_LINES_PAGE, layout)
    assert [title for title, _ in found] == ["清河县:合作社让山货不愁卖", None]
    assert found[1][1].startswith("本报讯")
    assert segment_page(laid_out(NO_BLANK_LINES_PAGE, layout))[0].byline == "杨青松 扎西顿珠"


UNTITLED_REPORT_PAGE = [
    "山里人家走上致富路",
    "　　沿着新修的水泥路往山上走,不到半个小时就到了青石村。村里的民宿一家挨着一家,游客络绎不绝。",
    "　　青石村位于海拔1200米的山腰上,过去村民出行全靠一条羊肠小道,人均收入不到2000元。",
    "　　近来,在江北省清河县,产业帮扶“百日行动”已进入收官阶段,各项任务正逐项落实。",
    "　　截至5月中旬,全县督办清单所列40项任务已全部完成,乡级清单30项任务已完成28项。",
    "产业带动增收",
    "　　在清河县白岩乡果园村的合作社仓库里,一箱箱鸡蛋码放整齐,驻村队员正忙着联系销路。",
]


@pytest.mark.parametrize("layout", ("original", "compact", "indent", "wrap"))
def test_a_report_opening_on_a_recent_span_and_a_county_is_an_item_of_its_own(layout: str) -> None:
    found = items(UNTITLED_REPORT_PAGE, layout)
    assert [title for title, _ in found] == ["山里人家走上致富路", None]
    assert found[1][1].startswith("近来")


def test_report_ledes_and_back_references() -> None:
    assert opens_report("近来,在江北省清河县,产业帮扶进入收官阶段。")
    assert opens_report("连日来,白河县水利局驻村工作队忙着修渠。")
    assert opens_report("2月3日,江北省清河市白岩区青石镇的大棚里,工人正在采摘香瓜。")
    assert not opens_report("2月3日,村里的大棚迎来了第一批采摘的游客。")
    assert not opens_report("近来,村里的游客越来越多。")
    assert not opens_report("近日,记者走进清河县多个乡镇,看到茶产业已成为增收的主要来源。")
    assert refers_back("这一年,清河县行动迅速。") and refers_back("为此,村里成立了合作社。")
    assert not refers_back("清河县今年行动迅速。")
    assert is_quoted_slogan("“家家有产业,户户有收入”") and not is_quoted_slogan("“再也不怕下雨了”")


# -- class 3: a headline printed over a news site's dateline -----------------------------------------------
def test_a_wrapped_column_keeps_a_full_width_headline_apart_from_the_dateline_under_it() -> None:
    page = (
        "清河:打好“生态牌”绘就振兴新画卷\n"
        "江城在线清河频道报道(林川):沿着湿地\n"
        "公园一路行驶,目光所及之处,一片生机\n"
        "盎然。公园里有景,景中有村,把农业生\n"
        "产、休闲观光、旅游度假融为一体,带动\n"
        "了周边村民增收致富,今年游客人数再创\n"
        "新高,旅游收入达到3000多万元。\n"
    )
    flow = unwrap_columns(page)
    assert flow.text.startswith("清河:打好“生态牌”绘就振兴新画卷\n江城在线清河频道报道(林川):沿着湿地公园")
    assert find_dateline("江城在线清河频道报道(林川):沿着湿地公园")[0] == "江城在线清河频道报道"
    assert find_dateline("本网讯 香菇上市以来,合作社一片繁忙。")[0] == "本网讯"
    assert find_dateline("江城在线报道称,今年游客人数再创新高。")[0] is None  # no reporter in brackets
    assert [s.title for s in segment_page(page)] == ["清河:打好“生态牌”绘就振兴新画卷"]


# -- class 4: section heads inside texts that lost their blank lines ---------------------------------------
FEATURE_PAGE = [
    "清河:山区县的振兴之路",
    "在清河县青石村的茶园里,技术人员正在查看土壤监测数据。周明/摄",
    "　　在清河县建设乡村振兴示范区的第一年,全县新增特色产业基地12个,带动8000多户农户增收。",
    "　　5月20日,全市乡村振兴现场会在清河县召开,与会代表参观了青石村的茶园和民宿。",
    "念好新时代“茶叶经”",
    "　　这一年,清河县行动迅速。",
    "　　青石村是全县最早发展茶产业的村子,如今全村茶园面积达到3000亩,人均增收5000元。",
    "“户户有茶园,家家有收入”",
    "　　白岩村村民李大山家里过去缺劳力,生活困难,如今靠种茶每年收入超过3万元。",
    "　　在村支书的带领下,李大山贷款5万元扩种茶园,两年内就实现了稳定脱贫。",
]


# `wrap` is left out: a page this short gives too few wrapped lines to find its column width.
@pytest.mark.parametrize("layout", ("original", "compact", "indent", "crlf", "single"))
def test_section_heads_over_a_back_reference_or_a_quoted_slogan_stay_in_the_feature(layout: str) -> None:
    segments = segment_page(laid_out(FEATURE_PAGE, layout))
    assert [s.title for s in segments] == ["清河:山区县的振兴之路"]
    assert "这一年" in segments[0].body and "李大山贷款" in segments[0].body


SIGNED_FEATURE_PAGE = [
    "一起奔向共同富裕",
    "记者 周北 孙南山",
    "　　今年是全市共同富裕示范区建设第三年。记者深入清河县的六个观察点,记录乡村的新变化。",
    "缩小城乡差距",
    "【专家解读】",
    "　　要把缩小城乡差距作为主攻方向,进一步健全城乡融合发展的体制机制,让农民共享发展成果。",
    "【一线观察】",
    "　　一村富,不算富。组团发展已经成为清河县各村的共识,全县已建成乡村振兴联合体6个。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_part_title_over_its_bracketed_label_is_a_section_of_a_signed_feature(layout: str) -> None:
    assert [s.title for s in segment_page(laid_out(SIGNED_FEATURE_PAGE, layout))] == ["一起奔向共同富裕"]


DECK_PAGE = [
    "清河:决战深度贫困村",
    "7月31日,清河县在白岩乡举行的赛马活动 周明摄/本刊",
    "清河县集山区、库区、边远地区、生态脆弱区于一体,贫困发生率高,贫困程度深,致贫原因复杂,是典型的深度贫困县",
    "一名党员一面旗,一名干部一盏灯,党员干部冲在脱贫攻坚第一线",
    "文 |《远望》新闻周刊记者 周北 孙南山",
    "隆冬时节,在白雪覆盖的清河大地上,脱贫攻坚战正酣。全县贫困户利用农闲时间养殖牛羊增收。",
    "党的十八大以来,清河县干部群众拧成一股绳,集中力量打赢脱贫攻坚战,32个贫困村全部出列。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_standfirst_lines_over_the_credit_belong_to_the_headline_above(layout: str) -> None:
    segments = segment_page(laid_out(DECK_PAGE, layout))
    assert [s.title for s in segments] == ["清河:决战深度贫困村"]
    assert segments[0].byline == "周北 孙南山"


# -- captions ---------------------------------------------------------------------------------------------
REPORTER_CAPTION_PAGE = [
    "清河青石:昔日空心村的蝶变之路",
    "江城网清河5月14日电 (林川 许文静)立夏时节,记者来到清河县青石村,一排排蔬菜大棚映入眼帘。",
    "图为5月上旬,青石村一个个蔬菜大棚拔地而起。林川 摄",
    "“以前村里的地基本撂荒,年轻人都出去打工了。”青石村党支部书记李大山说。",
    "白岩:田园村居叩开致富之门",
    "江城网清河2月22日电(林川 马可)位于清河县的白岩乡,近年来大力发展乡村旅游,村民收入稳步增长。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_caption_credited_to_the_reports_own_reporter_is_part_of_the_report(layout: str) -> None:
    segments = segment_page(laid_out(REPORTER_CAPTION_PAGE, layout))
    assert [(s.title, s.kind) for s in segments] == [
        ("清河青石:昔日空心村的蝶变之路", "news"),
        ("白岩:田园村居叩开致富之门", "news"),
    ]
