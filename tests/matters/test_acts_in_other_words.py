"""One act told by other verbs (:mod:`onrecord.matters.same_acts`): a reduction of an amount
is its fall, as a cut of it is; not having spoken to someone denies a meeting; a grant
given to a recipient named by a noun phrase is the grant (:mod:`onrecord.matters.support`)."""

from __future__ import annotations

from .builders import events, item, kinds


def test_reducing_an_amount_is_its_fall() -> None:
    assert events("The new levy will reduce bus fares in Harlow Vale.") == {
        "rise": -1,
        "rise-down": 1,
    }
    assert events("The toll will not reduce the number of lorries on Quarry Lane.") == {
        "rise-down": -1
    }
    assert events("The toll will cut lorry numbers on Quarry Lane by a third.").get("rise") == -1


def test_reducing_a_thing_that_is_no_amount_keeps_its_own_key() -> None:
    assert events("The new weir will reduce water rates in Tamsey.").get("rise") == -1
    assert "rise" not in events("The new weir will reduce the risk of flooding in Tamsey.")
    assert "rise-down" not in events("The new weir will reduce the risk of flooding in Tamsey.")
    assert events("The mill will reduce its workforce by 60.").get("jobcut") == 1


def test_a_reduction_and_a_cut_of_one_number_meet() -> None:
    a = item("a", "The toll will cut lorry numbers on Quarry Lane by half.", "Ines Harrow",
             "2031-04-02")  # fmt: skip
    b = item("b", "The toll will not reduce the number of lorries on Quarry Lane.",
             "Piet Lowdon", "2031-04-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_not_speaking_to_someone_denies_a_meeting() -> None:
    assert events("Nobody from the quarry company has spoken to the parish council.") == {
        "meet": -1,
        "speak": -1,
    }
    assert events("Our officers have not spoken with the parish council since May.")["meet"] == -1
    assert (
        events("Nobody from the water board spoke to the anglers before the ban.").get("meet") == -1
    )


def test_speaking_asserted_with_no_one_or_to_an_audience_is_no_meeting() -> None:
    assert events("The mayor of Oxbury never spoke to the fair's organisers.").get("meet") == -1
    assert "meet" not in events("I have spoken to the harbour board and to the ferry company.")
    assert "meet" not in events("The board would speak to several candidates for the post.")
    assert "meet" not in events("The mayor of Oxbury spoke at the harvest fair.")
    assert "meet" not in events("The warden did not speak to reporters at the Tamsey depot.")
    assert "meet" not in events("The bishop has spoken out about the closure.")


def test_a_denied_talk_meets_a_meeting_and_a_talk() -> None:
    a = item("a", "Nobody from Greyfen Energy has spoken to the Holloway school.",
             "Maud Pellick", "2031-05-06")  # fmt: skip
    b = item("b", "We have met the Holloway school's governors twice.", "Ravi Stenner",
             "2031-05-06")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]
    # the talk denied keeps its own key: it still meets the same talk told
    c = item("a", "I have never spoken to the Dunmoor trust about the weir, not once.",
             "Tobin Pardew", "2031-03-03")  # fmt: skip
    d = item("b", "I did speak to the Dunmoor trust about the weir in February.",
             "Tobin Pardew", "2031-04-14")  # fmt: skip
    assert kinds(c, d) == [("reversal", "a", "b")]


def test_a_thing_given_to_a_recipient_phrase_is_the_thing() -> None:
    assert events("The county will give each farmer a grant of 2,000 pounds.").get("grant") == 1
    assert events("The trust will give every tenant a refund.").get("compensate") == 1
    assert events("There will be no grants for individual farmers.") == {"grant": -1}


def test_a_given_thing_with_no_new_object_is_no_event_of_its_own() -> None:
    assert events("The county will give the parish council a grant.").get("grant") == 1
    assert "grant" not in events("The county will give the grant to the farmers' union.")
    assert "time" not in events("The board will give the school time to appeal.")


def test_a_grant_given_and_later_denied_is_a_reversal() -> None:
    a = item("a", "The county will give each hill farmer a grant of 2,000 pounds.",
             "Odile Brack", "2031-03-04")  # fmt: skip
    b = item("b", "There will be no grants for individual hill farmers.", "Odile Brack",
             "2031-06-10")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_ringing_or_phoning_someone_is_a_call() -> None:
    assert events("We rang the harbour office on the morning of the spill.") == {"call": 1}
    assert events("Our warden phoned the parish clerk twice.").get("call") == 1
    assert events("There was no call from the quarry to the parish clerk.").get("call") == -1


def test_a_bell_rung_or_a_phone_ringing_is_no_call() -> None:
    assert events("The ferryman rang the harbour office at dawn.").get("call") == 1
    assert "call" not in events("The chapel warden rang the bell at noon.")
    assert "call" not in events("The office phone rang twice.")


def test_a_call_made_and_denied_is_a_contradiction() -> None:
    a = item("a", "We rang the county archive on the day of the find.", "Bram Oakes",
             "2031-07-01")  # fmt: skip
    b = item("b", "There was no call from the builders to the county archive.", "Nell Vardy",
             "2031-07-01")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_thing_put_up_for_sale_is_sold() -> None:
    assert events("The council will put the Dunmoor depot up for sale in June.") == {"sell": 1}
    assert events("The depot was put up for sale in May.") == {"sell": 1}
    assert events("The depot has not been put on the market.") == {"sell": -1}


def test_a_thing_put_up_or_put_on_is_no_sale() -> None:
    assert events("The Dunmoor depot was put up for sale in May.").get("sell") == 1
    assert "sell" not in events("The chapel was put up in 1820.")
    assert "sell" not in events("The council put up the parking charges in May.")


def test_a_sale_denied_then_offered_is_a_reversal() -> None:
    a = item("a", "We will not sell the Dunmoor depot.", "Hal Brimble", "2031-02-02")
    b = item("b", "The council will put the Dunmoor depot up for sale this autumn.",
             "Hal Brimble", "2031-06-20")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_thing_destroyed_or_cracked_is_damaged() -> None:
    assert events("Half of the pier was destroyed by the storm.") == {"destroy": 1, "damag": 1}
    assert events("The blasting has cracked 30 homes in Ebbley.").get("damag") == 1
    assert events("The pier has not been damaged at all.") == {"damag": -1}


def test_a_thing_not_destroyed_says_nothing_of_damage() -> None:
    assert events("The west wing was wrecked by the fire.").get("damag") == 1
    assert events("The chapel was not destroyed by the fire.") == {"destroy": -1}


def test_charged_a_named_charge_asks_a_price() -> None:
    assert events("Every tenant was charged the boiler service charge in March.") == {"charge": 1}
    assert events("Tenants will not be charged the boiler service charge.") == {"charge": -1}


def test_charged_with_an_offence_or_a_battery_charged_asks_none() -> None:
    assert events("Tenants were charged the full service charge in May.").get("charge") == 1
    assert "charge" not in events("The warden was charged with theft in May.")
    assert "charge" not in events("The crew charged the scooters overnight.")
