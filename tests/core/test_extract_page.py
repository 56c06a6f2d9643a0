"""extract_page on small hand-written pages: what the headline block and the page as a whole contribute."""

from __future__ import annotations

from core.extraction import extract_page

PAGE = (
    "\n\n柳河村的果园丰收了\n\n——东平县实施乡村振兴战略见闻\n\n□ 本报记者 王立新\n\n"
    "本报讯 今年以来,该村新栽果树1200棵,带动农户增收。\n\n"
    "让特色产业落地生根\n\n□ 本报评论员 李春华\n\n全市各镇要立足资源禀赋,不能一个模子套到底。今年新建示范园5个。\n"
)


def test_subtitle_is_read_for_places_and_programs_with_page_offsets() -> None:
    first, _ = extract_page(PAGE).articles
    assert first.segment.subtitle == "东平县实施乡村振兴战略见闻"
    assert "乡村振兴" in {p.mention.name for p in first.programs}
    (county,) = [p for p in first.places if p.mention.text == "东平县"]
    assert county.mention.place.full_name == "山东省泰安市东平县"
    assert PAGE[county.span.start : county.span.end] == "东平县"
    program = next(p for p in first.programs if p.mention.name == "乡村振兴")
    assert PAGE[program.span.start : program.span.end] == program.mention.text


def test_article_naming_no_place_takes_the_page_city() -> None:
    _, second = extract_page(PAGE).articles
    assert second.places == []
    assert second.main_place is not None and second.main_place.full_name == "山东省泰安市东平县"
    (figure,) = second.indicators
    assert figure.place == second.main_place


LABELLED_PAGE = (
    "\n\n脱贫攻坚·乡村振兴\n\n柳河村的果园丰收了\n\n——东平县接山镇柳河村见闻\n\n□ 本报记者 王立新\n\n"
    "本报讯 今年以来,东平县接山镇柳河村以“果香柳河”工程为抓手,新栽果树1200棵,带动农户增收。\n\n"
    "让特色产业落地生根\n\n□ 本报评论员 李春华\n\n推进“果香柳河”工程,全县各镇要立足资源禀赋,不能一个模子套到底。\n"
)


def test_section_label_names_programs_of_the_article_below_it() -> None:
    first, second = extract_page(LABELLED_PAGE).articles
    assert first.segment.subtitle == "东平县接山镇柳河村见闻"  # the label is neither title nor subtitle
    labelled = [p for p in first.programs if p.mention.national]
    assert [p.mention.name for p in labelled] == ["脱贫攻坚", "乡村振兴"]
    for program in labelled:
        assert LABELLED_PAGE[program.span.start : program.span.end] == program.mention.text
        assert program.place is None
    assert not any(p.mention.national for p in second.programs)


def test_local_program_named_in_two_articles_gets_one_place() -> None:
    first, second = extract_page(LABELLED_PAGE).articles
    (in_report,) = [p for p in first.programs if p.mention.name == "果香柳河工程"]
    (in_commentary,) = [p for p in second.programs if p.mention.name == "果香柳河工程"]
    # the village runs it in the report, the county in the commentary: one program, held by the county
    assert in_report.place == in_commentary.place
    assert in_report.place is not None and in_report.place.full_name == "山东省泰安市东平县"


def _program_places(page: str) -> dict[str, str | None]:
    return {
        fact.mention.name: fact.place.full_name if fact.place else None
        for article in extract_page(page).articles
        for fact in article.programs
    }


def test_a_provincial_program_is_run_by_the_province_of_the_page_it_is_reported_in() -> None:
    zhejiang = "\n\n美丽乡村再升级\n\n本报讯 今年以来,安吉县深化千万工程,新建美丽庭院1200户。\n"
    shandong = "\n\n外出学习取经\n\n本报讯 东平县组织村干部赴外省学习千万工程的做法,共30人参加。\n"

    assert _program_places(zhejiang)["千万工程"] == "浙江省"
    assert _program_places(shandong)["千万工程"] is None  # 浙江's program, reported on a 山东 page
    assert _program_places(shandong + "推进乡村振兴。\n").get("乡村振兴", "absent") is None  # national: nobody's


def test_a_headline_the_layout_broke_over_two_lines_keeps_its_offsets() -> None:
    from core.extraction import _heading_offsets

    page = "前文。\n全省6个镇、12个村入选名单公\n布 福州3个镇入选\n正文"
    heading = "全省6个镇、12个村入选名单公布 福州3个镇入选"
    offsets = _heading_offsets(page, heading, 0, len(page))
    assert offsets is not None and len(offsets) == len(heading)
    at = heading.index("福州")
    assert page[offsets[at] : offsets[at + 1] + 1] == "福州"
    assert _heading_offsets(page, "不在页面上的标题", 0, len(page)) is None
