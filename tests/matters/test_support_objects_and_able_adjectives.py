"""Ordinary news English that the rules of support verbs and their objects, "it takes", a thing
left out of a count, a call made, an adjective in -able and a negator's reach must not
misread."""

from __future__ import annotations

from .builders import events


def test_support_object_stops_before_a_time() -> None:
    # "last year" ends the object: the event is the profit, not "last"
    assert events("The company made a profit last year.") == {"profit": 1}
    assert events("The team did not take a vote last week.") == {"vot": -1}
    assert events("The company has never made a profit.") == {"profit": -1}


def test_support_object_before_this_year_is_no_second_object() -> None:
    assert events("The firm made a profit this year.") == {"profit": 1}
    assert events("The firm has not made a profit this quarter.") == {"profit": -1}
    # a real second object still leaves the first as the recipient
    assert "man" not in events("She gave a homeless man the money.")


def test_it_takes_over_auxiliaries_is_what_was_needed() -> None:
    assert "geniu" not in events("It did not take a genius to see it.")
    assert "miracl" not in events("It would not take a miracle to win.")
    assert events("The board did not take a vote.") == {"vot": -1}


def test_left_out_a_door_or_in_the_rain_is_no_thing_left_out_of_a_count() -> None:
    assert "include" not in events("He left out the back door.")
    assert "include" not in events("The dogs were left out in the rain.")
    assert "include" not in events("The food was left out overnight.")
    assert events("The report left out key details.") == {"include": -1}
    assert events("The town was left out of the deal.") == {"include": -1}


def test_calling_a_strike_or_a_meeting_is_no_contact() -> None:
    assert "call" not in events("The union called the strike on Monday.")
    assert events("The mayor called the meeting to order.") == {"meet": 1}
    assert events("She called the police.") == {"call": 1}
    assert events("Nobody from the mill called the town before the vote.") == {"call": -1}


def test_an_able_adjective_of_degree_names_no_verb() -> None:
    # "considerable" is large, not "can be considered": it must not meet "will not consider"
    assert "consider" not in events("The damage was considerable.")
    assert "reason" not in events("The cuts are reasonable.")
    assert "comfort" not in events("The plant is comfortable.")
    # an adjective that does say its event can be done keeps its verb
    assert events("The tickets are not refundable.") == {"compensate": -1}
    assert events("The plant is not profitable.") == {"profit": -1}


def test_a_negator_before_two_that_clauses_reaches_the_second() -> None:
    text = "It is not true that the plant will close and that workers will be laid off."
    assert events(text)["jobcut"] == -1
    # a negator inside the first "that" clause stays there
    text = "The report says that the plant did not fail and that inspectors will return."
    assert events(text) == {"fail": -1, "return": 1}
    text = "The mayor said the schedule would not change, and that buses would still run."
    assert events(text) == {"chang": -1, "run": 1}


def test_a_rejected_half_does_not_deny_a_clause_with_no_auxiliary() -> None:
    # "want" is no auxiliary: the "not" of the rejected half must still stop at its comma
    assert events("We want it stopped, not delayed.") == {"stoppage": 1, "delay": -1}
    assert events("The union wants talks resumed, not halted.")["meet"] == 1
    # with an auxiliary the contrast already stopped there
    assert events("The walkout will go ahead, not the talks")["walkout"] == 1
    # a negator of the clause itself still denies it
    assert events("We do not want it stopped.")["stoppage"] == -1


def test_a_support_event_in_a_denied_purpose_is_not_denied() -> None:
    # the purpose is denied ("any"), not the profit: neither a profit nor its lack is said
    assert "profit" not in events("We did not raise fares to make any profit.")
    # without a word the negation licenses, the event stays denied
    assert events("We did not raise fares to make a profit.")["profit"] == -1
    assert events("The company has never made a profit.") == {"profit": -1}
    # "need" has no object before "to": the profit is denied
    assert events("We do not need to make any profit.") == {"profit": -1}
