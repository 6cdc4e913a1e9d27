"""A sum a noun of price is said to be ("the permit fee will be 80 pounds a year", "berth
prices will stay at 2,400 pounds") is the thing's cost, one quantity with the cost a verb
gives it ("a berth would cost 3,100 pounds"); a "be" told with "will" or "has", or a verb of
staying with "at", gives the noun before it a value as "is" does.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import item, kinds


def _figures(text: str) -> list[tuple[tuple[str, str], float]]:
    """(quantity, low value) of each figure of ``text``."""
    return [(f.quantity, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


# -- the value a noun of price is given ---------------------------------------------------------


def test_a_future_or_perfect_be_gives_the_noun_before_it_a_value() -> None:
    assert _figures("The parking permit fee will be 80 pounds a year") == [(("cost", "¤/year"), 80)]
    assert _figures("The ferry fare has been 6 pounds") == [(("cost", "¤"), 6)]
    assert _figures("The queue at Drummel Lock would be 40 boats") == [(("boat", ""), 40)]


def test_a_verb_of_staying_at_a_value_gives_the_noun_its_value() -> None:
    assert _figures("Allotment rents at Oxley Fields will stay at 45 pounds") == [
        (("rent", "£"), 45)
    ]
    assert _figures("Allotment prices at Oxley Fields will stay at 45 pounds") == [
        (("cost", "¤"), 45)
    ]
    assert _figures("The jobless rate has remained at 4 per cent") == [(("rat", "percent"), 4)]


def test_no_value_from_a_denied_hedged_or_placed_be() -> None:
    assert _figures("The permit fee will not be 80 pounds") == []  # denied
    assert _figures("The permit fee may be 80 pounds") == []  # hedged
    assert _figures("We will stay at the Harbour Inn at 9") == []  # a place, a time
    # a share of the fee is no value of it
    assert _figures("The trust will pay 400 pounds of the permit fee") != [(("cost", "¤"), 400)]
    # a cost of nothing named is no thing's cost: it stays a quantity of its own
    assert _figures("The true cost is 2 million pounds") == [(("cost", "£"), 1.5e6)]


# -- one quantity, two values ----------------------------------------------------------------------


def test_a_price_and_a_cost_of_one_thing_that_differ_contradict() -> None:
    a = item("a", "Berth prices at Quillon will stay at 2,400 pounds", "Ada Venn",
             "2031-04-02")  # fmt: skip
    b = item("b", "a berth would cost 3,100 pounds", "Rolf Tindall",
             "2031-04-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_price_and_a_cost_that_agree_or_name_two_things_do_not() -> None:
    a = item("a", "Berth prices at Quillon will stay at 2,400 pounds", "Ada Venn",
             "2031-04-02")  # fmt: skip
    same = item("b", "a berth would cost about 2,400 pounds", "Rolf Tindall",
                "2031-04-02")  # fmt: skip
    other = item("c", "a mooring licence would cost 3,100 pounds",
                 "Rolf Tindall", "2031-04-02")  # fmt: skip
    assert kinds(a, same) == []
    assert kinds(a, other) == []


# -- the noun whose level changed, before a phrase attached to it --------------------------------


def test_a_level_reached_is_the_level_of_the_noun_before_its_phrase() -> None:
    assert _figures("The fee for a new berth will rise to 3,100 pounds") == [(("cost", "¤"), 3100)]
    assert _figures("The rate for cleaners will rise to 12 pounds an hour")[0][0] == (
        "rat",
        "£/hour",
    )
    # "of" names what is counted, not a phrase of the noun
    assert _figures("The number of complaints has risen to 600") == [(("complaint", ""), 600)]


def test_a_price_kept_and_a_fee_raised_of_one_thing_contradict() -> None:
    a = item("a", "Berth prices at Quillon will stay at 2,400 pounds", "Ada Venn", "2031-04-02")
    b = item("b", "The fee for a new berth will rise to 3,100 pounds", "Rolf Tindall",
             "2031-04-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    c = item("c", "The fee for a new mooring will rise to 3,100 pounds", "Rolf Tindall",
             "2031-04-02")  # fmt: skip
    assert kinds(a, c) == []


def test_a_number_before_a_name_after_a_verb_of_staying_is_an_address() -> None:
    assert _figures("The house stands at 14 Mill Lane.") == []
    assert _figures("The old chapel stood at 3 Quarry Road until 1990.") == []
    # a count of a common noun, a sum or a share still gives a value
    assert [q for q, _ in _figures("The waiting list stands at 14 families.")] == [("family", "")]
    assert _figures("The jobless rate stands at 4 per cent") == [(("rat", "percent"), 4)]
