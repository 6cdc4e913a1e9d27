"""An asking is told apart by whom it asks and what it asks for (:mod:`onrecord.matters.asked_for`):
"asked us to stop the sailings" and "asked for the passenger figures" are two requests, while
"never asked the festival for a safety plan" and "asked the festival for the safety plan" are
one. An asking that names no request ("asked him to go", "nobody has even asked") compares with
any. Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim
from onrecord.matters.lexicon import stem
from onrecord.matters.stance import stance_of

from .builders import item, kinds

_DAY = "2031-05-14"


def _theme(text: str) -> frozenset[str]:
    return stance_of(parse_claim(text), "ask").theme


def test_the_theme_of_an_asking_holds_whom_it_asks_and_what_for() -> None:
    assert {stem("sailings"), stem("stop")} <= _theme(
        "Nobody from the ferry company has asked us to stop the sailings"
    )
    assert stem("figures") in _theme("We have asked for the passenger figures")
    assert {stem("festival"), "safety", "plan"} <= _theme(
        "The county never asked the festival for a safety-plan"
    )
    # a light verb asks for nothing we can compare; nor does a bare asking
    assert _theme("She asked him to go") == frozenset()
    assert _theme("Nobody from Tarrow has even asked") == frozenset()
    # not an asking: the theme is read as before
    assert _theme("We asked what the repairs would cost") == frozenset()


def test_one_request_denied_and_told() -> None:
    a = item("a", "The county never asked the festival for a safety plan", "Ines Varga", _DAY)
    b = item("b", "We asked the festival for the safety plan in writing in May", "Tomas Reeve",
             _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_an_asking_for_nothing_named_still_meets_one_named() -> None:
    a = item("a", "The premier had not asked Orlan to resign", "Ines Varga", _DAY)
    b = item("b", "She asked him to go", "Tomas Reeve", _DAY)
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_an_act_asked_for_and_a_thing_asked_for_are_two_requests() -> None:
    a = item("a", "Nobody from the ferry company has asked us to stop the sailings",
             "Ines Varga", _DAY)  # fmt: skip
    b = item("b", "We have asked for the passenger figures", "Tomas Reeve", _DAY)
    assert kinds(a, b) == []


def test_two_things_asked_of_two_bodies_are_two_requests() -> None:
    a = item("a", "Nobody from the airline has asked us for a penny", "Ines Varga", _DAY)
    b = item("b", "We are asking the harbour board and the council to fix the runway lights",
             "Tomas Reeve", _DAY)  # fmt: skip
    assert kinds(a, b) == []
