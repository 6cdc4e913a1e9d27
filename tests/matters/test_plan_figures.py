"""Figures of things made ("will create 700 new jobs") and of one plan called two ways ("the
expansion", "this scheme").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import Figure, figures_of

from .builders import item, kinds


def _figures(text: str) -> list[Figure]:
    return [f for c in parse_claim(text).clauses for f in figures_of(c)]


def test_new_things_made_are_counted() -> None:
    (fig,) = _figures("The depot will create 350 new jobs.")
    assert (fig.word, fig.act, fig.low, fig.high) == ("jobs", "add", 350.0, 350.0)
    (fig,) = _figures("The depot will create fewer than 350 new jobs.")
    assert (fig.low, fig.high) == (0.0, 350.0)


def test_new_things_not_made_are_left_alone() -> None:
    # "new" without a verb of making may tell the new part of a whole ("300 new cases" and
    # "3,000 cases"): no count is read
    assert _figures("About 300 new cases were reported on Monday.") == []
    assert _figures("The ward has 40 new beds.") == []


def test_one_plan_called_two_ways_is_one_quantity() -> None:
    (a,) = _figures("The expansion will create 1,800 jobs.")
    (b,) = _figures("This scheme will create fewer than 500 new jobs.")
    assert a.same_quantity(b) and not a.compatible(b)
    (c,) = _figures("The bypass will create 500 jobs.")
    (d,) = _figures("The marina will create 1,800 jobs.")
    assert not c.same_quantity(d)  # two named things
    (e,) = _figures("The housing scheme will create 500 jobs.")
    assert not e.same_quantity(d)  # a plan told apart by its kind


def test_a_count_of_jobs_against_a_bound_below_it_is_a_contradiction() -> None:
    a = item("a", "The expansion will create 1,800 jobs,", "Tomas Ferrel", "2031-03-02")
    b = item("b", "This scheme will create fewer than 500 new jobs,", "Ines Marlow", "2031-03-03")
    assert ("contradiction", "a", "b") in kinds(a, b)
    c = item("c", "This scheme will create more than 1,500 new jobs,", "Ines Marlow", "2031-03-03")
    assert kinds(a, c) == []  # at least 1,500: 1,800 holds with it
