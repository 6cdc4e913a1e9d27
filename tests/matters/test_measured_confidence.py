"""Confidence weights set by the precision measured on the study sets
(:mod:`onrecord.matters.confidence`): a contradiction whose two statements share no word
besides the event and a bridge ("X disputed that.") between two voices of one body are less
sure than they were; a reversal sharing no
word, a contradiction with rebuttal language and a verdict on a matter keep their weights.

Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters import Contradiction, analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.confidence import confidence_of
from onrecord.matters.contradictions import Evidence, contradiction_id

from .builders import item

_NO_WORD = "no word shared besides the event"
_ONE_BODY = "both speakers' roles name one body"


def _one(*items: Item) -> Contradiction:
    (c,) = analyze_items(list(items))[1]
    return c


def test_a_contradiction_sharing_only_the_event_is_a_coin_toss_at_most() -> None:
    c = _one(
        item("a", "the ward would close", "Orla Penhallow", "2025-03-02"),
        item("b", "Nothing at Keswold is going to close while I am in charge of the budget",
             "Bastian Rook", "2025-03-02"),
    )  # fmt: skip
    assert c.kind == "contradiction"
    assert dict(c.factors)[_NO_WORD] == -0.25
    assert c.confidence <= 0.45


def test_a_reversal_sharing_only_the_event_keeps_its_weight() -> None:
    # one speaker's own act told again in new words is most often a reversal
    said = item("a", "the ward would close", "Orla Penhallow", "2025-03-02")
    text = "Nothing at Keswold is going to close while I am in charge of the budget"
    (matter,), _ = analyze_items([said, item("b", text, "Bastian Rook", "2025-03-02")])
    later = item("b", text, "Orla Penhallow", "2025-04-20", article="a2")
    c = Contradiction(contradiction_id("reversal", "a", "b"), "reversal", Evidence.of(said),
                      Evidence.of(later), 0.0, matter.id)  # fmt: skip
    assert dict(confidence_of(c, said, later, matter)[1])[_NO_WORD] == -0.15
    as_two = replace(c, kind="contradiction")
    assert dict(confidence_of(as_two, said, later, matter)[1])[_NO_WORD] == -0.25


def _body_pair() -> tuple[Item, Item]:
    a = item("a", "the Tanfield clinic will stay open through the winter", "Orla Penhallow",
             "2025-03-02", roles=("the authority's regional director",))  # fmt: skip
    b = item("b", "the Tanfield clinic will shut in December", "Bastian Rook", "2025-03-02",
             roles=("spokesman for the authority",))  # fmt: skip
    return a, b


def _answered(a: Item, b: Item, cue: str) -> Contradiction:
    return Contradiction(contradiction_id("contradiction", "b", "a"), "contradiction",
                         Evidence.of(b), Evidence.of(a), 0.0, None, cue)  # fmt: skip


def test_a_bridge_between_two_voices_of_one_body_falls_below_the_sure_view() -> None:
    a, b = _body_pair()
    value, factors = confidence_of(_answered(a, b, "disputed that"), b, a)
    assert dict(factors)[_ONE_BODY] == -0.2
    assert value < 0.7
    # two speakers of two bodies: the bridge stays as sure as before
    plain, _ = confidence_of(_answered(a, b, "disputed that"), replace(b, roles=()), a)
    assert plain >= 0.8


def test_rebuttal_language_between_two_voices_of_one_body_keeps_its_weight() -> None:
    a, b = _body_pair()
    value, factors = confidence_of(_answered(a, b, "disputed Penhallow's claim"), b, a)
    assert dict(factors)[_ONE_BODY] == -0.1
    assert value >= 0.8


def test_a_verdict_on_a_matter_between_two_voices_of_one_body_keeps_its_weight() -> None:
    a = item("a", "the Tanfield clinic will stay open through the winter", "Orla Penhallow",
             "2025-03-02", roles=("the authority's regional director",))  # fmt: skip
    b = item("b", "the Tanfield clinic will not stay open through the winter", "Bastian Rook",
             "2025-03-02", roles=("spokesman for the authority",))  # fmt: skip
    matters, (found,) = analyze_items([a, b])
    c = replace(found, cue="denied it")  # "Rook denied it.": a verdict, its pair on a matter
    _, factors = confidence_of(c, a, b, matters[0])
    assert c.matter == matters[0].id
    assert dict(factors)[_ONE_BODY] == -0.1
