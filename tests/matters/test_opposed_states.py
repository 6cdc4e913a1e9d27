"""Opposite states and processes of one thing said in words that share nothing: clean against
contaminated, a process running against one stopped, a permit awaited against one granted, a
measure called temporary against one called permanent or final; and the sentences where
none of them must be read.

Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds

_D = "2029-05-02"
_ONE = [("contradiction", "a", "b")]


def _pair(a: str, b: str) -> list[tuple[str, str, str]]:
    return kinds(item("a", a, "Mara Lind", _D), item("b", b, "Tobias Wren", _D))


# -- free of contamination -------------------------------------------------------------------


def test_clean_is_the_opposite_of_contaminated() -> None:
    assert events("The water in the reservoir is clean")["safe"] == 1
    assert events("The samples from the quarry came back clean")["safe"] == 1
    assert events("The topsoil tested clean in June")["safe"] == 1
    assert _pair("The sand at Wexley Point is contaminated",
                 "The sand at Wexley Point is clean") == _ONE  # fmt: skip


def test_clean_in_other_senses_is_no_state_of_safety() -> None:
    assert "safe" not in events("The treasurer came clean about the accounts")
    assert "safe" not in events("Volunteers will clean up the beach at Wexley")
    assert "safe" not in events("The driver has a clean record")


# -- a process kept going or stopped -----------------------------------------------------------


def test_a_process_running_normally_is_not_stopped() -> None:
    assert events("Production at the Dunmere mill is running normally")["stoppage"] == -1
    assert events("Grant payments continue as normal")["stoppage"] == -1
    assert events("The packing line kept running for three more days")["stoppage"] == -1
    assert events("The Dunmere mill has stopped making the blue tiles") == {
        "stoppage": 1, "produc": -1}  # fmt: skip


def test_a_machine_running_normally_is_still_working() -> None:
    assert events("The pumps ran as normal")["function"] == 1
    assert events("The heating was working normally") == {"function": 1}


def test_doings_of_people_and_payments_are_no_production() -> None:
    assert "stoppage" not in events("We carried on as normal")
    assert "stoppage" not in events("We kept going despite the rain")
    assert "produc" not in events("The firm stopped making payments in March")
    assert events("We stopped making excuses") == {}
    assert "stoppage" not in events("The buses run every hour")


# -- a permit awaited or granted ---------------------------------------------------------------


def test_a_permit_awaited_is_one_not_granted() -> None:
    assert events("We are still waiting for the mooring licence")["grant"] == -1
    assert events("The club is awaiting planning permission")["grant"] == -1
    assert events("The mooring licence was granted in May")["grant"] == 1
    assert events("The permit was issued in May")["grant"] == 1
    assert events("We have our mooring licence")["grant"] == 1


def test_other_waits_and_holdings_are_no_permit() -> None:
    assert "grant" not in events("We are waiting for a bus to Wexley")
    assert "grant" not in events("We are waiting to hear from the council")
    assert "grant" not in events("We have the licence application ready")


# -- how long a measure lasts ------------------------------------------------------------------


def test_temporary_is_the_opposite_of_permanent_and_final() -> None:
    assert events("This is a temporary measure")["lasting"] == -1
    assert events("The decision on the ferry is final")["lasting"] == 1
    assert events("The cut is not temporary")["lasting"] == 1
    assert _pair("The cut to the Wexley bus is temporary",
                 "The cut to the Wexley bus is permanent") == _ONE  # fmt: skip


def test_temporary_and_final_before_a_noun_name_no_measure() -> None:
    assert "lasting" not in events("Temporary staff will cover the ward")
    assert "lasting" not in events("The final is on Saturday")
    assert "lasting" not in events("He is a temporary worker at the depot")


def test_a_pause_is_a_stoppage() -> None:
    assert events("Production of the tiles at Dunmere has been paused since March") == {
        "produc": -1, "stoppage": 1}  # fmt: skip


def test_a_state_said_to_be_enough_is_still_the_subjects() -> None:
    assert _pair("The gravel at Wexley Point is contaminated",
                 "The gravel at Wexley Point is clean enough to sell") == _ONE  # fmt: skip


def test_a_machine_that_worked_as_it_should_worked() -> None:
    assert events("The ticket machines worked exactly as they should") == {"function": 1}
    assert events("The scanner worked as it should on the day") == {"function": 1}
    assert "function" not in events("She worked as she should")
    assert "function" not in events("The fine worked as a deterrent")


def test_yet_is_no_subject_of_a_passive() -> None:
    from onrecord.matters.themes import theme_of

    assert "yet" not in theme_of("The ferry company has not yet been granted a licence", "granted")
    assert "ferry" in theme_of("The ferry company has not yet been granted a licence", "granted")


def test_making_stopped_meets_production_running_normally() -> None:
    assert _pair("The Dunmere plant has stopped making the blue tiles",
                 "Production of the blue tiles at Dunmere is running normally") == _ONE  # fmt: skip


# -- a level that stays the same ------------------------------------------------------------------


def test_a_price_that_stays_the_same_does_not_rise() -> None:
    assert events("Fees at the Wexley pool will stay the same next year") == {
        "rise": -1, "rise-down": -1}  # fmt: skip
    assert _pair("Bus fares in Wexley will stay the same next year",
                 "Bus fares in Wexley will go up next year") == _ONE  # fmt: skip


def test_the_same_of_an_uncounted_thing_is_no_level() -> None:
    assert events("The rules will stay the same") == {}
    assert events("It will never be the same") == {}


def test_keeping_a_thing_running_is_an_act_not_a_process_kept_going() -> None:
    assert "stoppage" not in events("We will not keep running the Wexley route")
    assert "stoppage" not in events("The operator will keep running the Wexley route")
    assert events("The Wexley ferry kept running through the strike")["stoppage"] == -1
