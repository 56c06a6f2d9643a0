"""The next village of a list (某村、某村) lies where the first does (issue 11, real17 class), on made-up text around
real gazetteer entries: a namesake in a county only another article of the page names is not taken."""

from __future__ import annotations

from localities.resolver import resolve_page


def _places(texts: list[str]) -> dict[str, str]:
    return {m.text: m.place.full_name for mentions in resolve_page(texts) for m in mentions}


def test_a_listed_village_is_not_a_namesake_of_a_county_another_article_names() -> None:
    first = "卢氏县杜关镇发展果业。公司在果岭洼村、尤家湾村流转土地2000余亩发展秋月梨产业。"
    second = "陕州区张汴乡发展苹果产业。"
    places = _places([first, second])
    assert not places["尤家湾村"].startswith("河南省三门峡市陕州区")


def test_a_village_printed_alone_may_still_be_found_in_the_far_county() -> None:
    first = "卢氏县杜关镇发展果业。公司在尤家湾村流转土地2000余亩发展秋月梨产业。"
    second = "陕州区张汴乡发展苹果产业。"
    assert _places([first, second])["尤家湾村"].startswith("河南省三门峡市陕州区")
