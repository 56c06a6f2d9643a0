"""Programs in policy prose (issue 11), on made-up sentences: a system or a view named after a program is not a
mention of it, two paired counts launched as a campaign are one, and a short numbered word completed by a launched
project head names the project."""

from __future__ import annotations

import pytest

from programs.extraction import find_programs


def _names(text: str) -> list[str]:
    return [m.name for m in find_programs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "全县着力构建现代产业体系、新型城镇化体系和公共服务体系",
        "镜头里是提升后的美丽乡村景观",
    ],
)
def test_a_thing_named_after_a_program_is_not_its_mention(text: str) -> None:
    assert _names(text) == []


def test_the_program_itself_is_still_read() -> None:
    assert "新型城镇化" in _names("全县加快推进新型城镇化,城区面积不断扩大")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县常态化开展“三访三帮”,推动政策落地", "三访三帮"),
        ("省里启动“两江”扶贫开发计划,沿江各县受益", "两江扶贫开发计划"),
    ],
)
def test_launched_numbered_campaigns_are_programs(text: str, expected: str) -> None:
    assert expected in _names(text)


def test_numbered_words_without_a_launch_stay_slogans() -> None:
    assert _names("做到“三访三帮”,确保不漏一户") == []


def test_one_per_rules_are_not_campaigns() -> None:
    assert _names("社区依托平台,建立“一户一码”,累计办理事项300件") == []


def test_the_short_east_west_name_is_the_national_programme() -> None:
    (mention,) = find_programs("从此开启了东西扶贫协作的壮丽征程")
    assert mention.name == "东西部扶贫协作" and mention.national
