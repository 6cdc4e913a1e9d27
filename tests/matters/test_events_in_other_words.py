"""One event named by other words than its plain verb: a thing held up is delayed, and a loss
paid for is made good.

"Buses are being held up on Calder Row" answers "the works have not delayed a single bus"
(``delay``), and "would not pay for damage caused by the blasts" answers "will compensate every
household" (``compensate``). Each reading has its look-alikes that name no such act: "held up
a banner" (an object after it), "held up as a model" (an example shown), "pay for the repairs"
and "paid the bill" (a payment), "pay for the damage themselves" (a loss borne, not made good).

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds


def test_held_up_in_the_passive_is_a_delay_and_with_an_object_none() -> None:
    assert events("Buses are being held up on Calder Row every morning").get("delay") == 1
    assert events("No bus was held up by the works at Ormsley").get("delay") == -1
    for text in (
        "Protesters held up a banner outside the Ormsley depot",
        "The minister held up the Calder scheme as a model",
    ):
        assert events(text).get("delay") is None, text


def test_held_up_as_a_model_is_no_delay_but_held_up_as_a_lane_closed_is() -> None:
    for text in (
        "The Calder scheme was held up as a model for other councils",
        "The Calder scheme was held up as an example of good practice",
        "The Ormsley depot is often held up as the model for the region",
    ):
        assert events(text).get("delay") is None, text
    assert events("Buses were held up as the lane on Calder Row was closed").get("delay") == 1


def test_buses_held_up_and_no_bus_delayed_disagree() -> None:
    a = item("s1", "Buses are being held up on Calder Row every morning", "Hedda Marrin",
             "2031-05-04")  # fmt: skip
    b = item("s2", "The roadworks have not delayed a single bus on Calder Row", "Cosmo Pelling",
             "2031-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "s1", "s2")]


def test_a_loss_paid_for_is_made_good_and_other_things_paid_for_are_payments() -> None:
    found = events("Calder Mining would not pay for damage caused by the blasts")
    assert found.get("compensate") == -1
    assert events("Calder Mining will pay for any losses at Ormsley").get("compensate") == 1
    for text in (
        "Calder Mining will pay for the repairs at Ormsley",
        "Calder Mining paid the bill for the Ormsley hall",
    ):
        found = events(text)
        assert found.get("compensate") is None and found.get("pay") == 1, text


def test_a_loss_its_bearers_pay_for_themselves_is_made_good_by_no_one() -> None:
    for text in (
        "Ormsley residents will have to pay for the damage themselves",
        "Ormsley residents will have to pay for their own losses",
    ):
        assert events(text).get("compensate") is None, text
    found = events("Calder Mining will pay for the damage to the Ormsley homes")
    assert found.get("compensate") == 1


def test_not_paying_for_damage_and_compensating_disagree() -> None:
    a = item("s1", "Calder Mining would not pay for damage caused by the blasts at Ormsley",
             "Hedda Marrin", "2031-05-04")  # fmt: skip
    b = item("s2", "Calder Mining will compensate every household hit by the blasts at Ormsley",
             "Hedda Marrin", "2031-06-14")  # fmt: skip
    assert kinds(a, b) == [("reversal", "s1", "s2")]
