"""A sum written with a currency sign is money, as one written with its unit's word is
(:mod:`onrecord.matters.themes`). Invented sentences."""

from __future__ import annotations

import pytest

from onrecord.matters import analyze_items
from onrecord.matters.themes import theme_of

from .builders import item


@pytest.mark.parametrize(
    ("clause", "word"),
    [
        ("the trust had already returned the unspent $82,000 to the donor", "returned"),
        ("the trust had already returned the unspent £82,000 to the donor", "returned"),
        ("the trust had already returned the unspent 82 million pounds to the donor", "returned"),
        # a sign right after the verb opens its object, whichever the sign
        ("the trust had already returned $82,000 to the donor", "returned"),
        ("the trust had already returned £82,000 to the donor", "returned"),
        ("the trust had already returned €82,000 to the donor", "returned"),
    ],
)
def test_a_sum_is_money_whatever_its_unit(clause: str, word: str) -> None:
    assert "money" in theme_of(clause, word)


def test_a_sum_returned_meets_the_money_denied_returned() -> None:
    a = item("s1", "Brightwell Trust had already returned the unspent $82,000 to the donor",
             "Owen Pargeter", "2031-02-03")  # fmt: skip
    b = item("s2", "Brightwell Trust had not returned any of the money", "Lena Hoskins",
             "2031-02-03")  # fmt: skip
    assert [c.kind for c in analyze_items([a, b])[1]] == ["contradiction"]


def test_a_sum_returned_and_a_thing_not_returned_stay_apart() -> None:
    # must not fire: money returned, and a thing of another kind not returned
    a = item("s1", "Brightwell Trust had already returned the unspent $82,000 to the donor",
             "Owen Pargeter", "2031-02-03")  # fmt: skip
    b = item("s2", "Brightwell Trust had not returned the borrowed paintings",
             "Lena Hoskins", "2031-02-03")  # fmt: skip
    assert analyze_items([a, b])[1] == ()


def test_a_sum_paid_to_others_does_not_meet_a_penny_denied_to_some() -> None:
    # must not fire: "the cleaning contractors $40,000" names whom the trust pays, and the
    # architects are others
    a = item("a", "the trust will not pay the architects a penny", "Edwina Marsh", "2026-02-10")
    b = item("b", "the trust will pay the cleaning contractors $40,000", "Edwina Marsh",
             "2026-03-24", article="a2")  # fmt: skip
    assert analyze_items([a, b])[1] == ()
