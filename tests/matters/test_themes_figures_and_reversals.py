"""General rules of times, themes, events, contradictions, figures, rebuttals, finding and
having (the sections below), each checked on invented sentences (invented people and places)
with the hard negatives the rule must keep."""

from __future__ import annotations

from onrecord.matters import analyze_items, parse_claim
from onrecord.matters.claims import times_of
from onrecord.matters.figures import figures_of
from onrecord.matters.themes import theme_of
from onrecord.matters.words import tokens

from .builders import events, item, kinds

# -- times ------------------------------------------------------------------------------------


def test_fall_the_verb_is_no_autumn() -> None:
    assert times_of(tokens("sales would fall sharply"), (2026, 4)) == frozenset()
    assert (2025, 10) in times_of(tokens("in the fall of 2025"), (2026, 4))


def test_this_year_and_a_quarter_are_times() -> None:
    assert times_of(tokens("fares will rise this year"), (2026, 4)) == {
        (2026, m) for m in range(1, 13)
    }
    assert times_of(tokens("sales fell in the second quarter"), (2026, 9)) == {
        (2026, 4), (2026, 5), (2026, 6)
    }  # fmt: skip


# -- themes -----------------------------------------------------------------------------------


def test_theme_of_a_second_predicate_is_the_first_ones_subject() -> None:
    assert theme_of("The depot has 40 drivers and is fully staffed", "staffed") == {"depot"}


def test_theme_of_a_subject_with_a_phrase_is_its_head() -> None:
    assert theme_of("no drivers at the Ostrava depot were dismissed", "dismissed") == {"driver"}
    assert theme_of("thousands of postal votes had not been counted", "counted") == {
        "postal",
        "vot",
    }


def test_theme_after_a_particle_is_the_object() -> None:
    assert theme_of("the council shut down the tannery", "shut") == {"tannery"}


def test_a_verb_left_without_object_has_no_theme() -> None:
    # "the bank did not notify until June": its agent, not what it happens to
    assert theme_of("the Velmar bank did not notify until June", "notify") == frozenset()


def test_a_measure_is_no_theme() -> None:
    assert theme_of("ticket sales fell 9 percent", "fell") == {"ticket", "sal"}


def test_theme_synonyms_keep_one_thing_together() -> None:
    assert kinds(
        item("a", "Velmar Bank had notified its customers", "Oda Fenn", "2024-05-02"),
        item("b", "Velmar Bank had not notified its clients", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


def test_different_things_stay_apart() -> None:
    assert kinds(  # the depot's staff and the depot's buses
        item("a", "the Ostrava depot had notified its drivers", "Oda Fenn", "2024-05-02"),
        item("b", "the Ostrava depot had not notified the regulator", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


# -- events -----------------------------------------------------------------------------------


def test_jobs_going_away_are_job_cuts() -> None:
    assert events("Not one job at the Brackwell mill is going away") == {"jobcut": -1}
    assert events("we will reduce the Brackwell workforce by 90") == {"jobcut": 1}
    assert "jobcut" not in events("the problem will not go away")


def test_no_satisfaction_in_a_closure_is_no_denial_of_it() -> None:
    assert "open" not in events("she took no pleasure in the closure")
    assert "open" not in events("there was no satisfaction in the closure")


def test_going_up_to_a_place_is_no_rise() -> None:
    assert "rise" not in events("Tarvik police went up to the house")
    assert "rise" not in events("the Tarvik plan would not go up for a vote")
    assert "rise" not in events("the Tarvik water system went down on Monday")
    assert events("Tarvik fares would go up on every route") == {"rise": 1}


def test_intensive_words_as_nouns_or_adjectives_are_no_rise() -> None:
    assert "rise" not in events("he was charged in a double murder in Tarvik")
    assert "rise" not in events("the surge in cases worried doctors")
    assert events("Tarvik rents would double") == {"rise": 1, "doubl": 1}


def test_own_words_taken_back_are_asserted_the_other_way() -> None:
    claim = parse_claim("I told the town the depot would stay open, and that is no longer true")
    assert any(e.key == "open" and e.polarity == -1 for e in claim.clauses[0].events)
    assert claim.clauses[0].asserted


def test_a_retraction_is_a_reversal() -> None:
    assert kinds(
        item("a", "the Brackwell depot would stay open", "Oda Fenn", "2024-05-02", article="a1"),
        item("b", "I told the town the Brackwell depot would stay open, and that is no longer "
             "true", "Oda Fenn", "2024-06-20", article="a2"),
    ) == [("reversal", "a", "b")]  # fmt: skip


# -- contradictions ---------------------------------------------------------------------------


def test_generic_you_is_a_norm() -> None:
    assert kinds(
        item("a", "You do not dismiss a driver with 30 years of service", "Oda Fenn",
             "2024-05-02"),
        item("b", "every dismissal at the depot was voluntary", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip
    assert kinds(  # the parent read it as a denial that the clinic will close
        item("a", "You do not close the Tarn clinic in winter", "Oda Fenn", "2024-05-02"),
        item("b", "the Tarn clinic will close in winter", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


def test_a_forecast_then_later_news_from_another_speaker_is_no_contradiction() -> None:
    assert kinds(
        item("a", "the Oskarvik ferry would remain open", "Oda Fenn", "2024-05-02",
             article="a1"),
        item("b", "We are closing the Oskarvik ferry today", "Ivo Marsh", "2024-05-20",
             article="a2"),
    ) == []  # fmt: skip


def test_a_forecast_then_the_speakers_own_act_is_a_reversal() -> None:
    assert kinds(
        item("a", "the city would keep the Oskarvik ferry open", "Oda Fenn", "2024-05-02",
             article="a1"),
        item("b", "We are closing the Oskarvik ferry today", "Oda Fenn", "2024-05-20",
             article="a2"),
    ) == [("reversal", "a", "b")]  # fmt: skip


def test_an_outcome_denied_then_reached_later_is_no_reversal() -> None:
    assert kinds(
        item("a", "no agreement was reached in the Korvel talks", "Oda Fenn", "2024-05-02",
             article="a1"),
        item("b", "an agreement was reached in the Korvel talks", "Oda Fenn", "2024-05-20",
             article="a2"),
    ) == []  # fmt: skip


def test_a_progressive_past_is_no_settled_occasion() -> None:
    assert kinds(
        item("a", "the Korvel reactor was operating", "Oda Fenn", "2024-05-02", article="a1"),
        item("b", "the Korvel reactor was not operating", "Oda Fenn", "2024-05-20",
             article="a2"),
    ) == []  # fmt: skip


# -- figures ----------------------------------------------------------------------------------


def test_figures_of_different_predicates_are_different_quantities() -> None:
    assert kinds(
        item("a", "4 people were killed in the Tarvik fire", "Oda Fenn", "2024-05-02"),
        item("b", "12 people were injured in the Tarvik fire", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip
    assert kinds(
        item("a", "5 percent of Tarvik voters support the plan", "Oda Fenn", "2024-05-02"),
        item("b", "40 percent of Tarvik voters oppose the plan", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


def test_a_rate_is_a_unit_of_its_own() -> None:
    (fig,) = figures_of(parse_claim("the Tarvik raise is $2 an hour").clauses[0])
    assert fig.unit == "$/hour"
    assert kinds(
        item("a", "the Tarvik raise is $2 an hour", "Oda Fenn", "2024-05-02"),
        item("b", "the Tarvik raise is $4,000 a year", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


def test_a_toll_told_on_two_days_is_no_contradiction() -> None:
    assert kinds(
        item("a", "12 people died in the Tarvik flood", "Oda Fenn", "2024-05-02", article="a1"),
        item("b", "15 people died in the Tarvik flood", "Ivo Marsh", "2024-05-04", article="a2"),
    ) == []  # fmt: skip
    assert kinds(  # the same day: they disagree
        item("a", "12 people died in the Tarvik flood", "Oda Fenn", "2024-05-02"),
        item("b", "15 people died in the Tarvik flood", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


# -- rebuttals --------------------------------------------------------------------------------


def test_a_denial_names_the_claim_not_whose_it_is() -> None:
    sentence = (
        "Brun denied that the depot had ignored the complaints, saying her office had answered "
        "every letter within a week."
    )
    found = kinds(
        item("a", "The depot ignored the complaints for a year", "Ivo Marsh", "2024-05-02"),
        item(
            "b",
            "her office had answered every letter within a week",
            "Oda Brun",
            "2024-05-02",
            sentence=sentence,
            cue="denied",
        ),
    )
    assert found == [("rebuttal", "b", "a")]


def test_a_denial_of_words_no_one_else_said_is_no_rebuttal() -> None:
    sentence = "Brun denied that the depot had ignored the complaints, saying it had answered."
    assert kinds(
        item("a", "the depot will hire twelve drivers", "Ivo Marsh", "2024-05-02"),
        item("b", "it had answered", "Oda Brun", "2024-05-02", sentence=sentence,
             cue="denied"),
    ) == []  # fmt: skip


# -- scales, later occasions, each figure's words, a rebuttal's target statement --------------


def test_double_and_not_double_still_meet() -> None:
    assert kinds(
        item("a", "the Tarvik runway would double night noise", "Oda Fenn", "2024-05-02"),
        item("b", "the Tarvik runway would not double night noise", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


def test_denying_one_end_of_a_scale_asserts_nothing_of_the_other() -> None:
    assert events("Tarvik rents would not go down") == {"rise-down": -1}
    assert kinds(
        item("a", "Tarvik rents would not go down", "Oda Fenn", "2024-05-02"),
        item("b", "Tarvik rents would not rise", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip
    assert kinds(  # the two ends still disagree
        item("a", "Tarvik rents would fall", "Oda Fenn", "2024-05-02"),
        item("b", "Tarvik rents would not fall", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


def test_a_past_vote_a_year_later_is_another_occasion() -> None:
    assert kinds(
        item("a", "the Korvel council approved the budget", "Oda Fenn", "2024-05-02",
             article="a1"),
        item("b", "the Korvel council did not approve the budget", "Ivo Marsh", "2025-05-10",
             article="a2"),
    ) == []  # fmt: skip


def test_each_figure_keeps_its_own_words() -> None:
    assert kinds(
        item("a", "4 Tarvik residents were killed and 12 Tarvik residents were injured",
             "Oda Fenn", "2024-05-02"),
        item("b", "12 Tarvik residents were injured", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


def _figures(text: str) -> list[tuple[str, str, float]]:
    return [(f.head, f.unit, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_numbers_that_measure_nothing_are_no_figures() -> None:
    assert _figures("the Tarvik vote is on 8 October") == []
    assert _figures("20 Tarvik residents were hurt, 3 critically") == [("resident", "", 20.0)]
    assert _figures("3 of the 5 Tarvik board seats") == []
    assert _figures("Section 230 protects platforms") == []
    assert _figures("the rate rose 2 percentage points") == []  # a change (no noun)


def test_figures_for_different_periods_are_different_quantities() -> None:
    assert kinds(
        item("a", "the Tarvik offer is a 5 percent raise over two years", "Oda Fenn",
             "2024-05-02"),
        item("b", "the Tarvik offer is a 2 percent raise each year", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


def test_a_rounded_figure_holds_with_a_closer_one() -> None:
    assert kinds(
        item("a", "the Tarvik budget is $3 million", "Oda Fenn", "2024-05-02"),
        item("b", "the Tarvik budget is $3.2 million", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


def test_a_rebuttal_falls_back_to_the_target_statement_that_states_the_claim() -> None:
    sentence = (
        "Ivo Marsh pushed back on Fenn's claim that the trust could not afford repairs to the "
        "pier, saying the trust had $12 million in reserves."
    )
    found = kinds(  # f1 shares most of the claim's words but is not the claim
        item("f1", "the trust will pay for repairs to the pier from its reserves", "Oda Fenn",
             "2024-05-02"),
        item("f2", "the trust could not afford them", "Oda Fenn", "2024-05-02"),
        item("r", "the trust had $12 million in reserves", "Ivo Marsh", "2024-05-02",
             sentence=sentence, cue="pushed back"),
    )  # fmt: skip
    assert ("rebuttal", "r", "f2") in found


def test_a_relative_clause_does_not_hide_the_object() -> None:
    assert theme_of("the Velmar bank notified customers who were affected", "notified") == {
        "customer"
    }


# -- finding and having -----------------------------------------------------------------------


def test_what_is_found_exists() -> None:
    assert events("inspectors found cracks in the Velmar pier")["crack"] == 1
    assert events("inspectors found no cracks in the Velmar pier")["crack"] == -1
    assert events("There is no crack in the Velmar pier") == {"crack": -1}
    assert "crack" not in events("she found that the Velmar pier was sound")


def test_a_denial_then_a_finding_is_a_reversal() -> None:
    assert kinds(
        item("a", "There is no crack in the Velmar pier", "Oda Fenn", "2024-05-02",
             article="a1"),
        item("b", "We found cracks in the Velmar pier", "Oda Fenn", "2024-05-20", article="a2"),
    ) == [("reversal", "a", "b")]  # fmt: skip
    assert kinds(  # agreement in other words
        item("a", "There is no crack in the Velmar pier", "Oda Fenn", "2024-05-02"),
        item("b", "divers found no cracks in the Velmar pier", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


def test_having_a_thing_and_never_having_it_disagree() -> None:
    assert events("Brun has a key to the Velmar archive") == {"have-key": 1}
    assert events("my client never had a key to the Velmar archive") == {"had-key": -1}
    assert kinds(
        item("a", "Brun had a key to the Velmar archive", "Oda Fenn", "2024-05-02"),
        item("b", "Brun never had a key to the Velmar archive", "Ivo Marsh", "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


def test_having_no_plans_is_no_thing_held() -> None:
    assert not any(k.endswith("-plan") for k in events("the city had no plans to close the pier"))
    assert events("the city had no key to the Velmar pier")["had-key"] == -1  # a thing held


def test_a_denial_agreeing_with_another_speaker_is_no_rebuttal() -> None:
    sentence = "Brun denied that the depot would close the canteen, saying it had no such plan."
    assert kinds(
        item("a", "the depot would not close the canteen this year", "Ivo Marsh", "2024-05-02"),
        item("b", "it had no such plan", "Oda Brun", "2024-05-02", sentence=sentence,
             cue="denied"),
    ) == []  # fmt: skip


def test_how_a_figure_is_said_of_its_noun_tells_quantities_apart() -> None:
    assert kinds(
        item("a", "20 Tarvik residents were hurt", "Oda Fenn", "2024-05-02"),
        item("b", "5 Tarvik residents were hurt critically", "Ivo Marsh", "2024-05-02"),
    ) == []  # fmt: skip


def test_a_budget_is_a_spending_plan() -> None:
    assert kinds(
        item("a", "the council approved the Tarvik budget", "Oda Fenn", "2024-05-02"),
        item("b", "the council did not approve the spending plan for Tarvik", "Ivo Marsh",
             "2024-05-02"),
    ) == [("contradiction", "a", "b")]  # fmt: skip


def test_a_matter_of_a_fall_asks_the_fall_itself() -> None:
    matters, _ = analyze_items([
        item("a", "Tarvik rents would fall", "Oda Fenn", "2024-05-02"),
        item("b", "Tarvik rents would not fall", "Ivo Marsh", "2024-05-02"),
    ])  # fmt: skip
    (m,) = [m for m in matters if m.event == "rise-down"]
    assert m.question == "Will Tarvik rents fall?"
    assert [(p.item.key, p.stance.label) for p in m.positions] == [("a", "yes"), ("b", "no")]
