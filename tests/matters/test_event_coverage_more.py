"""More events read from shapes a plain verb reading misses: a day named after "go up" is the
day of a rise, not an outage."""

from __future__ import annotations

from .builders import events, item, kinds


def test_going_up_on_a_day_is_a_rise() -> None:
    assert events("Bread and eggs will go up on March 3 at the Vellin market.") == {"rise": 1}
    assert events("Ferry tickets go up on Monday.") == {"rise": 1}
    assert events("Ferry tickets will not go up on Monday.") == {"rise": -1}


def test_going_down_on_a_day_is_an_outage_unless_an_amount_went_down() -> None:
    assert "rise" not in events("The Ostrava payments portal went down on Friday.")
    assert "rise-down" not in events("The Ostrava payments portal went down on Friday.")
    assert events("Fares went down on Friday.") == {"rise": -1, "rise-down": 1}


def test_a_rise_on_a_day_reverses_a_promise_of_no_rise() -> None:
    said = item("a", "Bread and eggs will not go up before April", "Marit Solenne", "2026-01-05")
    later = item("b", "Bread and eggs will go up on March 3", "Marit Solenne", "2026-02-10")
    assert [k[0] for k in kinds(said, later)] == ["reversal"]
