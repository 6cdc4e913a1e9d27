"""A rebuttal that names its owner's claim ("rejected Vey's claim that the board had run the
marina down deliberately") answers words its owner stated, not the owner's words on a
condition ("If the board gave us a lease, the club could run the marina itself"), which say
what would follow, not the claim; and a statement of another article answers only when that
article tells the same story (shares a name). Every sentence here is invented: a marina at
Quellby, a bus depot at Harrow."""

from __future__ import annotations

from onrecord.matters import parse_claim
from onrecord.matters.claims import Item
from onrecord.matters.cluster import BM25, context_terms
from onrecord.matters.rebuttal_choice import best_target
from onrecord.matters.rebuttals import find_rebuttals, target_words, words_by_speaker
from onrecord.matters.stories import story_names

from .builders import items_of, placed


def _links(items: list[Item]) -> set[tuple[str, str]]:
    return {(c.a.statement, c.b.statement) for c in find_rebuttals(items, [])}


_ROT = "The board has let the marina rot on purpose"
_LEASE = "If the board gave us a lease, the club could run the marina itself"
_CLAIM = "the board had run the marina down deliberately"
_REJECTED = f"Tobias Lark rejected Vey's claim that {_CLAIM}."


def _marina(later: str = _LEASE) -> list[Item]:
    return items_of(
        ("p", "Rosalind Vey", f'"{_ROT}," Rosalind Vey said.', _ROT, "said"),
        ("r", "Tobias Lark", _REJECTED, _CLAIM, "rejected Vey's claim"),
        ("q", "Rosalind Vey", f'"{later}," Vey said.', later, "said"),
    )


# -- a rebuttal answers words its owner stated, on no condition --------------------------------


def test_the_owners_words_on_a_condition_are_not_the_claim_rejected() -> None:
    """Vey's words after the rebuttal share more of the claim's words (board, run, marina), but
    they say what the club could do if it had a lease: the claim rejected is what she stated
    before it."""
    links = _links(_marina())
    assert ("r", "p") in links
    assert ("r", "q") not in links


def test_the_owners_words_after_the_rebuttal_on_no_condition_can_still_be_its_target() -> None:
    """Without a condition, the owner's later words that restate the claim stay a candidate:
    only words a condition binds are out."""
    later = "The board ran the marina down deliberately, and everyone here knows it"
    assert _links(_marina(later)) & {("r", "p"), ("r", "q")}


def test_a_condition_binds_a_claim_a_hedge_does_not() -> None:
    assert not parse_claim(_ROT).conditional
    assert parse_claim(_LEASE).conditional
    assert not parse_claim("The board wants to sell the marina to a developer").conditional


# -- a target told in another story --------------------------------------------------------------


def _target(place: str) -> int | None:
    """The statement ``best_target`` picks for "the sailors' association's claim that moorings
    had been sold", told at Quellby, among an earlier article's words of an association told at
    ``place``."""
    said = (f"Ferris Kettle, secretary of the sailors' association, said at {place} that the "
            "association had sold the moorings to a developer.")  # fmt: skip
    owner = "the association had sold the moorings to a developer"
    denied = "At Quellby marina, Tobias Lark denied the sailors' association's claim that "
    items = [
        Item.of(placed("k", "Ferris Kettle", said, owner, "said", 0, date="2031-01-10",
                       roles=("secretary of the sailors' association",)), article="a2"),
        Item.of(placed("r", "Tobias Lark", denied + "moorings had been sold.",
                       "moorings had been sold", "denied", 0), article="a1"),
    ]  # fmt: skip
    terms = [context_terms(it) for it in items]
    named = parse_claim("moorings had been sold")
    return best_target(1, items, BM25(terms), terms, words_by_speaker(items),
                       target_words("the sailors' association"), list(named.terms), None, named,
                       story_names(items))  # fmt: skip


def test_a_target_of_the_same_story_in_an_earlier_article_is_found() -> None:
    assert _target("Quellby marina") == 0


def test_a_target_of_another_story_is_not() -> None:
    """Kettle's association, at the Harrow bus depot, shares no name with the story at
    Quellby: its words are not the claim the rebuttal names."""
    assert _target("Harrow bus depot") is None
