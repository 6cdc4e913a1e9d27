"""One thing named in full and then by its head word alone, within one article: one matter."""

from __future__ import annotations

from onrecord.matters.claims import Item

from .builders import item, kinds

DAY = "2034-02-03"


def _pair(a: str, b: str) -> tuple[Item, Item]:
    return (
        item("1", a, "Wenna Pascoe", DAY, roles=("council leader",)),
        item("2", b, "Idris Calloway", DAY, roles=("chair of the Pellow Residents' Group",)),
    )


def test_a_name_and_its_head_word_are_one_thing() -> None:
    pair = _pair("Pellow Bridge will reopen in March", "The bridge will not reopen in March")
    assert kinds(*pair) == [("contradiction", "1", "2")]


def test_every_road_and_one_road_named() -> None:
    pair = _pair(
        "Every road in the village was gritted on Monday",
        "Marram Road was not gritted on Monday",
    )
    assert kinds(*pair) == [("contradiction", "1", "2")]


def test_not_two_things_of_one_kind_each_named() -> None:
    assert (
        kinds(*_pair("Pellow Bridge will reopen in March", "Tresk Bridge will not reopen in March"))
        == []
    )
    assert (
        kinds(
            *_pair(
                "Pellow Bridge will reopen in March", "The Tresk bridge will not reopen in March"
            )
        )
        == []
    )


def test_not_a_head_word_the_name_lacks() -> None:
    assert (
        kinds(*_pair("Pellow Bridge will reopen in March", "The ferry will not run in March")) == []
    )
