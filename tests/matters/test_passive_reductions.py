"""A passive "reduced" of an amount is its fall, as a passive "cut" of it is
(:func:`onrecord.matters.cut_sense.reduced_amount`): "the budget is being reduced" meets "we
will not cut the budget"; a passive reduction of a thing that is no amount keeps its own key."""

from __future__ import annotations

from .builders import events, item, kinds


def test_a_passive_reduction_of_an_amount_is_its_fall() -> None:
    assert events("The library budget is being reduced by 400,000 pounds this year.") == {
        "rise": -1,
        "rise-down": 1,
    }
    assert events("The number of bus services was reduced in 2039.").get("rise") == -1
    assert events("Parking fees at Hollin Quay will not be reduced.") == {"rise-down": -1}


def test_a_passive_reduction_of_no_amount_keeps_its_own_key() -> None:
    assert "rise" not in events("The risk of flooding in Tamsey was reduced by the new weir.")
    assert "rise-down" not in events("Delays at the Orrin crossing were reduced last winter.")


def test_a_passive_reduction_meets_a_denied_cut_of_one_speaker() -> None:
    a = item("a", "We will not cut the library budget this year.", "Oriel Cathcart", "2031-03-02")
    b = item("b", "The library budget is being reduced by 400,000 pounds this year.",
             "Oriel Cathcart", "2031-06-10")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]
