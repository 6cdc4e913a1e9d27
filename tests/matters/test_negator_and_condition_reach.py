"""Which verb a negator or a condition reaches, a state said to hold again, and confidence.

* a negator inside a prepositional phrase after the verb ("built it with no permit", "closed
  without warning", "sold it for no profit") denies the phrase's noun: the verb's event still
  happened;
* a negator that opens the verb's object ("has received no order", "had found nothing") denies
  the verb, with an auxiliary as without one ("received no order");
* a condition in one clause ("would publish the payroll if asked") does not bind a past fact
  told beside it ("every driver had been paid");
* a state said to hold again ("is safe to drink again") agrees with the past denial of it;
* a gerund subject of a verb whose words are quoted ('closing it would "cut us off"') is not
  asserted, as without the quote;
* two speakers quoted weeks apart, or on a very broad matter, are less sure to disagree.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import Contradiction, analyze_items, parse_claim
from onrecord.matters.claims import Item
from onrecord.matters.confidence import confidence_of
from onrecord.matters.stance import stance_of

from .builders import events, item, kinds

# -- a negator in a prepositional phrase ---------------------------------------------------------


def test_a_negator_in_a_phrase_after_the_verb_leaves_the_verb_asserted() -> None:
    assert events("The contractor built the seawall twice with no permit")["build"] == 1
    assert events("The mill closed without warning") == {"open": -1, "warn": -1}
    assert events("The trust sold the orchard for no profit")["sell"] == 1


def test_the_phrase_noun_is_still_denied() -> None:
    assert events("The contractor raised the seawall twice without a permit")["legal"] == -1


def test_a_negator_before_the_verb_still_denies_it() -> None:
    assert events("The contractor never built the seawall") == {"build": -1}
    assert events("Nobody sold the orchard")["sell"] == -1
    assert events("The mill did not close with the new owners")["open"] == 1


def test_building_it_with_no_permit_does_not_deny_that_it_was_built() -> None:
    a = item("a", "the seawall was built to the standard the province requires",
             "Oskar Lindqvist", "2026-05-04")  # fmt: skip
    b = item("b", "They built that seawall twice with no permit", "Maren Tolliver",
             "2026-05-04")  # fmt: skip
    assert kinds(a, b) == []


def test_a_denied_build_still_contradicts() -> None:
    a = item("a", "the contractor built the seawall last spring", "Oskar Lindqvist",
             "2026-05-04")  # fmt: skip
    b = item("b", "the contractor never built the seawall", "Maren Tolliver", "2026-05-04")
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a negator that opens the object -------------------------------------------------------------


def test_a_negated_object_denies_the_verb_after_an_auxiliary() -> None:
    assert events("the quarry has received no notice from the regulator")["receiv"] == -1
    assert events("the quarry received no notice from the regulator")["receiv"] == -1
    assert events("the inspectors had found nothing at the site")["found"] == -1


def test_no_one_a_bound_or_a_plain_object_leave_the_verb_asserted() -> None:
    assert events("the board has taken a decision no one expected")["taken"] == 1
    assert events("the fund will pay no more than 3 percent")["pay"] == 1
    assert events("the quarry has received a notice from the regulator")["receiv"] == 1


def test_two_ways_of_saying_nothing_arrived_are_one_answer() -> None:
    a = item("a", "it has received no notice from the regulator", "Dunmere Quarries",
             "2026-05-04")  # fmt: skip
    b = item("b", "no notice had been received", "Dunmere Quarries spokesman", "2026-05-04")
    assert kinds(a, b) == []


def test_a_notice_received_and_none_received_contradict() -> None:
    a = item("a", "the quarry has received no notice from the regulator", "Ada Ferrand",
             "2026-05-04")  # fmt: skip
    b = item("b", "the quarry received a notice from the regulator on Friday", "Jon Brisk",
             "2026-05-04")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a state that holds again --------------------------------------------------------------------


def test_safe_again_agrees_with_not_safe_before() -> None:
    a = item("a", "the well water in Tarrow is safe to drink again", "Nadia Pell", "2026-07-20")
    b = item("b", "the well water in Tarrow was not safe to drink on July 2", "Omar Feld",
             "2026-07-20")  # fmt: skip
    assert kinds(a, b) == []


def test_safe_again_still_contradicts_not_safe_now() -> None:
    a = item("a", "the well water in Tarrow is safe to drink again", "Nadia Pell", "2026-07-20")
    b = item("b", "the well water in Tarrow is not safe to drink", "Omar Feld", "2026-07-20")
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_safe_without_again_contradicts_not_safe_before() -> None:
    a = item("a", "the well water in Tarrow is safe to drink", "Nadia Pell", "2026-07-02")
    b = item("b", "the well water in Tarrow was not safe to drink", "Omar Feld", "2026-07-02")
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- confidence ----------------------------------------------------------------------------------


def _one(*items: Item) -> Contradiction:
    (c,) = analyze_items(list(items))[1]
    return c


def test_two_speakers_weeks_apart_are_no_surer_than_the_base() -> None:
    a = item("a", "The Fenlow depot closed its night shift in October", "Ruth Abara",
             "2025-11-02")  # fmt: skip
    b = item("b", "The Fenlow depot did not close its night shift in October", "Karl Imre",
             "2025-12-20", article="a2")  # fmt: skip
    c = _one(a, b)
    assert dict(c.factors)["said 48 days apart"] == -0.1
    assert c.confidence <= 0.7


def test_two_speakers_days_apart_stay_sure() -> None:
    a = item("a", "The Fenlow depot closed its night shift in October", "Ruth Abara",
             "2025-11-02")  # fmt: skip
    b = item("b", "The Fenlow depot did not close its night shift in October", "Karl Imre",
             "2025-11-04", article="a2")  # fmt: skip
    c = _one(a, b)
    assert not any("apart" in why for why, _ in c.factors)
    assert c.confidence >= 0.7


def test_a_very_broad_matter_lowers_a_contradiction_more_than_a_broad_one() -> None:
    a = item("a", "the Fenlow depot will close in March", "Ruth Abara", "2025-11-02")
    b = item("b", "the Fenlow depot will not close in March", "Karl Imre", "2025-11-02")
    matters, (c,) = analyze_items([a, b])
    (matter,) = [m for m in matters if m.id == c.matter]
    small = dict(confidence_of(c, a, b, matter)[1])
    broad = dict(confidence_of(c, a, b, replace(matter, positions=matter.positions * 3))[1])
    wide = dict(confidence_of(c, a, b, replace(matter, positions=matter.positions * 5))[1])
    assert "a broad matter" not in small
    assert broad["a broad matter"] == -0.05 and "a very broad matter" not in broad
    assert wide["a broad matter"] == wide["a very broad matter"] == -0.05


# -- a condition beside a past fact --------------------------------------------------------------


def _stance(text: str, key: str) -> str:
    return stance_of(parse_claim(text), key).label


def test_a_condition_in_one_clause_leaves_a_past_fact_beside_it_asserted() -> None:
    text = ("every driver had been paid in full for March, and the firm would publish the "
            "payroll if the union asked")  # fmt: skip
    assert _stance(text, "pay") == "yes"
    assert _stance("The lease was signed, but the shop will close if the rent rises",
                   "approve") == "yes"  # fmt: skip


def test_a_condition_still_binds_its_own_clause_and_a_counterfactual() -> None:
    assert _stance("If the rain continues, the levee could fail", "fail") == "hedged"
    assert _stance("If we had known, we would have closed the ferry", "open") == "hedged"
    assert _stance("the depot will close, and 80 jobs will go, if the sale fails",
                   "open") == "hedged"  # fmt: skip


def test_paid_beside_a_condition_contradicts_not_paid() -> None:
    a = item("a", "drivers had not been paid for overtime worked in March", "Lena Voss",
             "2026-04-02")  # fmt: skip
    b = item("b", "every driver had been paid in full for March, and the firm would publish "
             "the payroll if the union asked", "Piers Dunlow", "2026-04-02")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- a gerund subject of a quoted verb -----------------------------------------------------------


def test_a_gerund_subject_of_a_quoted_verb_is_not_asserted() -> None:
    assert "open" not in events('shutting the library would "cut the town off from its past"')
    assert "open" not in events("shutting the library would cut the town off from its past")


def test_a_quoted_verb_of_aspect_keeps_its_event() -> None:
    assert events('the closure would "remain in place" until May')["open"] == -1


def test_what_shutting_would_do_does_not_contradict_it_will_not_shut() -> None:
    a = item("a", 'shutting the Brackley library would "cut the town off from its past."',
             "Mira Collard", "2026-05-04")  # fmt: skip
    b = item("b", "The Brackley library will not shut", "Ivo Penhale", "2026-05-04")
    assert kinds(a, b) == []
