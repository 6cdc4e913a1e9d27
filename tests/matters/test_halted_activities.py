"""An activity halted, paused, suspended or stopped does not go on.

"Production of the vans has been paused" names the production but says it is not going on:
against "production of the vans is running normally" it answers the other way. The halt
said of the noun (its subject in the passive, its object in the active) turns the noun's
event; a halt denied leaves the activity going; a halt of something else ("stopped by the
depot", "stopped them from leaving") turns nothing.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_passive_pause_denies_the_activity() -> None:
    (produced,) = events("Orrin is producing the vans")  # the noun takes its verb's key
    assert events("Production of the vans at Orrin has been paused since May 2")[produced] == -1


def test_an_active_suspension_denies_its_object() -> None:
    assert events("Corvel suspended construction at the harbour site")["construct"] == -1


def test_a_halt_denied_leaves_the_activity_going() -> None:
    assert events("Construction at the harbour site has not been halted")["construct"] == 1


def test_a_halt_by_an_agent_is_still_a_halt() -> None:
    assert events("Construction was halted by the flooding")["construct"] == -1


def test_stopping_a_closure_keeps_the_place_open() -> None:
    assert events("The trustees stopped the closure of the reading room")["open"] == 1


def test_a_gerund_after_the_halt_is_denied_once() -> None:
    assert events("The lab stopped testing the samples in June")["test"] == -1


def test_a_prevention_is_no_halt_of_its_object() -> None:
    assert events("She stopped them from closing the depot")["open"] == -1


def test_running_normally_against_a_pause_is_a_reversal() -> None:
    first = item("a", "Production of the vans at Orrin is running normally", "Lidia Varga",
                 "2031-03-02")  # fmt: skip
    later = item("b", "Production of the vans at Orrin has been paused since February 20",
                 "Lidia Varga", "2031-03-30", article="a2")  # fmt: skip
    assert kinds(first, later) == [("reversal", "a", "b")]


# -- a view of an act is not the act ------------------------------------------------------------


def test_supporting_a_closure_does_not_say_it_came() -> None:
    assert "open" not in events("The county supported the closure of the Linwick depot")


def test_support_for_dredging_meets_no_delay_of_it() -> None:
    view = item("a", "he supported the dredging of the harbour", "Cllr Ansel Pryce", "2031-06-02")
    delay = item("b", "Dredging of the harbour will not start until October", "Greta Holm",
                 "2031-06-20", article="a2")  # fmt: skip
    assert kinds(view, delay) == []
