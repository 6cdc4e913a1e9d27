"""A rebuttal's target told first in the reporter's words that give none of the claim's
events ("Venn suggested that the lane had a history of flooding."), then in the speaker's own
("'Mill Lane has flooded every winter,' she said."): the quote, which gives the claim the
rebuttal names, is shown (:func:`onrecord.matters.lead_ins.show_quotes`). The story is
invented: a flooded lane at Sedgecombe."""

from __future__ import annotations

from onrecord.matters.claims import Item
from onrecord.matters.lead_ins import show_quotes
from onrecord.matters.rebuttals import _rebuttal

from .builders import placed

_LEAD = "Carys Venn, the parish clerk, suggested that the lane had a history of flooding."
_CUE = "hit back at the suggestion that the lane had always flooded"
_REBUTS = f"Owen Pryor {_CUE}, saying it had never flooded before the new drain was dug."


def _article(quote: str) -> list[Item]:
    said = [
        ("o", "Carys Venn", _LEAD, "the lane had a history of flooding", "suggested"),
        ("q", "Carys Venn", f'"{quote}," she said.', quote, "said"),
        ("r", "Owen Pryor", _REBUTS, "it had never flooded before the new drain was dug",
         "saying"),
    ]  # fmt: skip
    out, at = [], 0
    for key, speaker, sentence, content, cue in said:
        out.append(Item.of(placed(key, speaker, sentence, content, cue, at), article="a1"))
        at += len(sentence) + 2
    return out


def _shown(items: list[Item]) -> str:
    by = {it.key: it for it in items}
    (c,) = show_quotes([_rebuttal(by["r"], by["o"], _CUE, {})], items)
    return c.b.statement


def test_the_quote_that_gives_the_claim_named_is_shown() -> None:
    assert _shown(_article("Mill Lane has flooded every winter since I was a child")) == "q"


def test_a_quote_that_gives_the_claim_the_other_way_round_is_not_shown() -> None:
    """ "it has never flooded in summer" is no statement of the claim that it always flooded."""
    assert _shown(_article("Mill Lane has never flooded in summer")) == "o"


def test_a_quote_of_another_event_is_not_shown() -> None:
    assert _shown(_article("The council should clear the ditches every autumn")) == "o"


def test_a_quote_of_another_thing_that_floods_is_not_shown() -> None:
    """ "My cellar on Bridge Street has flooded every winter": the event, not the lane."""
    quote = "My cellar on Bridge Street has flooded every winter since I was a child"
    assert _shown(_article(quote)) == "o"


def test_a_quote_that_doubts_the_claim_is_not_shown() -> None:
    """ "I doubt Mill Lane has ever flooded" does not give the claim that it always flooded."""
    assert _shown(_article("I doubt Mill Lane has ever flooded")) == "o"
