"""Figures whose noun a verb of estimating, "is worth" or a saving for someone sets apart from
the figure ("put the saving at 200,000 pounds", "the lease is worth 3 million pounds", "would
save the council 90,000 pounds a year"), and where none is read.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import Figure, figures_of

from .builders import item, kinds


def _figures(text: str) -> list[Figure]:
    return [f for c in parse_claim(text).clauses for f in figures_of(c)]


def test_an_estimate_names_the_quantity_before_at() -> None:
    (fig,) = _figures("The auditors put the saving at 240,000 pounds a year.")
    assert (fig.word, fig.unit, fig.low) == ("saving", "£/year", 240000.0)
    assert fig.subject == frozenset()  # the auditors estimate; the saving is not theirs
    (crowd,) = _figures("Stewards put the crowd at about 6,000.")
    assert crowd.word == "crowd" and crowd.low < 6000.0 < crowd.high
    (homes,) = _figures("The survey estimates the number of empty homes at 850.")
    assert (homes.word, homes.low) == ("homes", 850.0)


def test_at_without_an_estimate_is_no_figure() -> None:
    assert _figures("The meeting at 7 ran late.") == []
    assert _figures("The bus arrived at 9.") == []
    assert _figures("The stewards put the barriers at the gate.") == []
    # a noun of amount names no thing measured
    assert _figures("The auditors put the figure at 240,000 pounds.") == []


def test_a_value_is_measured_by_the_noun_before_is_worth() -> None:
    (a,) = _figures("The lease is worth 3 million pounds over twenty years.")
    (b,) = _figures("This lease is worth 1.2 million pounds, not three million.")
    assert (a.word, b.word) == ("lease", "lease")
    assert a.same_quantity(b) and not a.compatible(b)
    assert _figures("It is worth 5 pounds to anyone.") == []  # a pronoun names nothing


def test_a_saving_for_someone_is_a_saving() -> None:
    (fig,) = _figures("The shorter hours would save the county 90,000 pounds a year.")
    (real,) = _figures("The real saving is about 30,000 pounds a year.")
    assert fig.same_quantity(real) and not fig.compatible(real)
    # a count saved for someone is no sum
    (staff,) = _figures("The merger would save the county 40 staff.")
    assert staff.word != "saving"


def test_a_saving_estimated_lower_contradicts_the_saving_claimed() -> None:
    a = item("a", "The night switch-off will save 900,000 pounds a year,", "Orla Quint",
             "2033-02-01")  # fmt: skip
    b = item("b", "The county's own papers put the saving at 210,000 pounds a year,",
             "Bram Tolley", "2033-02-01")  # fmt: skip
    assert ("contradiction", "a", "b") in kinds(a, b)
    c = item("c", "The county's own papers put the saving at 900,000 pounds a year,",
             "Bram Tolley", "2033-02-01")  # fmt: skip
    assert kinds(a, c) == []  # the same value in other words: agreement


def test_two_values_of_one_deal_contradict() -> None:
    a = item("a", "The sponsorship deal is worth 5 million pounds,", "Ivo Rendle", "2033-03-04")
    b = item("b", "The sponsorship deal is worth 2 million pounds,", "Maud Okafor", "2033-03-04")
    assert ("contradiction", "a", "b") in kinds(a, b)
    c = item("c", "The stadium lease is worth 2 million pounds,", "Maud Okafor", "2033-03-04")
    assert kinds(a, c) == []  # two things valued
