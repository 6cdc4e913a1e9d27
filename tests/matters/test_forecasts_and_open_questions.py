"""A forecast of a later time against news of what was already done; and a question left open
under a verb of deciding or knowing ("has not decided how he will vote"), which asserts none
of its events.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim, stance_of
from onrecord.matters.cluster import Position
from onrecord.matters.timeframes import completed, done_before

from .builders import item, kinds


def _position(sid: str, text: str, speaker: str, date: str, key: str) -> Position:
    it = item(sid, text, speaker, date)
    return Position(it, stance_of(it.claim, key))


# -- a forecast of a later time and what was done before it --------------------------------------


def test_a_closure_done_and_a_reopening_foretold_for_later_do_not_disagree() -> None:
    a = item("a", "the council had shut the Orchard Road swimming pool", "Dina Ferrante",
             "2026-06-03")  # fmt: skip
    b = item("b", "the Orchard Road swimming pool will reopen in August", "Luis Amberley",
             "2026-06-03")  # fmt: skip
    assert kinds(a, b) == []


def test_a_fall_reported_and_a_rise_forecast_for_the_summer_do_not_disagree() -> None:
    a = item("a", "ferry waits have fallen by a fifth", "Corinne Vale", "2026-02-11")
    b = item("b", "ferry waits will rise in June", "Hamish Oduya", "2026-02-12", article="a2")
    assert kinds(a, b) == []


def test_what_was_done_is_in_the_perfect_or_the_past() -> None:
    key = "open"
    done = [
        "the trust had closed the museum annex",
        "the trust has closed the museum annex",
        "the trust closed the museum annex last week",
        "the museum annex was closed",
    ]
    for text in done:
        assert completed(_position("a", text, "Ada Kwan", "2026-04-02", key)), text
    fell = _position("a", "visits to the annex fell by a third", "Ada Kwan", "2026-04-02", "rise")
    assert completed(fell)
    open_ = [
        "the trust has not closed the museum annex",  # a state of now: it may still close
        "the trust would have closed the museum annex",
        "the trust is closing the museum annex",
    ]
    for text in open_:
        assert not completed(_position("a", text, "Ada Kwan", "2026-04-02", key)), text


def test_a_forecast_whose_months_include_the_news_is_compared() -> None:
    plan = _position("a", "the museum annex will reopen in April", "Ada Kwan", "2026-03-02",
                     "open")  # fmt: skip
    news = _position("b", "the trust has closed the museum annex", "Sol Betancourt",
                     "2026-04-20", "open")  # fmt: skip
    assert not done_before(plan, news)  # said after the plan, in the month it names
    earlier = _position("b", "the trust has closed the museum annex", "Sol Betancourt",
                        "2026-03-01", "open")  # fmt: skip
    assert done_before(plan, earlier)  # said before the plan: the plan looks ahead of it


def test_a_plan_to_keep_a_state_says_it_holds_now() -> None:
    a = item("a", "the museum annex will stay open through June", "Ada Kwan", "2026-04-02")
    b = item("b", "the trust had closed the museum annex", "Sol Betancourt", "2026-04-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_plan_denied_then_done_is_still_a_reversal() -> None:
    a = item("a", "we will not close the Birchwood clinic in May", "Mara Lindgren", "2026-04-01")
    b = item("b", "we closed the Birchwood clinic", "Mara Lindgren", "2026-05-20", article="a2")
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- a question left open under a verb of deciding or knowing ------------------------------------


def _modalities(text: str) -> dict[str, str]:
    """Event key -> the modality of the clause that holds it."""
    return {e.key: c.modality for c in parse_claim(text).clauses for e in c.events}


def test_an_open_question_asserts_none_of_its_events() -> None:
    got = _modalities("Alderman Rafe Cotton has not decided how he will vote on the rink")
    assert got["vot"] == "hedged"
    assert _modalities("the trustees will decide which firm will repair the dam")["repair"] == (
        "hedged"
    )
    assert _modalities("she does not know who will build the ferry")["build"] == "hedged"


def test_what_comes_before_the_open_question_is_still_asserted() -> None:
    got = _modalities("the trustees have not decided how they will pay for the dam")
    assert got["decid"] == "certain" and got["pay"] == "hedged"


def test_a_question_answered_is_asserted() -> None:
    assert _modalities("the trustees decided how they will pay for the dam")["pay"] == "certain"
    assert _modalities("the trustees asked why the firm had billed them twice")["charge"] == (
        "certain"
    )  # the asker takes the billing as done


def test_a_condition_is_left_to_the_conditional_rules() -> None:
    assert _modalities("I will not vote for the rink if the cost rises")["vot"] == "conditional"


def test_undecided_and_a_vote_promised_do_not_disagree() -> None:
    a = item("a", "he has not decided how he will vote on the rink repairs", "Rafe Cotton",
             "2026-05-04")  # fmt: skip
    b = item("b", "the council will vote for the rink repairs", "Wilma Sorensen", "2026-05-04")
    assert kinds(a, b) == []
