"""The cost of a thing told without a verb of cost: a sum "of" work ("needs 9 million pounds
of repairs") and a sum an estimate sets on work, on a noun of cost or on "it" ("put the repairs
at 3 million pounds", "put the cost at", "put it at"). Each meets the cost a verb gives; not a
value, a loss, a share of the work, a count, nor work on two things.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds

_DAY = "2031-06-11"


def _costs(text: str) -> list[tuple[str, str, frozenset[str], frozenset[str]]]:
    """(unit, currency, thing, what the work is on) of each cost figure of ``text``."""
    return [(f.unit, f.currency, f.subject, f.qualifiers) for c in parse_claim(text).clauses
            for f in figures_of(c) if f.head == "cost"]  # fmt: skip


def test_a_sum_of_work_is_the_cost_of_that_work() -> None:
    ((unit, currency, thing, on),) = _costs("The chapel roof needs 90,000 pounds of work")
    assert (unit, currency, thing) == ("¤", "£", frozenset({"work"}))
    assert "roof" in on
    assert _costs("The quay needs about 2 million pounds of repairs")[0][2] == {"repair"}


def test_an_estimate_on_work_is_its_cost_and_a_value_a_loss_a_share_or_a_count_none() -> None:
    assert _costs("Our surveyors put the repairs at 3 million pounds") == [
        ("¤", "£", frozenset({"repair"}), frozenset())
    ]
    assert _costs("The agent valued the mill at 310,000 pounds") == []  # a worth
    assert _costs("Our assessor put the losses at 3,500 pounds") == []  # a loss
    assert _costs("The trust paid 30,000 pounds of the work") == []  # a share
    assert _costs("The inspector put the repairs at 40") == []  # no sum of money
    assert _costs("The quay needs 2 million pounds of savings") == []  # no work


def test_an_estimate_of_a_cost_or_of_it_names_no_thing() -> None:
    assert _costs("The county's own papers put the cost at 5 million pounds") == [
        ("£", "", frozenset(), frozenset())
    ]
    assert _costs("Our engineers put it at 7 million pounds") == [
        ("£", "", frozenset(), frozenset())
    ]


def test_a_sum_of_repairs_meets_an_estimate_of_them() -> None:
    a = item("a", "The pier needs 9 million pounds of repairs", "Nessa Crowle", _DAY)
    b = item("b", "Our surveyors put the repairs at 3 million pounds", "Idris Penhale", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_sum_of_repairs_meets_the_cost_a_verb_gives() -> None:
    a = item("a", "The pier needs 9 million pounds of repairs", "Nessa Crowle", _DAY)
    b = item("b", "The repairs will cost 3 million pounds", "Idris Penhale", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_an_estimate_of_the_cost_meets_the_one_thing_its_story_prices() -> None:
    a = item("a", "The new footbridge would cost 2.4 million pounds", "Nessa Crowle", _DAY)
    b = item("b", "The county's own papers put the cost at 5 million pounds", "Idris Penhale",
             _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "Our engineers put it at 5 million pounds", "Idris Penhale", _DAY)
    assert kinds(a, c) == [("contradiction", "a", "c")]
    # where the story prices two things, which one the estimate is of is not told
    d = item("d", "The new car park would cost 800,000 pounds", "Tamsin Hoyle", _DAY)
    assert kinds(a, b, d) == []


def test_work_on_two_things_stays_apart() -> None:
    a = item("a", "The chapel roof needs 90,000 pounds of work", "Nessa Crowle", _DAY)
    b = item("b", "The chapel windows need 40,000 pounds of work", "Idris Penhale", _DAY)
    assert kinds(a, b) == []
