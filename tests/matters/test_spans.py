"""How long a thing lasted, told with "for" ("the lease runs for a full year", "the timetable
was online for less than 48 hours"): a figure of the clause's subject, in days. Not for a
pronoun or no subject, a state that still goes on ("has been shut for three weeks"), nor a
span after a noun ("a contract for two years").

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.spans import spans_of

from .builders import item, kinds

_DAY = "2031-06-03"


def _spans(text: str) -> list[tuple[frozenset[str], str, float, float]]:
    """(subject, what is said of it, low, high) of each span of ``text``, in days."""
    return [(f.subject, f.predicate, round(f.low, 2), round(f.high, 2))
            for c in parse_claim(text).clauses for f in spans_of(c)]  # fmt: skip


def test_a_span_told_with_for_is_a_figure_of_its_subject() -> None:
    assert _spans("The Harlow lease runs for a full year") == [
        (frozenset({"leas"}), "run", 292.0, 438.0)
    ]
    assert _spans("The ferry timetable was online for less than 48 hours") == [
        (frozenset({"ferry", "timetabl"}), "onlin", 0.0, 2.0)
    ]


def test_no_span_without_a_subject_for_a_state_going_on_or_after_a_noun() -> None:
    assert _spans("The Quarry Road bridge was shut for six weeks") != []  # fires
    assert _spans("We were at the depot for 40 minutes") == []
    assert _spans("The Quarry Road bridge has been shut for six weeks") == []
    assert _spans("The council signed a contract for two years") == []


def test_two_spans_of_one_thing_disagree() -> None:
    a = item("a", "The Harlow lease runs for a full year", "Wren Ostley", _DAY)
    b = item("b", "The new Harlow lease runs for six months", "Piet Galloway", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "The ferry timetable was online for less than 48 hours", "Wren Ostley", _DAY)
    d = item("d", "The ferry timetable was online for 26 days", "Piet Galloway", _DAY)
    assert kinds(c, d) == [("contradiction", "c", "d")]


def test_a_span_told_as_hours_of_the_act_meets_the_span_of_its_verb() -> None:
    assert _spans("That is more than 300 hours of flooding on Kelby Lane") == [
        (frozenset(), "flood", 12.5, float("inf"))
    ]
    a = item("a", "That is more than 300 hours of flooding on Kelby Lane last winter",
             "Wren Ostley", _DAY)  # fmt: skip
    b = item("b", "The Kelby Lane culvert had flooded for 50 hours last winter", "Piet Galloway",
             _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "The Kelby Lane culvert was blocked for 50 hours last winter",
             "Piet Galloway", _DAY)  # fmt: skip
    assert kinds(a, c) == []  # another act


def test_spans_of_two_things_or_two_acts_stay_apart() -> None:
    a = item("a", "The Quarry Road bridge was shut for six weeks", "Wren Ostley", _DAY)
    b = item("b", "The Quarry Road bridge was shut for two days", "Piet Galloway", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]  # fires
    c = item("c", "The Mill Lane bridge was shut for two days", "Piet Galloway", _DAY)
    d = item("d", "The Quarry Road bridge was painted for two days", "Piet Galloway", _DAY)
    assert kinds(a, c) == kinds(a, d) == []
