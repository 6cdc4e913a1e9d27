"""A denial "since" an act told with its time ("no pupil has been excluded since the academy
opened in 2027") runs from that time up to when it was said, as "since 2027" does: an
exclusion told, later, as done inside that span answers it; one done before the span began,
or one said to come after the denial was said, does not.

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds


def test_an_act_inside_the_span_reverses_the_denial() -> None:
    a = item("a", "No pupil has been excluded from Harrowfield Academy since it opened in 2027",
             "Petra Lindqvist", "2031-10-06")  # fmt: skip
    b = item("b", "Two pupils were excluded from Harrowfield Academy in September",
             "Petra Lindqvist", "2031-11-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_the_bare_year_after_since_still_reads_as_before() -> None:
    a = item("a", "No pupil has been excluded from Harrowfield Academy since 2027",
             "Petra Lindqvist", "2031-10-06")  # fmt: skip
    b = item("b", "Two pupils were excluded from Harrowfield Academy in September",
             "Petra Lindqvist", "2031-11-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_an_act_before_the_span_began_does_not_answer_it() -> None:
    a = item("a", "No pupil has been excluded from Harrowfield Academy since it reopened in 2029",
             "Petra Lindqvist", "2031-10-06")  # fmt: skip
    b = item("b", "Two pupils were excluded from Harrowfield Academy in March 2028",
             "Petra Lindqvist", "2031-11-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_since_span_told_in_the_past_perfect_ended_at_another_time() -> None:
    a = item("a", "No pupil had been excluded from Harrowfield Academy since it opened in 2027",
             "Petra Lindqvist", "2031-10-06")  # fmt: skip
    b = item("b", "Two pupils were excluded from Harrowfield Academy in September",
             "Petra Lindqvist", "2031-11-20", article="a2")  # fmt: skip
    assert kinds(a, b) == []
