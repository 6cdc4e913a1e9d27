"""A figure with a decimal point is a measure of the noun after it as a whole number is:
"3.4 miles" and "less than three miles" are two values of one length. Only a decimal with no
noun after it ("the fare was 13.10") is an amount of its own, kept apart from counts.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _figures(text: str) -> list[tuple[tuple[str, str], float]]:
    """(quantity, low value) of each figure of ``text``."""
    return [(f.quantity, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_a_decimal_before_its_noun_is_that_noun_s_measure() -> None:
    assert _figures("The footpath to Holmbury is 3.4 miles") == [(("mil", ""), 3.4)]
    assert _figures("The footpath to Holmbury is three miles") == [(("mil", ""), 3.0)]


def test_a_decimal_with_no_noun_stays_an_amount() -> None:
    assert _figures("The ferry fare was 13.10") == [(("far", "amount"), 13.1)]


def test_a_decimal_length_and_a_word_length_of_one_path_contradict() -> None:
    a = item("a", "The footpath from Holmbury to the school is less than three miles",
             "Ada Venn", "2031-04-02")  # fmt: skip
    b = item("b", "The footpath from Holmbury to the school is 3.4 miles", "Rolf Tindall",
             "2031-04-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_length_and_how_far_away_a_place_is_stay_apart() -> None:
    a = item("a", "The footpath from Holmbury to the school is three miles long", "Ada Venn",
             "2031-04-02")  # fmt: skip
    b = item("b", "The school is 3.4 miles away from Holmbury", "Rolf Tindall", "2031-04-02")
    assert kinds(a, b) == []


def test_decimal_lengths_of_two_paths_stay_apart() -> None:
    a = item("a", "The footpath from Holmbury to the school is 2.9 miles", "Ada Venn",
             "2031-04-02")  # fmt: skip
    b = item("b", "The cycle lane along the canal to Dunmere is 4.6 miles", "Rolf Tindall",
             "2031-04-02")  # fmt: skip
    assert kinds(a, b) == []
