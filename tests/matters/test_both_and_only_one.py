""" "Both" names every one of two: "we will repair both lifts at Carrick House", then "only one
lift will be repaired" restricts the act to a part of what the first named whole, a change
of position (:mod:`onrecord.matters.only_part`).

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import Item

from .builders import item, kinds

_WHO = "Perpetua Lindqvist"


def _two(old: str, new: str) -> list[Item]:
    return [
        item("1", old, _WHO, "2031-01-14", article="a1"),
        item("2", new, _WHO, "2031-02-18", article="a2"),
    ]


def test_both_then_only_one_is_a_reversal() -> None:
    found = kinds(*_two(
        "We will repair both lifts at Carrick House.",
        "Only one lift at Carrick House will be repaired.",
    ))  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_both_then_both_again_is_no_reversal() -> None:
    found = kinds(*_two(
        "We will repair both lifts at Carrick House.",
        "Both lifts at Carrick House will be repaired by March.",
    ))  # fmt: skip
    assert found == []


def test_only_both_is_no_part() -> None:
    """ "only both lifts", "only the two lifts": no part of the two."""
    found = kinds(*_two(
        "We will repair both lifts at Carrick House.",
        "We will repair only the lifts at Carrick House.",
    ))  # fmt: skip
    assert found == []
