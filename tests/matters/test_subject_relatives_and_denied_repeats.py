"""Shapes that read a disagreement where there is none:

* a present relative clause on the subject ("a council that closes two pools is not doing its
  job") is not asserted: the negator is the main verb's;
* a denied repeat within a period ("prices will not rise again this year") takes the first
  rise as given and answers nothing about it;
* "that" before a noun that ends the clause ("we have dropped that plan") is the object's
  determiner, so the object is what the event happens to.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.themes import theme_of

from .builders import events, item, kinds

# -- present relative clauses ----------------------------------------------------------------


def test_a_present_relative_on_the_subject_is_not_asserted() -> None:
    assert events("a council that closes two pools is not doing its job") == {}
    assert events("A board that cuts nine nurses is not in a stronger position") == {}


def test_a_complement_clause_or_a_plain_clause_keeps_its_event() -> None:
    assert events("the council closes two pools in March") == {"open": -1}
    assert events("the board will not cut nine nurses") == {"jobcut": -1}
    # "that" before a noun and its own auxiliary opens a complement, not a relative
    assert "rise" in events("the fear that rents will rise is growing")


def test_a_relative_denial_does_not_reverse_the_speaker() -> None:
    a = item("a", "the hospital budget would cut nursing posts", "Edda Morland", "2026-02-03")
    b = item("b", "A hospital that cuts six nurses is not in a stronger position", "Edda Morland",
             "2026-03-10", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- denied repeats ----------------------------------------------------------------------------


def test_a_denied_repeat_in_a_period_does_not_reverse_the_first_rise() -> None:
    a = item("a", "the water board will raise charges by 4 percent this year", "Ilse Varrow",
             "2026-01-12")  # fmt: skip
    b = item("b", "charges would not rise again this year", "Ilse Varrow", "2026-03-02",
             article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_denial_without_again_still_reverses_the_rise() -> None:
    a = item("a", "the water board will raise charges by 4 percent this year", "Ilse Varrow",
             "2026-01-12")  # fmt: skip
    b = item("b", "charges would not rise this year", "Ilse Varrow", "2026-03-02", article="a2")
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- themes of demonstrative objects ---------------------------------------------


def test_that_before_a_final_noun_is_a_determiner() -> None:
    assert theme_of("We have dropped that plan,", "dropped") == {"plan"}
    assert theme_of("they said that prices rose", "said") == frozenset()


def test_a_dropped_plan_does_not_meet_a_rising_measure() -> None:
    a = item("a", "We have dropped that plan,", "Maren Tolley", "2026-09-21")
    b = item("b", "turnover was still rising", "Osric Penhale", "2026-09-21")
    assert kinds(a, b) == []


def test_cutting_people_who_hold_posts_is_a_job_cut_and_a_route_is_not() -> None:
    assert events("the trust will cut twelve midwives next year") == {"jobcut": 1}
    assert events("the district will not cut any teachers") == {"jobcut": -1}
    assert events("the operator will cut the night route") == {"cut": 1}
    assert events("the council will cut parking fees")["rise"] == -1  # a fall, not a job cut
    assert "jobcut" not in events("the council will cut parking fees")
