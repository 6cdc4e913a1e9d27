"""Bounds on a figure under a negation ("never fewer than six") and after its noun ("three
drivers at most"): the interval of values a figure allows decides which figures disagree.

Every sentence here is invented."""

from __future__ import annotations

import math

import pytest

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _intervals(text: str) -> list[tuple[float, float]]:
    return [(f.low, f.high) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_a_negation_turns_a_bound_over() -> None:
    assert _intervals("There are never fewer than six porters on duty at night") == [
        (6.0, math.inf)
    ]
    assert _intervals("The pool never dropped below 24 degrees") == [(24.0, math.inf)]
    assert _intervals("Never more than 20 boats sailed") == [(0.0, 20.0)]
    # no negation: the bound as it reads
    assert _intervals("There are fewer than six porters on duty at night") == [(0.0, 6.0)]
    assert _intervals("The pool dropped below 24 degrees") == [(0.0, 24.0)]
    # a negation of another clause does not turn the bound over
    assert _intervals("Not one bus has run, and fewer than 30 people came") == [(0.0, 30.0)]


def test_a_bound_after_the_figure_and_its_noun() -> None:
    assert _intervals("The depot is short of three drivers at most") == [(0.0, 3.0)]
    assert _intervals("The mill employs 300 people at least") == [(300.0, math.inf)]
    assert _intervals("Forty families or more were moved out") == [(40.0, math.inf)]
    # no bound: the figure alone; a bound before it keeps its own reading
    assert _intervals("The depot is short of three drivers") == [(3.0, 3.0)]
    assert _intervals("About 40 families or more were moved out") == [(36.0, 44.0)]
    assert _intervals("We have 20 staff, no more funding") == [(20.0, 20.0)]


def test_never_fewer_than_against_a_lower_and_a_higher_count() -> None:
    floor = item("s1", "There are never fewer than six porters on duty at night", "Ada Quell",
                 "2031-05-02")  # fmt: skip
    lower = item("s2", "There are three porters on duty at night", "Bo Trantor", "2031-05-02")
    higher = item("s3", "There are seven porters on duty at night", "Cy Ormsby", "2031-05-02")
    assert kinds(floor, lower) == [("contradiction", "s1", "s2")]
    assert kinds(floor, higher) == []  # seven is not fewer than six


def test_at_most_after_the_noun_against_counts() -> None:
    most = item("s1", "The depot is short of three drivers at most", "Ada Quell", "2031-05-02")
    many = item("s2", "The depot is short of nine drivers", "Bo Trantor", "2031-05-02")
    two = item("s3", "The depot is short of two drivers", "Cy Ormsby", "2031-05-02")
    assert kinds(most, many) == [("contradiction", "s1", "s2")]
    assert kinds(most, two) == []  # two is within "three at most"


def test_nearer_and_closer_to_give_a_value_of_their_own() -> None:
    # a value told as nearer the truth: roughly that value, and a figure all the same
    assert _intervals("The repair bill is nearer 200,000 pounds") == [
        (pytest.approx(180000.0), pytest.approx(220000.0))
    ]
    assert _intervals("The waiting list is closer to 90 families") == [
        (pytest.approx(81.0), pytest.approx(99.0))
    ]
    # "nearer" before no number bounds nothing: no figure
    assert _intervals("The depot is nearer the station than the old one") == []


def test_a_value_said_to_be_nearer_against_the_first_value() -> None:
    first = item("s1", "The repair bill for Quillan pier is 400,000 pounds", "Ada Quell",
                 "2031-05-02")  # fmt: skip
    nearer = item("s2", "The repair bill for Quillan pier is nearer 150,000 pounds", "Bo Trantor",
                  "2031-05-02")  # fmt: skip
    close = item("s3", "The repair bill for Quillan pier is nearer 390,000 pounds", "Cy Ormsby",
                 "2031-05-02")  # fmt: skip
    assert kinds(first, nearer) == [("contradiction", "s1", "s2")]
    assert kinds(first, close) == []  # nearer 390,000 holds with 400,000
    more = item("s4", "The repair bill for Quillan pier is more than 390,000 pounds", "Di Vell",
                "2031-05-02")  # fmt: skip
    assert kinds(first, more) == []  # a bound on a noun of cost bounds it too


def test_a_nearness_denied_or_a_place_gives_no_value() -> None:
    # "not close to" is far from the value on either side: no interval holds it
    assert _intervals("The cost of the Quillan footbridge is not close to 4 million pounds") == []
    assert _intervals("The waiting list is not closer to 90 families") == []
    # "close to" after "be" or "lies" places a thing near others: no count of them
    assert _intervals("The Quillan depot is close to 200 homes") == []
    assert _intervals("The new depot lies close to 40 farms") == []
    # a quantity "close to" a value, and "close to" before a counted noun, keep it
    assert _intervals("Turnout in Quillan was close to 200") == [
        (pytest.approx(180.0), pytest.approx(220.0))
    ]
    assert _intervals("The flood damaged close to 200 homes") == [
        (pytest.approx(180.0), pytest.approx(220.0))
    ]
