"""A state said with "be" and its opposite in other words: a machine working or out of
service, posts filled or vacant, a place in crisis or not, a level that came down, rose or
held steady, a thing that ran out. Every sentence here is invented."""

from __future__ import annotations

from .builders import events, item, kinds

# -- a machine working or not ---------------------------------------------------------------


def test_working_and_out_of_service_are_one_state() -> None:
    assert events("the lifts at Cobham Row were working normally on Friday") == {"function": 1}
    assert events("the lifts at Cobham Row have been out of service since June") == {"function": -1}
    assert events("the lifts are fully working") == {"function": 1}
    assert events("the lifts are not working") == {"function": -1}
    assert events("the pumps had been broken for a week") == {"function": -1}
    assert events("the signal was faulty") == {"function": -1}
    assert events("the ferry was back in service")["function"] == 1


def test_working_as_an_activity_is_no_state() -> None:
    assert "function" not in events("nurses are working double shifts")
    assert "function" not in events("engineers were working on a fix")
    assert "function" not in events("the depot was broken into twice")
    assert "function" not in events("the record was broken by a Kenyan runner")
    assert "function" not in events("she is working with the police")


def test_a_lift_working_and_out_of_service_contradict() -> None:
    a = item("a", "the lifts at Cobham Row were working normally last week", "Agnes Tulloch",
             "2026-05-02")  # fmt: skip
    b = item("b", "the lifts at Cobham Row had been out of service for a month", "Derek Ommaney",
             "2026-05-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- posts filled or vacant -------------------------------------------------------------------


def test_filled_and_vacant_posts_are_one_state() -> None:
    assert events("every teaching post at the academy is filled") == {"staffed": 1}
    assert events("nine teaching posts are vacant") == {"staffed": -1}
    assert events("the ward is understaffed") == {"staffed": -1}


def test_filled_with_a_thing_is_no_staffing() -> None:
    assert "staffed" not in events("the basement was filled with smoke")
    assert "staffed" not in events("the form was filled in by hand")


# -- "be in" a state --------------------------------------------------------------------------


def test_a_bare_noun_after_be_in_is_the_state() -> None:
    assert events("the county council is in crisis") == {"crisi": 1}
    assert events("the county council is not in crisis") == {"crisi": -1}
    assert events("the operator was in breach of its licence") == {"breach": 1}


def test_a_time_a_manner_or_a_place_after_be_in_is_no_state() -> None:
    assert events("the report was in part correct") == {}
    assert "march" not in events("the vote was in March")
    assert "harlow" not in events("the minister was in Harlow")
    assert events("the repairs were in time") == {}


def test_in_crisis_and_not_in_crisis_contradict() -> None:
    a = item("a", "the Kelling maternity unit is not in crisis", "Hugh Ansty", "2026-04-01")
    b = item("b", "the Kelling maternity unit is in crisis", "Rosa Tremain", "2026-04-01")
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a level: came down, rose, held steady ----------------------------------------------------


def test_come_down_is_a_fall() -> None:
    assert events("bus fares have come down this year") == {"rise": -1, "rise-down": 1}
    assert events("it all comes down to money") == {}
    assert "rise" not in events("the court came down hard on the landlord")


def test_holding_steady_denies_a_rise_and_a_fall() -> None:
    assert events("ticket sales are holding steady") == {"rise": -1, "rise-down": -1}
    assert events("the rate remained unchanged") == {"rise": -1, "rise-down": -1}
    assert events("sales were not steady") == {}
    assert events("a steady stream of visitors") == {}


def test_a_halving_is_a_fall() -> None:
    assert events("ticket sales have halved") == {"rise": -1, "halv": 1, "rise-down": 1}
    assert events("ticket sales will not halve") == {"halv": -1}


def test_halved_and_holding_steady_contradict() -> None:
    a = item("a", "ticket sales at the Lanmore pier have halved since March", "Cora Bevan",
             "2026-06-10")  # fmt: skip
    b = item("b", "ticket sales at the Lanmore pier are holding steady", "Piers Wadlow",
             "2026-06-10")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_come_down_and_risen_contradict() -> None:
    a = item("a", "rents in Oakhollow have come down every month this year", "Ivy Marr",
             "2026-07-01")  # fmt: skip
    b = item("b", "rents in Oakhollow have risen every month this year", "Noel Brisk",
             "2026-07-01")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a thing run out of -----------------------------------------------------------------------


def test_ran_out_of_is_a_shortage() -> None:
    assert events("two clinics ran out of the vaccine in May") == {"shortag": 1}
    assert events("there has been no shortage of the vaccine") == {"shortag": -1}
    assert "shortag" not in events("the lease runs out in May")


# -- a standard met or failed -----------------------------------------------------------------


def test_a_standard_met_or_failed_is_one_key() -> None:
    assert events("the Brava kettle meets every safety standard") == {"comply": 1}
    assert events("the Brava kettle fails the boil-dry standard") == {"comply": -1}
    assert events("the ferry passed its annual inspection")["comply"] == 1
    assert events("the firm would not comply with the rules") == {"comply": -1}


def test_a_meeting_a_bill_or_a_plan_is_no_standard() -> None:
    assert events("the two mayors will meet on Friday") == {"meet": 1}
    assert "comply" not in events("the bill passed the senate")
    assert "comply" not in events("the rescue plan failed")


def test_a_standard_met_and_failed_contradict() -> None:
    a = item("a", "the Brava kettle meets every safety standard", "Lars Penhale", "2026-03-03")
    b = item("b", "the Brava kettle fails the boil-dry standard", "Mina Osei", "2026-03-03")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_thing_found_after_an_adjective_is_the_noun() -> None:
    assert events("surveyors found fresh cracking along the sea wall") == {"crack": 1}


# -- a thing that reaches a place, a thing had doing something ----------------------------------


def test_leaking_into_a_place_reaches_it() -> None:
    assert events("slurry is leaking into Corbie Water") == {"reach": 1, "leak": 1}
    assert events("no slurry has reached Corbie Water")["reach"] == -1
    assert "reach" not in events("the tank was leaking for a week")


def test_a_thing_had_doing_something_did_it() -> None:
    assert events("we have had lorries queuing on the bypass every morning")["queu"] == 1
    assert "say" not in events("we have had residents saying so")
    assert "queu" not in events("the lorries queuing on the bypass are a nuisance")


def test_had_queuing_and_not_had_to_queue_contradict() -> None:
    a = item("a", "we have had lorries queuing at the Ashby depot every morning this week",
             "Cyril Haddow", "2026-02-04")  # fmt: skip
    b = item("b", "lorries have not had to queue at the Ashby depot this week", "Vera Lund",
             "2026-02-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_be_in_a_noun_of_a_concept_names_the_concept() -> None:
    assert events("the two unions are not in talks with the board") == {"meet": -1}
