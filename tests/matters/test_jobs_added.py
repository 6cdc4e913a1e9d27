"""Jobs a new thing brings, told without a verb of making: jobs called new ("lists twelve new
posts") and people a thing will employ ("the yard will employ two people") are the count of
jobs added that "will create 30 jobs" gives. Not the jobs a place has now, nor a count that
goes on ("will still employ").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds

_DAY = "2031-08-19"


def _jobs(text: str) -> list[tuple[str, str, float]]:
    """(noun, act, value) of each figure of ``text``."""
    return [(f.head, f.act, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_jobs_called_new_are_jobs_added() -> None:
    assert _jobs("The planning file lists twelve new posts") == [("worker", "add", 12.0)]


def test_people_a_thing_will_employ_are_jobs_added_not_those_it_has() -> None:
    assert _jobs("Once it is open, the yard will employ two people") == [("worker", "add", 2.0)]
    assert _jobs("The hotel would employ 60 staff") == [("worker", "add", 60.0)]
    # the jobs a place has, now or still, and people who hold no job
    assert _jobs("The yard employs 300 people") == [("peopl", "", 300.0)]
    assert _jobs("The yard will still employ 200 people") == [("peopl", "", 200.0)]
    assert _jobs("The estate will have 40 new homes") == []  # no jobs


def test_a_thing_that_will_employ_few_meets_the_jobs_it_was_to_create_only() -> None:
    a = item("a", "The battery yard will create 30 permanent jobs", "Corin Elstow", _DAY)
    b = item("b", "Once it is running, the battery yard will employ two people", "Corin Elstow",
             "2031-11-02")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]
    # the people it employs now, or will still employ, are not the jobs it creates
    c = item("c", "The battery yard employs 300 people", "Wenna Trask", _DAY)
    d = item("d", "The battery yard will still employ 300 people", "Wenna Trask", _DAY)
    assert kinds(a, c) == kinds(a, d) == []
