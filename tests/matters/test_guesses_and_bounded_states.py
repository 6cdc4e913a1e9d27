"""Precision rules: a guess is no commitment, a state kept until a bound leaves what comes
after it open, a rebuttal names whose words it answers, and a few shapes that name no event
of their own.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import analyze_items, parse_claim
from onrecord.matters.claims import Item

from .builders import events, item, kinds

# -- a guess is no commitment ----------------------------------------------------------------


def _modalities(text: str) -> list[str]:
    return [c.modality for c in parse_claim(text).clauses if c.events]


def test_a_guess_verb_hedges_its_clause() -> None:
    assert _modalities("I expect the levy to pass") == ["hedged"]
    assert _modalities("the club expected the board to approve the loan this month") == ["hedged"]
    assert _modalities("we don't think the depot will close") == ["hedged"]


def test_a_plan_still_commits_and_an_adverbial_expected_is_no_guess() -> None:
    assert _modalities("we plan to close the depot in May") == ["belief"]
    assert "hedged" not in _modalities("fares rose faster than expected")
    assert "hedged" not in _modalities("fares rose, as expected")


def test_a_guess_against_a_firm_answer_is_no_contradiction() -> None:
    a = item("a", "I expect the Orchard Row levy to pass", "Tomas Reddick", "2026-05-04")
    b = item("b", "the Orchard Row levy will not pass", "Selma Quint", "2026-05-04")
    assert kinds(a, b) == []
    c = item("c", "the Orchard Row levy will pass", "Tomas Reddick", "2026-05-04")
    assert [k for k, _, _ in kinds(c, b)] == ["contradiction"]


def test_a_guess_at_ones_own_act_tells_an_intention() -> None:
    assert _modalities("I think we'll sign the lease this week") != ["hedged"]
    assert _modalities("we expect to reopen the pool in June") == ["belief"]
    assert _modalities("I don't expect we'll still be open in January") == ["hedged"]
    assert _modalities("we expect the crates to be packed in June") == ["hedged"]


# -- a state kept until a bound ----------------------------------------------------------------


def test_kept_open_until_a_bound_and_a_closing_with_no_time_both_hold() -> None:
    a = item("a", "the Brenwick pool will stay open until the end of the year", "Ada Mercer",
             "2026-05-11")  # fmt: skip
    b = item("b", "the trust would close the Brenwick pool", "Colm Arbery", "2026-05-13")
    assert kinds(a, b) == []


def test_kept_closed_through_this_week_and_a_reopening_next_month_both_hold() -> None:
    a = item("a", "the Hollin Gorge trail will stay closed at least through this week",
             "Ada Mercer", "2026-07-08")  # fmt: skip
    b = item("b", "the Hollin Gorge trail will reopen on August 20", "Ada Mercer", "2026-08-12",
             article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_a_change_within_the_bound_still_disagrees() -> None:
    a = item("a", "the Brenwick depot will stay closed through September", "Ada Mercer",
             "2026-08-11")  # fmt: skip
    b = item("b", "the Brenwick depot would reopen on September 8", "Colm Arbery", "2026-08-11")
    assert [k for k, _, _ in kinds(a, b)] == ["contradiction"]


def test_a_state_denied_or_kept_against_a_state_kept_still_disagrees() -> None:
    a = item("a", "the Brenwick pool will stay open until the end of the year", "Ada Mercer",
             "2026-05-11")  # fmt: skip
    b = item("b", "the Brenwick pool will not stay open", "Colm Arbery", "2026-05-11")
    assert [k for k, _, _ in kinds(a, b)] == ["contradiction"]
    c = item("c", "the Brenwick pool will remain closed", "Colm Arbery", "2026-05-11")
    assert [k for k, _, _ in kinds(a, c)] == ["contradiction"]


# -- whom a rebuttal names -----------------------------------------------------------------------


def _rebuttals(*items: Item) -> list[tuple[str, str]]:
    return [(c.a.statement, c.b.statement) for c in analyze_items(list(items))[1]
            if c.kind == "rebuttal"]  # fmt: skip


def test_a_thing_challenged_names_no_one_whose_words_are_rebutted() -> None:
    sent = "Rhys Tolland said the guild would challenge the rule before the state housing board."
    a = item("a", "the guild would challenge the rule before the state housing board",
             "Rhys Tolland", "2026-06-30", sentence=sent, cue="said")  # fmt: skip
    b = item("b", "the Marsh Lane depot will remain closed until the state board inspects it",
             "Wanda Pike", "2026-08-11", article="a2",
             roles=("state board inspector",))  # fmt: skip
    assert _rebuttals(a, b) == []
    sent2 = "Tolland said the court challenge could halt the Marsh Lane project for a year."
    c = item("c", "the court challenge could halt the Marsh Lane project for a year",
             "Rhys Tolland", "2026-06-30", sentence=sent2, cue="said")  # fmt: skip
    d = item("d", "we will start work on the Marsh Lane project in March", "Wanda Pike",
             "2026-06-30", roles=("project director",))  # fmt: skip
    assert _rebuttals(c, d) == []


def test_a_possessive_target_names_the_speaker_most_of_its_words_name() -> None:
    sent = ("Ola Brandt disputed the harbour master's finding that the pier was unsafe, saying "
            "the pier had passed every test.")  # fmt: skip
    master = item("m", "the pier was unsafe for lorries", "Pell Orrin", "2026-09-01",
                  roles=("harbour master",))  # fmt: skip
    engineer = item("e", "the pier was unsafe to dredge", "Nia Vell", "2026-09-01",
                    roles=("harbour engineer",))  # fmt: skip
    reply = item("r", "the pier had passed every test", "Ola Brandt", "2026-09-01",
                 sentence=sent, cue="saying")  # fmt: skip
    assert _rebuttals(master, engineer, reply) == [("r", "m")]


# -- shapes that name no event of their own --------------------------------------------------


def test_a_second_increase_is_not_the_increase_in_question() -> None:
    assert "rise" not in events("There will be no second fare increase this year")
    assert "rise" not in events("the board ruled out a third increase")
    assert events("There will be no fare increase this year").get("rise") == -1
    assert events("fares rose for the second time this year").get("rise") == 1


def test_an_event_classed_by_a_denied_predicate_is_not_denied() -> None:
    assert "rise" not in events("A 20 percent fare increase in one week is not a fair practice")
    assert events("the closure of the Wexford depot was not a surprise") == {}
    assert events("A fare increase is not an option").get("rise") == -1
    assert events("A fare increase is not going to happen").get("rise") == -1


def test_a_vote_held_on_a_thing_is_not_a_vote_for_it() -> None:
    assert events("the council will vote on the Quarry Lane plan on June 24") == {"vot-held": 1}
    assert events("the board will not vote on the expansion until the tests are in") == {
        "vot-held": -1
    }
    assert events("I will vote against the Quarry Lane plan") == {"vot": -1}
    assert events("the council will vote on Tuesday") == {"vot": 1}  # a day, not a thing
    assert "vot" in events("she has not said how she will vote on the Quarry Lane plan")
    a = item("a", "I will vote against the Quarry Lane plan on the 28th", "Ida Fenn", "2026-06-10")
    b = item("b", "the council will vote on the Quarry Lane plan on June 24", "Ole Brask",
             "2026-06-03", article="a2")  # fmt: skip
    assert kinds(a, b) == []


def test_either_way_names_neither_answer() -> None:
    assert "strik" not in events("the ferries will sail, strike or no strike")
    assert "strik" not in events("the ferries will sail with or without a strike")
    assert events("the ferries will sail, strike or no strike").get("sail") == 1
    assert events("there will be no strike on the ferries") == {"strik": -1}


def test_an_event_noun_under_a_limit_is_not_said_to_come() -> None:
    assert "rise" not in events("she will back a bill capping annual rent increases at 5 percent")
    assert events("a law banning branch closures passed in May").get("open") is None
    assert events("rents will increase in May") == {"rise": 1}
    assert events("the board approved rent increases of 5 percent").get("rise") == 1


def test_a_denied_purpose_does_not_deny_the_act() -> None:
    assert "switch" not in events("Wardens do not switch their radios off to hide anything")
    assert events("wardens had switched off their radios during the search").get("switch") == 1
    assert events("we will not close the ferry route").get("open") == 1
    assert events("we will not close the ferry route to save money").get("open") == 1
    a = item("a", "wardens had switched off their radios during the May 9 search", "Eda Lorne",
             "2026-06-02")  # fmt: skip
    b = item("b", "Wardens do not switch their radios off to hide anything", "Piet Garrow",
             "2026-06-02")  # fmt: skip
    assert kinds(a, b) == []
