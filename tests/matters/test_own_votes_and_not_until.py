"""Shapes that must not read as contradictions (colleagues each telling their own vote, "not
until", "even if", being against an act, a season), each with the real disagreement of the
same shape that must still be found."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import item, kinds


def _modality(text: str) -> str:
    return parse_claim(text).clauses[0].modality


# -- two voters ----------------------------------------------------------------------------------


def test_two_councillors_each_telling_their_own_vote_are_two_voters() -> None:
    """Colleagues on one council cast two votes: "I will" and "I will not" disagree on
    nothing, whether each says "I" or is reported as "she"/"he"."""
    a = item("a", "she will vote for the library levy", "Wren Castellane", "2026-04-07",
             roles=("councillor",))  # fmt: skip
    b = item("b", "I will not vote for the library levy", "Odo Brackett", "2026-04-07",
             roles=("councillor",))  # fmt: skip
    assert kinds(a, b) == []


def test_colleagues_who_both_say_we_still_disagree() -> None:
    a = item("a", "we will close the Tarn depot in June", "Ana Ruiz", "2026-04-07",
             roles=("council member",))  # fmt: skip
    b = item("b", "we will not close the Tarn depot in June", "Tom Reyes", "2026-04-07",
             roles=("council member",))  # fmt: skip
    assert len(kinds(a, b)) == 1


def test_reported_he_of_a_man_named_so_is_still_another_voter() -> None:
    # the speaker's name says "she": "he" is someone else, so the act is not hers
    c = item("c", "he would resign before the election", "Mary Lee", "2026-05-12")
    d = item("d", "I will resign before the election", "Mary Lee", "2026-05-12")
    e = item("e", "I will not resign before the election", "Hal Pryce", "2026-05-12")
    assert len(kinds(c, e)) == 1
    assert len(kinds(d, e)) == 0  # each their own resignation


# -- not ... until -------------------------------------------------------------------------------


def test_not_until_an_event_says_when_not_whether() -> None:
    assert _modality("we will not be paid in full until the job is done") == "conditional"
    assert _modality("the plant will not close until a buyer is found") == "conditional"
    a = item("a", "the county will pay Stonebank Builders $2 million for the bridge",
             "Ellen Shaw", "2026-04-11")  # fmt: skip
    b = item("b", "we will not be paid until the bridge is finished", "Victor Lamb",
             "2026-04-11")  # fmt: skip
    assert kinds(a, b) == []


def test_not_until_a_time_still_denies_it_before_then() -> None:
    for text in ("the bridge will not reopen until 2027",
                 "the bridge will not reopen until March",
                 "the bridge will not reopen until the end of next year",
                 "the bridge will not reopen until Monday",
                 "the bridge will not reopen until next spring"):  # fmt: skip
        assert _modality(text) == "certain", text


def test_until_in_a_clause_without_the_denial_is_no_condition() -> None:
    text = "the bridge is not safe today, and it will stay closed until it is replaced"
    assert _modality(text) == "certain"


# -- even if -------------------------------------------------------------------------------------


def test_even_if_concedes_and_the_claim_stands() -> None:
    assert _modality("Brennick met its obligations, even if the result was poor") == "certain"
    assert _modality("Brennick met its obligations if the audit is right") == "conditional"
    a = item("a", "Brennick did not meet its obligations under the contract", "Ida Marsh",
             "2026-03-02")  # fmt: skip
    b = item("b", "Brennick met its obligations under the contract, even if the result was "
             "poor", "Olaf Castell", "2026-03-02")  # fmt: skip
    assert len(kinds(a, b)) == 1


# -- being against -------------------------------------------------------------------------------


def test_being_against_doing_it_is_a_view_not_a_fact() -> None:
    a = item("a", "the town will not pay for the arena roof this year", "Grace Iqbal",
             "2026-04-12")  # fmt: skip
    b = item("b", "I am against paying for the arena roof this year", "Ben Watts",
             "2026-04-12")  # fmt: skip
    assert kinds(a, b) == []


def test_a_vote_against_is_still_a_fact() -> None:
    a = item("a", "the council voted against raising the levy", "Ida Marsh", "2026-03-02")
    b = item("b", "the council voted for raising the levy", "Olaf Castell", "2026-03-02")
    assert len(kinds(a, b)) == 1


# -- times are no theme --------------------------------------------------------------------------


def test_a_season_is_when_not_what() -> None:
    from onrecord.matters.themes import theme_of

    theme = theme_of("the district will not hire substitute teachers this spring", "hire")
    assert theme == theme_of("the district will not hire substitute teachers", "hire")
    assert not theme & {"spr", "spring"}
