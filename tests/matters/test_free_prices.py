"""A thing had free is not paid for (:mod:`onrecord.matters.free_prices`): "will get in free",
"free of charge", "no charge for the club" deny paying, so a speaker who said one and later
"will pay 5 pounds" changed position; liberty ("walked free"), "free to" and "free school
meals" are no price.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds

_WHO = "Morwenna Tregaskis"


def test_a_priced_free_denies_paying() -> None:
    assert events("Children will always get in free.") == {"pay": -1}
    assert events("Pensioners will travel free on the ferry.")["pay"] == -1
    assert events("Parking at the lido will be free of charge.") == {"pay": -1}
    assert events("There will be no charge for the Saturday art club.") == {"pay": -1}
    assert events("Volunteers will work for free.")["pay"] == -1


def test_a_free_denied_is_paying() -> None:
    assert events("Residents will no longer get in free.") == {"pay": 1}


def test_liberty_and_things_named_free_are_no_price() -> None:
    assert "pay" not in events("The driver walked free from court.")
    assert "pay" not in events("Tamsin is free to race at the county championships.")
    assert "pay" not in events("The brewery is debt free.")
    assert "pay" not in events("Pupils get free school meals at Polwenna.")
    assert "pay" not in events("The harbour will stay free of weed this summer.")
    assert "pay" not in events("No charges were brought against the skipper.")


def test_free_entry_then_a_price_is_a_reversal() -> None:
    found = kinds(
        item("1", "Children will always get in free at the Trevean lido.", _WHO, "2031-04-02",
             article="a1"),
        item("2", "Children over twelve will pay 3 pounds at the Trevean lido from June.", _WHO,
             "2031-05-20", article="a2"),
    )  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_walking_free_then_paying_is_no_reversal() -> None:
    found = kinds(
        item("1", "Jory Penhallow walked free from Truro Crown Court on the Trevean charge.",
             _WHO, "2031-04-02", article="a1"),
        item("2", "Jory Penhallow will pay 3,000 pounds in costs to Truro Crown Court.", _WHO,
             "2031-05-20", article="a2"),
    )  # fmt: skip
    assert found == []


def test_a_price_frozen_does_not_rise() -> None:
    assert events("The standing charge will be frozen until April 2033.") == {"rise": -1}
    assert events("The council will freeze parking fees for two years.") == {"rise": -1}


def test_a_frozen_thing_that_is_no_price_does_not_rise_or_fall() -> None:
    assert "rise" not in events("The pipes at Polwenna school froze in January.")
    assert "rise" not in events("The bank froze the trust's account in May.")
    # the noun names the freeze, and "frozen" before a noun names the goods
    assert "rise" not in events("Growers will not pay for the price freeze.")
    assert "rise" not in events("Every frozen loaf is sold at the Carnhill shop.")


def test_a_rise_then_a_freeze_is_a_reversal() -> None:
    found = kinds(
        item("1", "The standing charge on Carnhill heating will rise again in April.", _WHO,
             "2031-02-02", article="a1"),
        item("2", "The standing charge on Carnhill heating will be frozen until April 2032.",
             _WHO, "2031-03-20", article="a2"),
    )  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_paying_more_is_a_rise() -> None:
    assert events("No stallholder will pay more in rent at Carnhill market.")["rise"] == -1
    assert events("Mooring holders will not pay a penny more.") == {"rise": -1}
    assert events("Households will pay extra for water from April.") == {"rise": 1}


def test_paying_more_attention_is_no_rise() -> None:
    assert "rise" not in events("We will pay more attention to complaints from Carnhill.")


def test_no_more_rent_then_fees_rising_is_a_reversal() -> None:
    found = kinds(
        item("1", "No stallholder at Carnhill market will pay more in rent.", _WHO,
             "2031-02-02", article="a1"),
        item("2", "Stall fees at Carnhill market will rise by 9 per cent from July.", _WHO,
             "2031-03-20", article="a2"),
    )  # fmt: skip
    assert found == [("reversal", "1", "2")]


def test_free_without_a_helping_verb_or_after_a_priced_subject_denies_paying() -> None:
    assert events("Children under five travel free on the Tremough buses.") == {"pay": -1}
    assert events("Entry to the Polwenna museum will be free from May.") == {"pay": -1}
    assert events("Parking at the Carnhill lido was free until June.") == {"pay": -1}


def test_police_charges_and_liberty_are_no_price() -> None:
    assert "pay" not in events("Jory Penhallow was held without charge for two days.")
    assert "pay" not in events("Jory Penhallow was released without charge.")
    assert "pay" not in events("There was no charge in the Trevean case.")
    assert "pay" not in events("The union called for free and fair elections at Carnhill.")
    assert events("Volunteers will work for free and the club will pay for the kit.")["pay"] == -1
    assert "pay" not in events("The eagles will fly free over Polwenna in the spring.")
    assert "pay" not in events("The two defendants will leave free.")


def test_held_without_charge_then_paying_is_no_contradiction() -> None:
    found = kinds(
        item("1", "Jory Penhallow was held without charge for two days.", _WHO, "2031-04-02"),
        item("2", "Jory Penhallow paid for two days at the Trevean hostel.", "Tamsin Rowe",
             "2031-04-02"),
    )  # fmt: skip
    assert found == []


def test_only_a_price_at_the_head_of_what_froze_does_not_rise() -> None:
    assert "rise" not in events("At this rate the Carnhill reservoir will be frozen by Friday.")
    assert "rise" not in events("The card he used to pay the bills was frozen.")
    assert "rise" not in events("Officials froze the tax refunds of Carnhill traders.")
    assert events("The standing charge on Carnhill homes will be frozen.") == {"rise": -1}
    assert events("Prices of bread at the Polwenna shop will be frozen.") == {"rise": -1}


def test_paying_more_than_an_amount_is_a_level_paid() -> None:
    assert events("The council paid more than 2 million pounds for the Harle site.") == {"pay": 1}
    assert events("Visitors will pay more than 12 pounds at the Trevean lido.") == {"pay": 1}
    assert events("Stallholders paid more for their pitches last year.") == {"pay": 1}
    assert "rise" not in events("Tenants will never pay more than 30 per cent of their income.")
    # a price capped, denied in its clause: no rise past it
    assert events("No member of staff will pay more than 36 pounds a month.")["rise"] == -1


def test_a_sum_paid_then_nothing_paid_is_a_contradiction() -> None:
    found = kinds(
        item("1", "The council paid more than 2 million pounds for the Harle site.", _WHO,
             "2031-04-02"),
        item("2", "The council never paid for the Harle site.", "Tamsin Rowe", "2031-04-02"),
    )  # fmt: skip
    assert found == [("contradiction", "1", "2")]
    capped = kinds(
        item("1", "Tenants in Carnhill will never pay more than 30 per cent of their income.",
             _WHO, "2031-04-02"),
        item("2", "Rents in Carnhill will rise by 4 per cent in April.", "Tamsin Rowe",
             "2031-04-02"),
    )  # fmt: skip
    assert capped == []
