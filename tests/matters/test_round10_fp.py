"""Precision rules: a guess is no commitment, a state kept until a bound leaves what comes
after it open, a rebuttal names whose words it answers, and a few shapes that name no event
of their own.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters import parse_claim

from .builders import item, kinds

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
