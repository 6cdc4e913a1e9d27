"""Grammar that names an event where the clause read none, so that a statement and its
denial land in one matter:

* a negator between a verb that takes "to" and the verb it denies ("decided not to build");
* a verb that makes someone act ("never ordered anyone to delete any records") is denied
  itself: the "to" after its object is what it asks, not a purpose; "instructed" and
  "ordered" are one act;
* a level after "be" ("applications are up", "sales were down 4 percent");
* a noun of an event before a verb of going on, with no auxiliary ("Payments continue as
  normal");
* "working on" a date keeps a machine's state ("was working on March 3");
* a plain past verb whose first object is a name ("promised Orrin Haulage the contract");
* "in May", "on May 3" are a month, not the modal, so "paid the fee in May" keeps its verb;
* "no need for an inquiry" denies the inquiry; "commissioned an inquiry", "launched a review"
  assert it;
* "no more than 20" bounds a figure from above, "no fewer than 40" from below;
* a count of jobs "lost" and one "cut" measure one quantity.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of

from .builders import events, item, kinds

# -- "decided not to" ----------------------------------------------------------------------------


def test_a_negator_before_to_denies_the_verb_after_it() -> None:
    assert events("the trust has decided not to build the new wing")["build"] == -1
    assert events("the union agreed never to strike during the festival")["strik"] == -1
    assert events("the trust has decided to build the new wing")["build"] == 1


def test_a_negator_before_to_with_no_verb_taking_to_is_left_alone() -> None:
    assert "build" not in events("the plans were not to the council's taste")
    assert "visit" not in events("it was a trip not to visit")


def test_a_reversal_over_a_decision_not_to_act() -> None:
    a = item("a", "the Fernhill bypass will be built, with work starting in spring",
             "Odile Pravin", "2026-02-02")  # fmt: skip
    b = item("b", "we have decided not to build the Fernhill bypass", "Odile Pravin",
             "2026-06-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- verbs that make someone act -----------------------------------------------------------------


def test_a_denied_order_is_denied_whatever_it_asked() -> None:
    assert events("I never ordered anyone to shred any files") == {"instruct": -1}
    assert events("the mayor did not instruct anyone to alter anything") == {"instruct": -1}


def test_a_denied_purpose_still_keeps_its_event_apart() -> None:
    assert "open" not in events("we did not close the gate to punish anyone")


def test_instructed_and_ordered_are_one_act() -> None:
    assert events("the director instructed the clerk to shred the files")["instruct"] == 1
    assert events("the director ordered the clerk to shred the files")["instruct"] == 1


def test_an_order_as_a_noun_is_no_act_of_ordering() -> None:
    assert "order" not in events("the order was lifted on Friday")
    assert "instruct" not in events("the order was lifted on Friday")
    assert "order" not in events("the lifts were out of order for a week")


# -- a level after "be" --------------------------------------------------------------------------


def test_up_and_down_after_be_are_a_rise_and_a_fall() -> None:
    assert events("Bookings are up.") == {"rise": 1}
    assert events("takings were down 12 percent on last year") == {"rise": -1, "rise-down": 1}
    assert events("visitor numbers are not up") == {"rise": -1}


def test_up_and_down_in_other_senses_are_no_level() -> None:
    assert "rise" not in events("it is up to the council to decide")
    assert "rise" not in events("I was up all night with the pumps")
    assert "rise" not in events("the two cottages are up for sale")
    assert "rise" not in events("we were up against a bigger club")
    assert "rise" not in events("they are down at the harbour")


def test_a_level_up_against_a_level_down_is_a_contradiction() -> None:
    a = item("a", "Enrolments at Dunholm College are up.", "Petra Vosk", "2026-09-02")
    b = item("b", "enrolments at Dunholm College are down 8 percent", "Yannick Shore",
             "2026-09-03", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- an event going on ---------------------------------------------------------------------------


def test_a_noun_of_an_event_before_continue_is_asserted() -> None:
    assert events("Payments continue as normal") == {"pay": 1, "stoppage": -1}
    assert events("the inspections resumed on Monday")["inspect"] == 1


def test_continue_with_an_object_or_a_body_for_subject_names_no_subject_event() -> None:
    assert "govern" not in events("the government continued payments")
    assert "depart" not in events("the department continues as before")
    assert "pay" not in events("the inspectors continue to work")


# -- a machine working on a date -----------------------------------------------------------------


def test_working_on_a_date_is_a_state() -> None:
    assert events("the lifts had been working on March 3") == {"function": 1}
    assert events("the lift was working on a fix") != {"function": 1}


# -- a past verb with a name for its first object ------------------------------------------------


def test_a_past_verb_before_a_name_and_an_object_is_the_event() -> None:
    assert events("the minister promised Orrin Haulage the contract in May")["promis"] == 1
    assert events("the board paid Delmore Estates the full fee")["pay"] == 1


def test_a_past_form_before_a_name_alone_or_after_a_relative_is_no_such_verb() -> None:
    assert "meet" not in events("residents who met Ms Halloran that day were angry")
    assert "promis" not in events("the promised Orrin Haulage contract")


def test_a_promise_to_a_named_firm_and_its_denial_contradict() -> None:
    a = item("a", "the minister promised Orrin Haulage the Tarrow contract at a meeting",
             "Lydia Fenn", "2026-04-02")  # fmt: skip
    b = item("b", "the Tarrow contract was never promised to Orrin Haulage", "Basil Crane",
             "2026-04-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_may_the_month_is_no_modal() -> None:
    assert events("the trust paid the deposit in May") == {"pay": 1}
    assert events("the trust paid the deposit on May 3") == {"pay": 1}
    assert events("the trust paid the deposit in June") == {"pay": 1}


def test_may_the_modal_still_hedges() -> None:
    (clause,) = parse_claim("fares may rise in May").clauses
    assert clause.modality == "hedged"


# -- "no need for", "commissioned" -------------------------------------------------------------


def test_no_need_for_a_thing_to_be_done_denies_it() -> None:
    assert events("there was no need for an external review") == {"review": -1}
    assert events("there is no need for a public consultation") == {"consult": -1}


def test_a_need_affirmed_or_no_need_to_act_is_left_alone() -> None:
    assert "review" not in events("we see the need for a review")
    assert "review" not in events("the need for an external review is clear")


def test_commissioning_or_launching_a_thing_asserts_it() -> None:
    assert events("I am commissioning an external review of the ward")["review"] == 1
    assert events("the board launched an inquiry into the sale")["inquiry"] == 1


def test_no_need_and_then_commissioning_is_a_reversal() -> None:
    a = item("a", "there was no need for an external review of the Dunmere ward",
             "Carys Vell", "2026-02-03")  # fmt: skip
    b = item("b", "I am commissioning an external review of the Dunmere ward", "Carys Vell",
             "2026-02-04", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- figures: bounds and jobs lost ---------------------------------------------------------------


def _bounds(text: str) -> list[tuple[float, float]]:
    return [(f.low, f.high) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_a_negated_comparison_bounds_the_figure_the_other_way() -> None:
    assert _bounds("no more than 30 posts would go at the depot") == [(0.0, 30.0)]
    assert _bounds("no fewer than 40 homes were flooded") == [(40.0, float("inf"))]
    assert _bounds("more than 30 homes were flooded") == [(30.0, float("inf"))]


def test_jobs_lost_and_jobs_cut_are_one_count() -> None:
    a = item("a", "no more than 15 posts would be lost at the Harwell depot", "Lena Orrick",
             "2026-05-04")  # fmt: skip
    b = item("b", "48 jobs will be cut at the Harwell depot", "Tomas Reyne", "2026-05-04")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_count_within_the_bound_is_no_contradiction() -> None:
    a = item("a", "no more than 50 posts would be lost at the Harwell depot", "Lena Orrick",
             "2026-05-04")  # fmt: skip
    b = item("b", "48 jobs will be cut at the Harwell depot", "Tomas Reyne", "2026-05-04")
    assert kinds(a, b) == []


def test_people_who_lost_homes_are_no_jobs_cut() -> None:
    a = item("a", "40 families lost their homes in the flood at Harwell", "Lena Orrick",
             "2026-05-04")  # fmt: skip
    b = item("b", "48 jobs will be cut at the Harwell depot", "Tomas Reyne", "2026-05-04")
    assert kinds(a, b) == []
