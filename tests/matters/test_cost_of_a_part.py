"""The cost of a part of a thing ("removing half the towpath") is a quantity apart from the
cost of the whole ("removing the towpath"), as a sum spent so far is.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _cost_parts(text: str) -> list[bool]:
    """Whether each cost figure of ``text`` is told of a part of its thing."""
    return [f.act.endswith("part") for c in parse_claim(text).clauses for f in figures_of(c)
            if f.head == "cost"]  # fmt: skip


def test_the_cost_of_a_part_is_apart_from_the_cost_of_the_whole() -> None:
    assert _cost_parts("Resurfacing half the towpath will cost at least 70,000 pounds") == [True]
    assert _cost_parts("Resurfacing part of the towpath will cost 70,000 pounds") == [True]
    assert _cost_parts("Resurfacing the towpath will cost about 20,000 pounds") == [False]
    assert _cost_parts("Resurfacing all the towpath will cost about 20,000 pounds") == [False]
    a = item("s1", "Resurfacing the towpath will cost about 20,000 pounds",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "Resurfacing half the towpath will cost at least 70,000 pounds",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    assert kinds(a, b) == []


def test_two_costs_of_one_part_still_disagree() -> None:
    a = item("s1", "Resurfacing half the towpath will cost about 20,000 pounds",
             "Odile Venn", "2031-03-02")  # fmt: skip
    b = item("s2", "Resurfacing half the towpath will cost at least 70,000 pounds",
             "Corin Maddock", "2031-03-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]
