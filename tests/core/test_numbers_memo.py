"""`find_quantities` reads a text once however often it is asked: the same quantities, a list of each caller's own."""

from __future__ import annotations

from core.text.numbers import _quantities, find_quantities


def test_asking_again_gives_the_same_quantities_in_a_fresh_list() -> None:
    text = "全镇新建大棚120座，带动农户300多户，人均增收1.5万元，增长8%。"
    first = find_quantities(text)
    first.clear()  # a caller's list is its own
    again = find_quantities(text)
    assert [q.text for q in again] == ["120座", "300多户", "1.5万元", "8%"]
    assert again == list(_quantities.__wrapped__(text))  # what reading the text afresh gives
    assert again is not find_quantities(text)
