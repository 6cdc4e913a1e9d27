"""Rules from the fresh4 and fresh5 study rounds: which words of a clause name its event, and
when two statements that seem opposite speak of different times.

* a plain past verb between its subject and its object is the clause's event ("every household
  received the alert"), not a modifier ("the affected households", "injuries caused by");
* "there will be a strike" asserts the strike as "there will be no strike" denies it;
* "no rolling blackouts" is about the blackouts; "blackouts would begin" names them;
* "voted against" answers no; "above" and "below" a level are opposites;
* the verb of a restrictive relative ("the people who are driving") is not asserted, nor is a
  nominal event that is the subject of a verb acting on an object ("the cut would cost jobs");
* a claim or a report that is an object ("will consider the trust's claim") reports nothing;
* a promise and "none so far", a halt and what was done before it, a forecast bounded by
  "until" and the end it foretold, are not disagreements.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.figures import figures_of
from onrecord.matters.themes import theme_of

from .builders import events, item, kinds

# -- plain past verbs ----------------------------------------------------------------------------


def test_a_plain_past_verb_before_its_object_is_the_event() -> None:
    assert events("every household on Marrow Lane received the flood warning") == {"receiv": 1}
    assert events("not one of them received the warning") == {"receiv": -1}


def test_a_past_participle_that_modifies_a_noun_is_no_event() -> None:
    assert "affect" not in events("the affected households received no warning")
    assert "caus" not in events("injuries caused by the solvent were rare")
    assert "receiv" not in events("residents who received the warning")


def test_an_adverb_is_not_taken_for_the_verb() -> None:
    assert events("the institute had already paid the transport deposit") == {"pay": 1}


def test_told_both_ways_a_plain_past_verb_makes_a_contradiction() -> None:
    a = item("a", "every household in the zone received the flood warning before midnight",
             "Ines Marlowe", "2026-03-02")  # fmt: skip
    b = item("b", "not one of them received the warning before midnight", "Pavel Drummond",
             "2026-03-14", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


# -- existential and onset shapes ----------------------------------------------------------------


def test_there_will_be_a_strike_asserts_the_strike() -> None:
    assert events("There will be a walkout on May 3") == {"walkout": 1}
    assert events("There will be no walkout on May 3") == {"walkout": -1}


def test_there_is_a_stance_word_names_no_event() -> None:
    assert events("there is a lot of anger in the valley") == {}
    assert "chance" not in events("there is a chance of rain")


def test_an_ing_word_before_a_noun_leaves_the_noun_as_the_event() -> None:
    assert events("There would be no rolling blackouts this winter") == {"blackout": -1}
    assert events("Rolling blackouts would begin in February") == {"blackout": 1}


def test_an_onset_verb_with_a_verb_of_its_own_is_not_light() -> None:
    assert events("The bakery will start hiring in May") == {"hir": 1}


# -- polarity from a preposition, and levels -----------------------------------------------------


def test_voting_against_is_a_no() -> None:
    assert events("I will vote against the levy") == {"vot": -1}
    assert events("I will vote for the levy") == {"vot": 1}


def test_above_and_below_a_level_are_opposites_only_after_be() -> None:
    assert events("The lake is above the flood mark")["above"] == 1
    assert events("The lake is below the flood mark")["above"] == -1
    assert "above" not in events("the office above the bakery will reopen")


# -- what a clause does not assert ---------------------------------------------------------------


def test_the_verb_of_a_restrictive_relative_is_not_asserted() -> None:
    assert "driv" not in events("The new rules protect the people who are already driving")
    # after a comma the clause adds a fact of its own
    assert events("Ms. Ng, who had denied the claim, will resign")["deny"] == 1


def test_a_nominal_event_acting_on_an_object_is_not_asserted() -> None:
    assert events("the cut would cost 600 jobs") == {"cost": 1}
    assert "jobcut" not in events("A 20 percent cut will not bring this stock back")
    assert "jobcut" not in events("the cut fell far short")
    assert events("there would be no cut") == {"jobcut": -1}


def test_back_as_a_particle_is_not_support() -> None:
    assert "support" not in events("the plan will not bring the herring back")
    assert events("the mayor backs the plan")["support"] == 1


def test_a_claim_as_an_object_reports_nothing() -> None:
    clause = parse_claim("the ministry will consider the trust's repatriation claim").clauses[0]
    assert clause.modality == "certain"
    reported = parse_claim("the ministry claims the statue will return").clauses[0]
    assert reported.modality == "reported"


def test_an_amount_in_words_is_not_the_theme() -> None:
    assert theme_of("at least two of the liver injuries were caused by the drug", "caused") == {
        "liver",
        "injury",
    }


# -- times: so far, halts, bounded forecasts -----------------------------------------------------


def test_a_promise_does_not_contradict_none_so_far() -> None:
    a = item("a", "the county will pay compensation to every grower", "Lena Fairbrook",
             "2026-05-04")  # fmt: skip
    b = item("b", "no compensation has been offered to growers so far", "Ruth Okafor",
             "2026-05-04")  # fmt: skip
    assert kinds(a, b) == []


def test_a_halt_does_not_contradict_what_was_done_before_it() -> None:
    a = item("a", "the agency ordered Pellora to stop enrolling new patients", "Mira Oduya",
             "2026-09-09")  # fmt: skip
    b = item("b", "the study has enrolled 1,200 patients at 40 clinics", "Aldo Brenner",
             "2026-09-09")  # fmt: skip
    assert kinds(a, b) == []


def test_a_forecast_bounded_by_until_is_not_reversed_by_its_end() -> None:
    a = item("a", "the Kestrel Road shelter would stay open until every family can go home",
             "Cora Vance", "2026-07-22")  # fmt: skip
    b = item("b", "the Kestrel Road shelter closed on Monday after the last families went home",
             "Cora Vance", "2026-08-05", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_an_unbounded_forecast_is_still_reversed() -> None:
    a = item("a", "the Kestrel Road shelter will stay open", "Cora Vance", "2026-07-22")
    b = item("b", "the Kestrel Road shelter will close on Monday", "Cora Vance", "2026-08-05",
             article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


# -- causes, payments, undoing prefixes, inserted attributions -----------------------------------


def test_a_denied_cause_and_a_later_found_cause_are_one_occasion() -> None:
    a = item("a", "none of the kidney injuries was caused by the tablet", "Noor Kessel",
             "2026-09-09")  # fmt: skip
    b = item("b", "two of the kidney injuries were caused by the tablet", "Noor Kessel",
             "2026-10-19", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_denied_achievement_and_a_later_one_are_two_days() -> None:
    # "no agreement was reached", weeks later "an agreement was reached": it came in between
    a = item("a", "no agreement was reached with the ferry crews", "Noor Kessel", "2026-09-09")
    b = item("b", "an agreement was reached with the ferry crews", "Noor Kessel", "2026-10-19",
             article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_payment_and_paid_name_one_event() -> None:
    assert events("the museum has received no payment from the gallery") == {
        "receiv": -1,  # nothing was received, as in "received no payment"
        "pay": -1,
    }
    assert events("the gallery had already paid the deposit") == {"pay": 1}


def test_a_de_prefix_undoes_the_verb() -> None:
    assert events("the line had been de-energized at noon") == {"energiz": -1}
    assert events("the line was still energized at noon") == {"energiz": 1}


def test_an_inserted_attribution_does_not_split_the_clause() -> None:
    clauses = parse_claim("Closing it, he said, would add a 20-minute detour").clauses
    assert [c.text for c in clauses] == ["Closing it would add a 20-minute detour"]
    assert "open" not in events("Closing it, he said, would add a 20-minute detour")
    # a clause of its own after the attribution stays apart
    parts = parse_claim("The mill will close, Castell said, and 140 jobs will go").clauses
    assert [c.text for c in parts] == ["The mill will close", "and 140 jobs will go"]


def test_a_gerund_subject_acting_on_an_object_is_not_asserted() -> None:
    assert "open" not in events("Closing the depot would cost 300 jobs")
    assert events("Closing the depot is not an option") == {"open": 1}


# -- figures: an amount with cents is no count; the noun a figure measures -----------------------


def _figures(text: str) -> list[tuple[str, str, float]]:
    return [(f.word, f.unit, f.low) for c in parse_claim(text).clauses for f in figures_of(c)]


def test_an_amount_with_cents_is_not_a_count_of_the_noun_after_for() -> None:
    assert _figures("the average hourly rate for store staff was 13.10") == [
        ("rate", "amount", 13.1)
    ]
    assert _figures("the chain has 19,000 store staff") == [("staff", "", 19000.0)]
    # "of" keeps the noun after it: the number of deaths counts deaths
    assert _figures("the number of deaths was 40")[0][0] != "number"


def test_the_noun_before_for_is_what_the_figure_measures() -> None:
    # a noun of price gives the sum as a cost does, its currency kept apart (:mod:`.cost_nouns`)
    assert _figures("the fee for each driver was $40") == [("fee", "¤", 40.0)]


def test_a_verbless_time_tail_belongs_to_the_clause_before_it() -> None:
    (clause,) = parse_claim("The depot will not close, not this year", said="2026-03-01").clauses
    assert clause.times == {(2026, m) for m in range(1, 13)}
    assert events("The depot will not close, not this year") == {"open": 1}
    # a tail with a verb of its own stays a clause
    assert len(parse_claim("The depot will close, and 40 jobs will go").clauses) == 2


# -- the review of the round: shapes the first version misread ----------------------------------


def test_a_restrictive_relative_leaves_the_main_clause_its_event() -> None:
    assert events("Residents who live near the river will be evacuated") == {"evacu": 1}
    assert events("People who work at the plant will not lose their jobs") == {"jobcut": -1}
    # its negator is not the main clause's
    assert events("Anyone who can't work the lower bench will be moved") == {"mov": 1}
    # a cleft is no relative: its verb is the claim
    assert events("It was Vell who ordered the closure of the bridge") == {
        "instruct": 1,
        "open": -1,
    }


def test_a_participle_before_a_time_is_no_plain_past_verb() -> None:
    assert "hir" not in events("Staff hired this year will not receive the bonus")
    assert events("Two hundred more workers will lose their jobs") == {"jobcut": 1}


def test_a_verb_under_a_denial_is_not_asserted() -> None:
    assert events("The company denied it paid the fine") == {}


def test_voting_against_with_a_score_or_an_adverb() -> None:
    assert events("The council voted 7-2 against the tower") == {"vot": -1}
    assert events("Vell voted against the budget") == {"vot": -1}
    assert events("Vell voted overwhelmingly for the budget") == {"vot": 1}


def test_an_onset_verb_with_an_object_names_no_event_in_its_subject() -> None:
    assert events("The city will begin repairs on Monday") == {}
    assert events("The strike will begin on Monday") == {"strik": 1}


def test_an_ing_modifier_of_a_concept_is_no_event() -> None:
    assert events("the library returned to its normal weekday closing time") == {}
    assert events("we will keep closing branches") == {"open": -1}


def test_a_duration_verb_keeps_its_subject_asserted() -> None:
    assert events("The closure will last the whole summer")["open"] == -1
    assert "open" not in events("Closing the school would save money")


def test_so_far_excuses_only_a_promise_against_none_yet() -> None:
    # "will not cut", then "has cut 200 so far": a U-turn, not a promise still to be kept
    a = item("a", "The company will not cut any jobs at the Pell depot this year", "Ada Brant",
             "2026-02-02")  # fmt: skip
    b = item("b", "The company has cut 200 jobs at the Pell depot so far", "Ada Brant",
             "2026-03-20", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_halt_later_broken_is_still_a_reversal() -> None:
    a = item("a", "Vintor will stop selling the syrup in Dorrow", "Ada Brant", "2026-03-02")
    b = item("b", "Vintor has sold the syrup in Dorrow since the order", "Ada Brant",
             "2026-03-14", article="a2")  # fmt: skip
    assert kinds(a, b) == [("reversal", "a", "b")]


def test_a_halt_until_a_review_is_not_contradicted_by_resuming() -> None:
    a = item("a", "the agency ordered the quarry to stop pumping until the review ends",
             "Mira Oduya", "2026-05-02")  # fmt: skip
    b = item("b", "crews will be pumping water out of the pit for two weeks", "Tom Reyes",
             "2026-05-24", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_an_attribution_with_a_description_is_inserted_too() -> None:
    clauses = parse_claim("Closing it, the mayor said, would add a detour").clauses
    assert [c.text for c in clauses] == ["Closing it would add a detour"]
    # two clauses with verbs of their own stay apart
    parts = parse_claim("The mill will close, she said, the workers will be moved").clauses
    assert len(parts) == 2


def test_a_rebuttal_word_used_as_a_noun_is_no_cue() -> None:
    from onrecord.matters import lexicon as lx
    from onrecord.matters.rebuttal_cues import negated_cue

    text = "the dispute over the pool is why the council scheduled a hearing"
    m = lx.REBUTTAL.search(text)
    assert m is not None and negated_cue(m, text)
    verb = "Menon disputed the council's claim that the pool is safe"
    m2 = lx.REBUTTAL.search(verb)
    assert m2 is not None and not negated_cue(m2, verb)


# -- the second hunt: objects, own acts, causes ---------------------------------------------------


def test_an_indefinite_amount_object_of_a_verb_is_not_asserted() -> None:
    assert "rise" not in events("We have offered a 3 percent raise")
    assert "rise" not in events("students still opposed any increase")
    assert "rise" not in events("the union had asked for a 9 percent raise")
    # a negated object keeps its negator: "no payment" answers "was it paid?"
    assert events("the museum has received no payment")["pay"] == -1


def test_two_speakers_each_telling_their_own_act_do_not_contradict() -> None:
    a = item("a", "I will vote for the quarry permit", "Peter Holm", "2026-05-12")
    b = item("b", "I will vote against the quarry permit", "Dana Whitby", "2026-05-12")
    assert kinds(a, b) == []
    # the same speaker changing their own vote is still a reversal
    c = item("c", "I will vote against the quarry permit", "Peter Holm", "2026-06-20",
             article="a2")  # fmt: skip
    assert kinds(a, c) == [("reversal", "a", "c")]


def test_a_denied_source_and_a_later_found_one_are_one_occasion() -> None:
    a = item("a", "the contamination did not come from the creamery's pasteurizer",
             "Marcus Dell", "2026-07-14")  # fmt: skip
    b = item("b", "the contamination came from the creamery's pasteurizer", "Owen Strand",
             "2026-08-04", article="a2")  # fmt: skip
    assert kinds(a, b) == [("contradiction", "a", "b")]


def test_a_season_after_next_is_a_time_and_tuition_no_event() -> None:
    assert events("Tuition will not rise 6 percent next fall") == {"rise": -1}


# -- the review of the second hunt ------------------------------------------------------------


def test_an_amount_granted_or_enacted_stays_asserted() -> None:
    assert events("workers received a 4 percent raise")["rise"] == 1
    assert events("the board adopted a 3 percent raise")["rise"] == 1
    assert events("the council did not approve any increase")["rise"] == -1


def test_own_acts_are_future_and_their_we_is_no_shared_body() -> None:
    # a past fact told by two members of one body is one body's answer, both ways
    a = item("a", "we did not approve the paving contract", "Ana Ruiz", "2026-05-12",
             roles=("council member",))  # fmt: skip
    b = item("b", "we approved the paving contract", "Tom Reyes", "2026-05-12",
             roles=("council member",))  # fmt: skip
    assert len(kinds(a, b)) == 1
    # reported "she" is the speaker's own act only when the speaker's name says "she"
    c = item("c", "she would resign before the election", "John Smith", "2026-05-12")
    d = item("d", "I will not resign before the election", "Mary Lee", "2026-05-12")
    assert len(kinds(c, d)) == 1


def test_a_cause_in_another_clause_does_not_make_one_occasion() -> None:
    a = item("a", "the city has not hired a new fire chief", "Ana Ruiz", "2026-05-01")
    b = item("b", "the city hired a new fire chief who came from Denver", "Tom Reyes",
             "2026-05-25", article="a2")  # fmt: skip
    assert kinds(a, b) == []


# -- fresh6 / fresh7 study round ---------------------------------------------------------------


def test_a_possessive_is_no_auxiliary() -> None:
    from onrecord.matters.themes import theme_of as theme

    assert theme("cut the district's aid by another $3.1 million", "cut") == {"district", "aid"}
    assert events("it's closing in May") == {"open": -1}


def test_an_event_after_of_is_a_complement() -> None:
    assert "jobcut" not in events("she would present a detailed plan of cuts on May 5")


def test_a_wish_is_not_a_claim() -> None:
    (clause,) = parse_claim("Nobody wants to leave the old ground").clauses
    assert clause.modality == "hedged"
