"""The deverbal keys, the states after 'be in', and the clause, modal, rise and negator rules
beside them: words that only look alike keep their own keys. Invented sentences."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.senses import event_stem

from .builders import events, item, kinds


def test_a_deverbal_noun_still_meets_its_verb() -> None:
    for noun, verb in (("legislation", "legislate"), ("consultation", "consulted"),
                       ("expansion", "expand"), ("decision", "decided"), ("removal", "removed"),
                       ("failure", "failed"), ("negotiation", "negotiate"),
                       ("evacuation", "evacuated"), ("inspection", "inspected"),
                       ("election", "elected"), ("operation", "operate")):  # fmt: skip
        assert event_stem(noun) == event_stem(verb), noun


def test_a_noun_whose_root_is_another_word_keeps_its_key() -> None:
    for noun, other in (("pension", "pending"), ("tension", "tends"), ("portion", "port"),
                        ("abortion", "aborted"), ("projection", "project"),
                        ("objection", "object"), ("contention", "content"),
                        ("provision", "provide"), ("plantation", "plant"),
                        ("affection", "affected"), ("direction", "direct"),
                        ("correction", "correct"), ("mansion", "mandate"), ("combat", "comb"),
                        ("format", "form"), ("candidate", "candid"), ("habitat", "habit"),
                        ("appropriation", "appropriate"), ("question", "quest")):  # fmt: skip
        assert event_stem(noun) != event_stem(other), noun


def test_pension_and_pending_do_not_meet() -> None:
    a = item("a", "the pension increase will not go ahead", "Ilse Varga", "2026-03-02")
    b = item("b", "the pending increase will go ahead", "Tomas Reyne", "2026-03-05")
    assert events(a.statement.content.text) != events(b.statement.content.text)


def test_a_project_and_projections_are_not_one_matter() -> None:
    a = item("a", "the council will project the costs of the Marlow bypass", "Ilse Varga",
             "2026-03-02")  # fmt: skip
    b = item("b", "the council will not publish projections for the Marlow bypass",
             "Tomas Reyne", "2026-03-05")  # fmt: skip
    assert kinds(a, b) == []


def test_be_in_demand_is_no_demand_made() -> None:
    assert "demand" not in events("The new ferry service is in demand.")
    assert events("The union demanded a pay rise.").get("demand") == 1


def test_be_in_a_state_is_still_read() -> None:
    assert events("The two sides are in talks.") == {"meet": 1}
    assert events("The council is in debt.") == {"debt": 1}


def test_a_clause_that_opens_with_every_year_is_the_claim() -> None:
    assert events("Every year the council raises council tax.") == {"rise": 1}
    assert events("Each year the Elmbridge footbridge closes for two weeks.") == {"open": -1}


def test_a_clause_of_time_after_other_words_is_still_background() -> None:
    assert "open" not in events("Traders get rate relief for every month the bridge stays shut.")
    assert "open" not in events("The council never warned traders before it shut the bridge.")


def _modality(text: str) -> str:
    return str(parse_claim(text).clauses[0].modality)


def test_would_have_to_is_an_obligation_not_a_counterfactual() -> None:
    assert _modality("the council would have to close the Brenton library") == "certain"
    assert _modality("the council would not have to close the Brenton library") == "certain"


def test_a_modal_perfect_is_still_counterfactual() -> None:
    assert _modality("the warning could have saved the crew of the Marisol") == "hedged"
    assert _modality("the firm would have had to pay the fine") == "hedged"


def test_concerns_raised_after_a_determiner_are_reported_not_a_rise() -> None:
    assert events("The Kestrel Trust raised its concerns with the council.") == {"report": 1}
    assert events("Teachers at Holm Road School raised the alarm.") == {"report": 1}


def test_a_price_raised_after_a_determiner_is_still_a_rise() -> None:
    assert events("The Kestrel bakery raised the price of bread.") == {"rise": 1}
    assert events("The council raised its council tax.") == {"rise": 1}


def test_a_bound_after_no_denies_no_event() -> None:
    assert events("No fewer than 40 homes in Harwick were flooded.")["flood"] == 1
    assert events("No more than 20 people attended the meeting in Selby.")["attend"] == 1
    assert events("The Aire footbridge will reopen no later than May.")["open"] == 1


def test_no_before_a_noun_still_denies() -> None:
    # and, with no time that bounds it, no reopening ever (:mod:`onrecord.matters.lasting`)
    assert events("The Aire footbridge will not reopen.") == {"open": -1, "open-again": -1}
    assert events("No more homes will be built in Harwick.")["build"] == -1
