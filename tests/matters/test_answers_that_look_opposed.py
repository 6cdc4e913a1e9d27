"""Answers that only look opposed (:mod:`onrecord.matters.apart`): a clause that itself gives
both answers, a usual rate set against one day's count, and a present state followed weeks
later by another speaker's plan. Each rule has the shapes it must leave alone beside it.

Every sentence here is invented."""

from __future__ import annotations

from .builders import item, kinds

# -- one clause, both answers ----------------------------------------------------------------------


def test_a_clause_that_says_open_and_closed_answers_both_ways() -> None:
    # "it" (the museum) names no thing of its own to tell the two apart
    a = item("a", "it would remain open as usual this week and that the east wing would be "
             "closed to visitors", "Corin Ashby", "2026-03-02")  # fmt: skip
    b = item("b", "the east wing will stay closed to visitors until the roof has been replaced",
             "Corin Ashby", "2026-03-30", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_open_then_closed_is_still_a_reversal() -> None:
    a = item("a", "the museum would remain open to visitors in April", "Corin Ashby", "2026-03-02")
    b = item("b", "the museum will be closed to visitors in April", "Corin Ashby", "2026-03-30",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_word_negated_on_one_side_still_opposes_its_plain_use() -> None:
    a = item("a", "the county board had agreed to pay for the new ferry ramp", "Wilma Trask",
             "2026-05-04")  # fmt: skip
    b = item("b", "the county board would not pay for the new ferry ramp", "Osric Penhale",
             "2026-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a rate and one count --------------------------------------------------------------------------


def test_a_usual_daily_rate_is_not_one_days_count() -> None:
    a = item("a", "the clinic treated 230 patients on Tuesday", "Maren Holt", "2026-06-03")
    b = item("b", "the clinic averages about 150 patients a day", "Dario Vesk", "2026-06-03")
    assert kinds(a, b) == []


def test_two_counts_of_one_day_still_disagree() -> None:
    a = item("a", "the clinic treated 230 patients on Tuesday", "Maren Holt", "2026-06-03")
    b = item("b", "the clinic treated 150 patients on Tuesday", "Dario Vesk", "2026-06-03")
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a present state, then a plan ----------------------------------------------------------------


def test_a_present_rule_then_another_speakers_plan_is_no_contradiction() -> None:
    a = item("a", "chemists are not allowed to sell the nasal spray without a prescription",
             "Hedda Lorne", "2026-01-05")  # fmt: skip
    b = item("b", "chemists would be allowed to sell the nasal spray without a prescription",
             "Tomas Braddock", "2026-01-27", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_past_commitment_then_a_later_denial_still_disagrees() -> None:
    a = item("a", "the county board had agreed to pay for the new ferry ramp", "Wilma Trask",
             "2026-05-04")  # fmt: skip
    b = item("b", "the county board would not pay for the new ferry ramp", "Osric Penhale",
             "2026-05-26", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_one_speakers_present_rule_then_plan_is_still_a_reversal() -> None:
    a = item("a", "chemists are not allowed to sell the nasal spray without a prescription",
             "Hedda Lorne", "2026-01-05")  # fmt: skip
    b = item("b", "chemists would be allowed to sell the nasal spray without a prescription",
             "Hedda Lorne", "2026-01-27", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- money is how much, not what ------------------------------------------------------------------


def test_not_a_penny_then_millions_is_one_sum_paid() -> None:
    a = item("a", "the trust will not pay Harlow Builders a penny in damages", "Edwina Marsh",
             "2026-02-10")  # fmt: skip
    b = item("b", "the trust will pay Harlow Builders 3 million dollars to settle the claim",
             "Edwina Marsh", "2026-03-24", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_an_amount_does_not_join_payments_to_two_different_payees() -> None:
    a = item("a", "the trust will not pay the architects a penny", "Edwina Marsh", "2026-02-10")
    b = item("b", "the trust will pay the cleaning contractors 40,000 dollars", "Edwina Marsh",
             "2026-03-24", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- a routine and one occasion --------------------------------------------------------------------


def test_a_daily_habit_does_not_answer_one_coming_race() -> None:
    a = item("a", "He will not swim in the medley final", "Petra Lunde", "2026-07-02")
    b = item("b", "He has been swimming lengths at the Orsby pool every morning", "Callum Reyes",
             "2026-07-02")  # fmt: skip
    assert kinds(a, b) == []


def test_a_coming_event_denied_and_asserted_still_disagree() -> None:
    a = item("a", "He will not swim in the medley final", "Petra Lunde", "2026-07-02")
    b = item("b", "He will swim in the medley final", "Callum Reyes", "2026-07-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_two_routines_still_disagree() -> None:
    a = item("a", "the ferry will not sail to Grell Island on Sundays", "Ailsa Monro", "2026-04-01")
    b = item("b", "the ferry will sail to Grell Island every Sunday", "Bram Tollet", "2026-04-01")
    assert kinds(a, b) == [("contradiction", "a", "b")]
