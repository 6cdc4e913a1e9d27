"""A reporter's lead-in shown by the quote after it when the quote tells its claim in other
words (:func:`onrecord.matters.lead_ins.show_quotes`): the lead-ins "would meet the cost of
repairs" and "would not meet the cost of repairs" disagree, and so do the quotes after them,
"will pay for every repair" and "will not pay for any repair", on an event of their own. A
reader checks the quotes. A quote that answers nothing the other side says leaves the
lead-in. Invented sentences: repairs to the homes on Cobble Street."""

from __future__ import annotations

from onrecord.matters import analyze_items
from onrecord.matters.claims import Item
from onrecord.matters.lead_ins import show_quotes

from .builders import told

_LEAD_YES = "Ormsby said the trust would meet the cost of repairing the homes."
_PAY = '"The trust will pay for every repair on Cobble Street," she said.'
_LEAD_NO = "Tarrant said the trust would not meet the cost of repairing the homes."
_NO_PAY = '"The trust will not pay for any repair on Cobble Street," he said.'
_WROTE = '"I have written to the trust twice since March," he said.'


def _article(second_quote: str, quoted: str) -> list[Item]:
    body = f"{_LEAD_YES} {_PAY} {_LEAD_NO} {second_quote}"

    def said(sid: str, text: str, sentence: str, who: str, *, direct: bool) -> Item:
        return told(sid, body, text, sentence, who, "said", direct=direct, day="2031-03-04")

    return [
        said("s1", "the trust would meet the cost of repairing the homes", _LEAD_YES,
             "Ruth Ormsby", direct=False),
        said("s2", "The trust will pay for every repair on Cobble Street", _PAY, "Ruth Ormsby",
             direct=True),
        said("s3", "the trust would not meet the cost of repairing the homes", _LEAD_NO,
             "Gil Tarrant", direct=False),
        said("s4", quoted, second_quote, "Gil Tarrant", direct=True),
    ]  # fmt: skip


def _shown(second_quote: str, quoted: str) -> set[frozenset[str]]:
    """The pairs shown once the lead-ins' disagreement (found without the quotes) meets the
    quotes after them."""
    items = _article(second_quote, quoted)
    found = analyze_items([items[0], items[2]])[1]
    assert {frozenset((c.a.statement, c.b.statement)) for c in found} == {frozenset(("s1", "s3"))}
    return {frozenset((c.a.statement, c.b.statement)) for c in show_quotes(found, items)}


def test_two_quotes_that_disagree_in_other_words_are_the_evidence() -> None:
    shown = _shown(_NO_PAY, "The trust will not pay for any repair on Cobble Street")
    assert shown == {frozenset(("s2", "s4"))}


def test_a_quote_that_answers_nothing_of_the_other_side_leaves_the_lead_ins() -> None:
    shown = _shown(_WROTE, "I have written to the trust twice since March")
    assert shown == {frozenset(("s1", "s3"))}


_SIGNED = "Ormsby said the trust had signed the contract and would pay for every repair."
_NOT_SIGNED = "Tarrant said the trust had not signed the contract."


def _one_lead_in(quote: str, quoted: str) -> set[frozenset[str]]:
    """Ormsby's words (no quote after them) against Tarrant's lead-in and the quote after
    it."""
    body = f"{_SIGNED} {_NOT_SIGNED} {quote}"

    def said(sid: str, text: str, sentence: str, who: str, *, direct: bool) -> Item:
        return told(sid, body, text, sentence, who, "said", direct=direct, day="2031-03-04")

    items = [
        said("s1", "the trust had signed the contract and would pay for every repair",
             _SIGNED, "Ruth Ormsby", direct=False),
        said("s3", "the trust had not signed the contract", _NOT_SIGNED, "Gil Tarrant",
             direct=False),
        said("s4", quoted, quote, "Gil Tarrant", direct=True),
    ]  # fmt: skip
    found = [c for c in analyze_items(items[:2])[1] if c.kind == "contradiction"]
    assert {frozenset((c.a.statement, c.b.statement)) for c in found} == {frozenset(("s1", "s3"))}
    return {frozenset((c.a.statement, c.b.statement)) for c in show_quotes(found, items)}


def test_a_quote_that_tells_the_lead_in_again_the_other_way_is_the_evidence() -> None:
    """The quote shares "contract" with the lead-in and says "pay" the other way."""
    quoted = "There is no contract, and the trust will not pay for a single repair"
    assert _one_lead_in(f'"{quoted}," he said.', quoted) == {frozenset(("s1", "s4"))}


def test_a_quote_on_another_point_leaves_the_lead_in() -> None:
    """The quote shares no word with the lead-in ("it" for the trust): what follows from the
    claim, not the claim, though it says "pay" the other way."""
    quoted = "Until it does, it will not pay for a single repair"
    assert _one_lead_in(f'"{quoted}," he said.', quoted) == {frozenset(("s1", "s3"))}
