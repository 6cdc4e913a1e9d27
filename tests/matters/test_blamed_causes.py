"""A cause named for a state, affirmed or denied: "caused by X, not by Y" / "the result of Y".

"The ban is caused by the drought, not by leaks" denies that leaks caused the ban; "the ban
is the direct result of years of leaks" says they did: the two speakers disagree on one
cause of one thing. Agreement in other words, a cause of another thing, another cause denied
and a hedge make no disagreement.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds

_RESULT = "The Selby hosepipe ban is the direct result of years of leaks"


def test_a_cause_named_or_denied_is_an_event_of_its_own() -> None:
    assert events(_RESULT)["cause-leak"] == 1
    assert (
        events("The Selby hosepipe ban is caused by the drought, not by leaks")["cause-leak"] == -1
    )
    assert events("The fire was not caused by the heater")["cause-heater"] == -1
    assert events("The outage was brought about by a storm")["cause-storm"] == 1
    assert not any(k.startswith("cause-") for k in events("We did this as a result of it"))
    assert not any(k.startswith("cause-") for k in events("The result of the vote was clear"))


def test_a_cause_denied_meets_the_same_cause_affirmed() -> None:
    a = item("a", _RESULT, "Ida Crane", "2027-03-01")
    b = item("b", "The Selby hosepipe ban is caused by the driest spring in forty years, "
             "not by leaks", "Owen Tull", "2027-03-01")  # fmt: skip
    c = item("c", "The Selby hosepipe ban was not caused by leaks", "Owen Tull", "2027-03-01")
    assert kinds(a, b) == [("contradiction", "a", "b")]
    assert kinds(a, c) == [("contradiction", "a", "c")]


def test_agreement_another_thing_another_cause_or_a_hedge_is_no_disagreement() -> None:
    a = item("a", _RESULT, "Ida Crane", "2027-03-01")
    agrees = item("b", "The Selby hosepipe ban is caused by years of leaks", "Owen Tull",
                  "2027-03-01")  # fmt: skip
    other_thing = item("c", "The Selby flooding was not caused by leaks", "Owen Tull",
                       "2027-03-01")  # fmt: skip
    other_cause = item("d", "The Selby hosepipe ban was not caused by the drought", "Owen Tull",
                       "2027-03-01")  # fmt: skip
    hedged = item("e", "The Selby hosepipe ban may not be caused by leaks", "Owen Tull",
                  "2027-03-01")  # fmt: skip
    for other in (agrees, other_thing, other_cause, hedged):
        assert kinds(a, other) == []
