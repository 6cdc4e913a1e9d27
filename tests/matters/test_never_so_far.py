"""A denial in the present perfect with "never" or "not ever" tells what has happened up to
now, as "so far" and "yet" do (:func:`onrecord.matters.timeframes.same_time_frame`).

"The tenants have never asked for a rent freeze" and the tenants' own "we will be asking for
a rent freeze" can both hold: what has not happened up to now may still come. A simple past
("never asked"), a perfect told both ways, a plan denied for the future, or a forecast that
rests on a past agreement "never" denies still disagree.

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds

_DAY = "2031-05-06"
_LATER = "2031-06-20"  # a speaker's later word: a reversal when it denies the first


def test_never_up_to_now_and_a_plan_to_come_are_two_times() -> None:
    a = item("s1", "We will be asking the landlord for a rent freeze", "Ines Calloway", _DAY)
    b = item("s2", "The tenants have never asked the landlord for a rent freeze", "Rufus Penge",
             _DAY)  # fmt: skip
    assert kinds(a, b) == []


def test_a_perfect_told_both_ways_still_disagrees() -> None:
    a = item("s1", "The tenants have asked the landlord for a rent freeze", "Ines Calloway",
             _DAY)  # fmt: skip
    b = item("s2", "The tenants have never asked the landlord for a rent freeze", "Rufus Penge",
             _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_plan_and_a_denial_of_it_to_come_still_disagree() -> None:
    a = item("s1", "We will be asking the landlord for a rent freeze", "Ines Calloway", _DAY)
    b = item("s2", "The tenants will never ask the landlord for a rent freeze", "Rufus Penge",
             _DAY)  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_forecast_resting_on_a_past_agreement_still_disagrees_with_never() -> None:
    """The forecast is of the repair; the agreement it rests on is told as made, and "has
    never agreed" denies it."""
    a = item("s1", "The county will repair the sea wall under an agreement signed in May",
             "Ines Calloway", _DAY)  # fmt: skip
    b = item("s2", "The county has never agreed to repair the sea wall", "Rufus Penge", _DAY)
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_plan_with_no_will_and_not_yet_are_two_times() -> None:
    """A plan told with "intend to", "plan to" or "expect to" looks ahead as "will" does:
    "not yet" and "so far" leave it standing, whatever words stand near the plan's own."""
    for plan, now in (
        ("We intend to pay the Harle trust its grant",
         "We have not yet paid the Harle trust its grant"),
        ("We expect to pay the Harle trust its grant",
         "We have not paid the Harle trust its grant so far"),
        ("The council plans to pay the Harle trust its grant",
         "The council has not yet paid the Harle trust its grant"),
    ):  # fmt: skip
        a = item("s1", plan, "Ines Calloway", _DAY)
        assert kinds(a, item("s2", now, "Ines Calloway", _LATER)) == [], plan


def test_never_so_far_against_a_plan_to_pay() -> None:
    a = item("s1", "We intend to pay the Harle trust its grant", "Ines Calloway", _DAY)
    b = item("s2", "We have never paid the Harle trust its grant", "Ines Calloway", _LATER)
    assert kinds(a, b) == []


def test_not_ever_and_hasnt_ever_tell_up_to_now_as_never_does() -> None:
    a = item("s1", "We will pay the Harle trust its grant", "Ines Calloway", _DAY)
    for now in ("We have not ever paid the Harle trust its grant",
                "We haven't ever paid the Harle trust its grant"):  # fmt: skip
        assert kinds(a, item("s2", now, "Ines Calloway", _LATER)) == [], now


def test_a_past_payment_and_not_ever_still_disagree() -> None:
    a = item("s1", "The council paid the Harle trust its grant", "Ines Calloway", _DAY)
    b = item("s2", "The council has not ever paid the Harle trust its grant", "Ines Calloway",
             _LATER)  # fmt: skip
    assert kinds(a, b) == [("reversal", "s1", "s2")]
