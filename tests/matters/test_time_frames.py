"""Time-frame rules (a plan denied with no date, a denial bounded to a near time, a day named
shortly before, a harm to fish on any day, events counted since a time): each negative that
narrows a rule, beside the case the rule was made for."""

from __future__ import annotations

import pytest

from .builders import item, kinds

C = [("contradiction", "a", "b")]


def _pair(
    x: str, y: str, dx: str = "2026-04-02", dy: str = "2026-04-02"
) -> list[tuple[str, str, str]]:
    return kinds(item("a", x, "Edwin Carrow", dx), item("b", y, "Hester Quaile", dy, article="a2"))


# -- a plan denied with no date ------------------------------------------------------------------


def test_a_plan_denied_with_no_date_meets_a_dated_one() -> None:
    assert _pair("the Ardle plant will not close", "the Ardle plant will close in 2028") == C


@pytest.mark.parametrize("bound", ["next month", "immediately", "soon", "during the inquiry"])
def test_a_denial_bounded_to_a_near_time_is_no_denial_for_every_date(bound: str) -> None:
    assert (
        _pair(f"the Ardle plant will not close {bound}", "the Ardle plant will close in 2028") == []
    )


# -- a past denied, and a later account dated before it -------------------------------------------


def test_a_day_named_shortly_before_the_denial_is_the_same_past() -> None:
    found = _pair("no contaminated water reached the Hollin intake",
                  "the solvent reached the Hollin intake on September 12",
                  dx="2026-09-15", dy="2026-10-02")  # fmt: skip
    assert found == C


def test_an_earlier_month_is_another_incident() -> None:
    found = _pair("no workers were injured at the Ardle plant",
                  "two workers were injured at the Ardle plant in July",
                  dx="2026-09-15", dy="2026-10-02")  # fmt: skip
    assert found == []


# -- what a thing does by nature -----------------------------------------------------------------


def test_a_substance_harmful_to_fish_is_so_on_any_day() -> None:
    found = _pair("the solvent DX-9 is not harmful to fish", "DX-9 is harmful to fish",
                  dx="2026-03-01", dy="2026-04-10")  # fmt: skip
    assert found == C


def test_a_river_toxic_to_fish_is_a_state_of_the_day() -> None:
    found = _pair("the water in the Tarn river is toxic to fish",
                  "the water in the Tarn river is not toxic to fish",
                  dx="2026-03-01", dy="2026-04-10")  # fmt: skip
    assert found == []


# -- held since ----------------------------------------------------------------------------------


# the state held itself ("has been in merger talks since early January") is
# tests/matters/test_further_events_and_named_causes.py::
# test_a_state_held_since_a_time_covers_what_was_said_within_it


@pytest.mark.parametrize(("done", "denied"), [
    ("Hallam has cut 40 jobs at the Ardle plant since January",
     "Hallam has not cut any jobs at the Ardle plant"),
    ("the council has closed two libraries since January",
     "the council has not closed any libraries"),
])  # fmt: skip
def test_events_counted_since_a_time_may_all_come_later(done: str, denied: str) -> None:
    assert _pair(done, denied, dx="2026-03-26", dy="2026-02-03") == []
