"""A rebuttal sentence whose one statement extraction gives to no one ("Pryor hit back at the
suggestion that the lane had always flooded.", the claim as its content and no speaker) is
read like a sentence with no statement: the rebutter's words are the quote right after it,
by the speaker named before the cue (:func:`onrecord.matters.rebuttal_replies.reply_after`).
The story is invented: a flooded lane at Sedgecombe."""

from __future__ import annotations

from dataclasses import replace

from onrecord.matters.claims import Item
from onrecord.matters.rebuttals import find_rebuttals
from onrecord.models import Speaker

from .builders import placed

_CLAIM = "Mill Lane at Sedgecombe had flooded every winter for years"
_SAID = f"Carys Venn, the parish clerk, said {_CLAIM}."
_REBUTTAL = "Owen Pryor hit back at the suggestion that the lane had always flooded."
_REPLY = "Mill Lane never flooded once before the new drain was dug"


def _article(*said: tuple[str, str | None, str, str, str | None]) -> list[Item]:
    """One article, each sentence after the one before; a speaker None: no one's words."""
    out, at = [], 0
    for key, speaker, sentence, content, cue in said:
        st = placed(key, speaker or "?", sentence, content, cue, at)
        if speaker is None:
            st = replace(st, speaker=Speaker(None, "unknown"))
        out.append(Item.of(st, article="a1"))
        at += len(sentence) + 2
    return out


def _links(items: list[Item]) -> list[tuple[str, str]]:
    return sorted((c.a.statement, c.b.statement) for c in find_rebuttals(items, []))


def test_the_quote_after_an_unattributed_rebuttal_sentence_rebuts_the_claim() -> None:
    items = _article(
        ("o", "Carys Venn", _SAID, _CLAIM, "said"),
        ("u", None, _REBUTTAL, "the lane had always flooded", None),
        ("q", "Owen Pryor", f'"{_REPLY}," he said.', _REPLY, "said"),
    )
    assert _links(items) == [("q", "o")]


def test_a_quote_by_the_claims_owner_after_it_is_no_rebuttal() -> None:
    """The words after the sentence are the clerk's own: she answers, she does not rebut."""
    items = _article(
        ("o", "Carys Venn", _SAID, _CLAIM, "said"),
        ("u", None, _REBUTTAL, "the lane had always flooded", None),
        ("q", "Carys Venn", f'"{_CLAIM}," she said.', _CLAIM, "said"),
    )
    assert _links(items) == []


def test_an_unattributed_sentence_with_no_rebuttal_cue_links_nothing() -> None:
    """ "The lane had always flooded, according to the parish records." names no rebuttal."""
    records = "The lane had always flooded, according to the parish records."
    items = _article(
        ("o", "Carys Venn", _SAID, _CLAIM, "said"),
        ("u", None, records, "The lane had always flooded", None),
        ("q", "Owen Pryor", f'"{_REPLY}," he said.', _REPLY, "said"),
    )
    assert _links(items) == []


def test_he_is_not_a_speaker_the_next_quote_brings_in() -> None:
    """ "He hit back at ..." then '"...," said Mo Reyes, a neighbour.': Reyes is named there
    for the first time, so he is not the "he" who hit back; a quote that goes on with "he
    said" is the rebutter's."""
    he = "He hit back at the suggestion that the lane had always flooded."
    neighbour = "We pumped water out of Mill Lane twice last winter"
    items = _article(
        ("o", "Carys Venn", _SAID, _CLAIM, "said"),
        ("u", None, he, "the lane had always flooded", None),
        ("q", "Mo Reyes", f'"{neighbour}," said Mo Reyes, a neighbour.', neighbour, "said"),
    )
    assert _links(items) == []
    items = _article(
        ("o", "Carys Venn", _SAID, _CLAIM, "said"),
        ("u", None, he, "the lane had always flooded", None),
        ("q", "Owen Pryor", f'"{_REPLY}," he said.', _REPLY, "said"),
    )
    assert _links(items) == [("q", "o")]


def test_a_rebuttal_that_may_yet_come_links_nothing() -> None:
    """ "may yet hit back at ...": a rebuttal not made."""
    hedged = "Owen Pryor may yet hit back at the suggestion that the lane had always flooded."
    items = _article(
        ("o", "Carys Venn", _SAID, _CLAIM, "said"),
        ("u", None, hedged, "the lane had always flooded", None),
        ("q", "Owen Pryor", f'"{_REPLY}," he said.', _REPLY, "said"),
    )
    assert _links(items) == []
