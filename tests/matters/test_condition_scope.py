"""How far a condition reaches in a statement of several sentences.

A condition inside a sentence binds that sentence ("We will set up on the green if we have
to."), not the sentence before it ("Our growers will not sell at Wickham Yard."); a sentence
that is only a condition ("If the grant comes through.") binds the words before it.

Every sentence here is invented."""

from __future__ import annotations

from onrecord.matters.claims import parse_claim
from onrecord.matters.stance import stance_of

from .builders import item, kinds


def _stance(text: str, key: str) -> tuple[str, float]:
    s = stance_of(parse_claim(text), key)
    return s.label, s.certainty


def test_a_condition_in_the_next_sentence_leaves_the_first_certain() -> None:
    text = "Our growers will not sell at Wickham Yard. We will set up on the green if we have to."
    assert _stance(text, "sell") == ("no", 1.0)


def test_the_conditional_sentence_itself_stays_hedged() -> None:
    text = "Our growers will not sell at Wickham Yard. We will set up on the green if we have to."
    assert _stance(text, "set")[0] != "yes"


def test_a_sentence_that_is_only_a_condition_binds_the_one_before() -> None:
    text = "The Marlow Street baths will reopen in May. If the grant comes through."
    assert _stance(text, "open") == ("hedged", 0.3)
    text = "The Marlow Street baths will reopen in May. That is, unless the trust objects."
    assert _stance(text, "open") == ("hedged", 0.3)


def test_a_condition_in_the_same_sentence_hedges_it() -> None:
    text = "The Marlow Street baths will reopen in May, if the grant comes through."
    assert _stance(text, "open") == ("hedged", 0.3)
    text = "If the grant falls through, the Marlow Street baths will close."
    assert _stance(text, "open") == ("hedged", 0.3)


def test_a_condition_with_an_aside_after_a_comma_is_still_only_a_condition() -> None:
    for tail in (
        "If the grant comes through, that is.",
        "Only if the grant comes through, mind.",
        "Provided, of course, the grant comes through.",
        "As long as the money is there, of course.",
    ):
        text = f"The Fenwick Lane baths will reopen in May. {tail}"
        assert _stance(text, "open") == ("hedged", 0.3), tail


def test_a_condition_with_its_own_main_clause_after_a_comma_binds_its_sentence_only() -> None:
    text = "Our growers will not sell at Wickham Yard. If we have to, we will set up on the green."
    assert _stance(text, "sell") == ("no", 1.0)


def test_a_denial_bound_by_a_condition_with_an_aside_is_no_reversal() -> None:
    who = "Ysolde Carrack"
    old = item("1", "The Ashby lido will reopen in June.", who, "2031-02-04", article="a1")
    text = "The Ashby lido will not reopen in June. If the steel is late, that is."
    assert kinds(old, item("2", text, who, "2031-03-11", article="a2")) == []
    plain = "The Ashby lido will not reopen in June."
    assert kinds(old, item("2", plain, who, "2031-03-11", article="a2")) == [("reversal", "1", "2")]
