"""Which line of an item is its title, and which lines are its credits (issue 11, round 2): noisy credit lines
(decode noise, backslashes, a site and its media centre, transliterated names, each name with its own work), a
series' stage over its headline, a headline naming two places, a question headline over its reporter's credit,
and a byline printed after a feature's opening paragraphs. The texts are made up in the shape of each class."""

import pytest

from articles.article_body import headline_parts
from articles.bylines import find_dateline, opens_like_credit, parse_credit_line
from articles.headline_shapes import is_question_over_byline
from articles.headline_stacks import is_series_kicker, stack_read_from_its_lines
from articles.page_blocks import Block
from articles.segmentation import segment_page
from tests.articles.page_builder import ALL_LAYOUTS, keys, laid_out


# -- credit lines read through the noise of their copy ------------------------------------------------------
def test_a_credit_line_with_decode_noise_for_its_spaces_is_a_credit() -> None:
    credit = parse_credit_line("记者?周北??林川??通讯员?许文静?马可")
    assert credit is not None and credit.names == ("周北", "林川", "许文静", "马可")
    assert parse_credit_line("青山人?不愿离开村") is None  # a headline keeps its `?`


def test_a_lone_surname_among_role_led_names_is_still_a_credit() -> None:
    credit = parse_credit_line("记者 周 林川 通讯员 许文静 马可")
    assert credit is not None and credit.names == ("周", "林川", "许文静", "马可")
    assert parse_credit_line("记者 好 不是 的") is None


def test_a_photographer_signed_with_a_backslash_is_a_credit() -> None:
    credit = parse_credit_line("李青山\\摄")
    assert credit is not None and credit.names == ("李青山",)


def test_a_site_and_its_media_centre_sign_with_a_transliterated_name() -> None:
    credit = parse_credit_line("江城新闻网/江城县融媒体中心 记者 周文 通讯员 买买提·艾力克木")
    assert credit is not None and credit.names == ("周文", "买买提·艾力克木")
    assert opens_like_credit("江城新闻网/江城县融媒体中心 记者 周文 通")
    assert not opens_like_credit("乡村振兴 产业先行 记者走进青石村")


def test_each_name_with_its_own_work_and_a_photo_report() -> None:
    marked = parse_credit_line("□江城广播电视台全媒体记者 周北 林川/文 许文静/图")
    assert marked is not None and marked.names == ("周北", "林川", "许文静") and not marked.closing
    bare = parse_credit_line("周北/文 许文静/图")
    assert bare is not None and bare.closing
    photo_report = parse_credit_line("江城新闻记者 许文静 摄影报道")
    assert photo_report is not None and photo_report.names == ("许文静",)


def test_a_wire_dateline_reposted_without_its_agency() -> None:
    assert find_dateline("江城7月15日电  村里的合作社今年收入翻了一番。")[0] == "江城7月15日电"
    assert find_dateline("江城7月15日电视台播出了村里的故事。")[0] is None


# -- which line of a stack is the title -----------------------------------------------------------------------
def test_a_series_stage_over_a_headline_is_its_kicker() -> None:
    assert is_series_kicker("第三站:青石镇")
    assert stack_read_from_its_lines(("第三站:青石镇", "产业升级  老镇新生")) == (
        "产业升级  老镇新生",
        "第三站:青石镇",
        (1, 0),
    )


def test_a_headline_naming_two_places_is_the_title_over_its_deck() -> None:
    blocks = [Block(0, 0, 20, "青石乡、白岩村:“绿色文章”越做越好", 0), Block(1, 21, 40, "山区变景区、荒山变金山", 0)]
    assert headline_parts(blocks)[:2] == ("青石乡、白岩村:“绿色文章”越做越好", "山区变景区、荒山变金山")


def test_a_question_headline_over_a_credit_line() -> None:
    assert is_question_over_byline("村民人均收入达2万元 这个村是怎么做到的?", True)
    assert not is_question_over_byline("村民人均收入达2万元 这个村是怎么做到的?", False)
    assert not is_question_over_byline("他问:这个村是怎么做到的?", True)


NOISY_CREDIT_PAGE = [
    "青山人?不愿离开村",
    "记者?周北??林川??通讯员?许文静",
    "9月10日中午,江城县青石乡白岩村一座三层农房中飘出了缕缕炊烟,村民李大山正在家中烧饭,见我们来访,忙着斟茶。",
    "“这是我自己盖的房子,一家四口住在这里。”今年46岁的李大山说,他家种了十亩茶叶,去年收入八万多元。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_noisy_credit_line_never_titles_the_item_it_signs(layout: str) -> None:
    segments = segment_page(laid_out(NOISY_CREDIT_PAGE, layout))
    assert [s.title for s in segments] == ["青山人?不愿离开村"]
    assert segments[0].byline == "周北 林川 许文静"


QUESTION_PAGE = [
    "村民人均收入达2万元 江城青石县这个村是怎么做到的?",
    "江城新闻记者 许文静 摄影报道",
    "白岩村取自“白石成岩”之意,坐落于江城县青石镇北部,全村有农户三百多户,种植李子两千多亩。",
    "当天,春风伴着暖阳,白岩村山坡上陆续开放的李花和一片片盛开的油菜花格外美丽,游客络绎不绝。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_question_headline_over_a_photo_report_credit_titles_it(layout: str) -> None:
    segments = segment_page(laid_out(QUESTION_PAGE, layout))
    assert [s.title for s in segments] == ["村民人均收入达2万元 江城青石县这个村是怎么做到的?"]
    assert segments[0].byline == "许文静"


BYLINE_AFTER_STANDFIRST_PAGE = [
    "青石乡:“绿色文章”越做越好",
    "　　山多水多田地少曾经是青石乡的难处,如今成了发展的本钱。随着乡村旅游的兴起,青石乡打造茶乡风情游。",
    "　　当茶区变景区、茶园变公园、茶山变金山,“绿水青山就是金山银山”的道理被村民看在眼里。",
    "□江城广播电视台记者 周北 林川/文 许文静/图",
    "小茶叶带动大产业",
    "　　送走四月热闹的采茶季,青石乡白岩村的茶园进入修剪期。山脚下的茶庄里,炒茶的沙沙声不断。",
    "　　守着这样的好茶,茶农是否得到了实惠?茶庄负责人说,他们和十几个村签订了帮扶协议。",
]


@pytest.mark.parametrize("layout", ("original", "compact", "indent", "crlf", "single"))
def test_a_byline_printed_after_the_standfirst_signs_the_feature_above(layout: str) -> None:
    segments = segment_page(laid_out(BYLINE_AFTER_STANDFIRST_PAGE, layout))
    assert [s.title for s in segments] == ["青石乡:“绿色文章”越做越好"]
    assert segments[0].byline == "周北 林川 许文静"


SERIES_PAGE = [
    "第三站:青石镇",
    "产业升级  老镇新生",
    "　　青石镇地处江城县中南部,面积299平方公里,人口2.7万人,是全县的农业大镇和旅游名镇。",
    "　　近年来,青石镇依托古镇资源发展乡村旅游,游客人数逐年增加,村民收入稳步提高。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_series_stage_kicker_never_titles_the_feature(layout: str) -> None:
    assert [title for title, _ in keys(SERIES_PAGE, layout)] == ["产业升级  老镇新生"]


def test_a_place_and_two_slogans_over_a_line_is_the_title() -> None:
    texts = ("青石镇 产业兴旺促增收 乡村振兴不是梦", "白岩村莲藕采收实现机械化")
    assert stack_read_from_its_lines(texts) == (texts[0], texts[1], (0, 1))
    assert stack_read_from_its_lines(("下足绣花功夫 注重产业扶贫", "白岩村莲藕采收实现机械化")) is None


SIGNED_FEATURE_THEN_COUNTY_REPORT = [
    "村民人均收入达2万元 江城青石县这个村是怎么做到的?",
    "江城新闻记者 许文静 摄影报道",
    "白岩村取自“白石成岩”之意,坐落于江城县青石镇北部,全村有农户三百多户,种植李子两千多亩。",
    "当天,春风伴着暖阳,白岩村山坡上陆续开放的李花和一片片盛开的油菜花格外美丽,游客络绎不绝。",
    "江城市白河县:竹产业里做出大文章",
    "“上山咯!”一大早,江城市白河县竹林里就热闹起来,村民们扛着工具上山挖笋,一天能挖两百多斤。",
    "今年,白河县在青竹镇启动竹林流转试点,110户居民将竹林流转给合作社,每户每年可得租金三千元。",
]


@pytest.mark.parametrize("layout", ("original", "compact", "indent", "crlf", "single"))
def test_a_city_and_county_headline_under_a_signed_feature_opens_a_report(layout: str) -> None:
    titles = [title for title, _ in keys(SIGNED_FEATURE_THEN_COUNTY_REPORT, layout)]
    assert titles == ["村民人均收入达2万元 江城青石县这个村是怎么做到的?", "江城市白河县:竹产业里做出大文章"]


PICTURE_LABELS_PAGE = [
    "青石:两片海连起甜蜜致富路",
    "　　江城市青石县地处全省最南端,东临大海,南靠海峡,全县菠萝种植面积达35万亩,产量占全国的三成。",
    "青石“菠萝的海”",
    "　　眼下正是青石菠萝的丰收时节。晨起戴上草帽和手套,果农们走进田里,一刀一个,忙着采摘。",
    "青石“菠萝的海”",
    "　　村民李大山就是靠菠萝致富的人,他和妻子靠着六十亩菠萝地,供两个孩子读完了大学。",
    "果农在“菠萝的海”摘菠萝",
    "　　乡村振兴,产业兴旺是关键。从田间地头到加工厂,青石的菠萝产业链越拉越长,带动万人就业。",
    "果农在“菠萝的海”摘菠萝",
    "　　王小梅被大家亲切地称为“菠萝姐”,她除了种植菠萝,还在家门口开了网店,一年卖出两万多单。",
]


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_a_picture_label_printed_twice_between_paragraphs_heads_nothing(layout: str) -> None:
    assert [title for title, _ in keys(PICTURE_LABELS_PAGE, layout)] == ["青石:两片海连起甜蜜致富路"]
