"""The age of a thing told with "be" (:mod:`onrecord.matters.ages`): "the pump is twelve
years old" gives the pump an age, a figure two speakers can dispute; a pronoun names no thing,
a denied age gives no value, and "years" with no "old" stays a span of time."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _ages(text: str) -> list[tuple[frozenset[str], float, float]]:
    return [(f.subject, f.low, f.high) for c in parse_claim(text).clauses for f in figures_of(c)
            if f.head == "age"]  # fmt: skip


def test_a_thing_said_to_be_so_many_years_old_has_that_age() -> None:
    assert _ages("That pump is twelve years old.") == [(frozenset({"pump"}), 12.0, 12.0)]
    assert _ages("The Orley footbridge is more than 90 years old.") == [
        (frozenset({"orley", "footbridg"}), 90.0, float("inf"))
    ]


def test_no_age_without_a_named_thing_or_old() -> None:
    assert _ages("It is twelve years old.") == []
    assert _ages("The pump is not twelve years old.") == []
    assert _ages("The pump has run for twelve years.") == []


def test_two_ages_of_one_thing_are_disputed() -> None:
    a = item("a", "That pump is twelve years old.", "Morwenna Tace", "2034-02-10")
    b = item("b", "The pump is five years old, well within its working life.", "Jory Pascoe",
             "2034-02-10")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
