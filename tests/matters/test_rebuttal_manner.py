"""A rebuttal cue's object noun that closes a phrase of its manner ("rejected the account in a
brief statement") names no one's words: no owner, no rebuttal read from it
(:func:`onrecord.matters.rebuttal_cues.manner_object`). The story: an invented harbour
ledger at Porthgwidden."""

from __future__ import annotations

import pytest

from onrecord.matters import lexicon as lx
from onrecord.matters.claims import Item
from onrecord.matters.rebuttal_cues import manner_object
from onrecord.matters.rebuttals import find_rebuttals
from onrecord.models import Span, Speaker, Statement, StatementDate


def cue_of(sentence: str) -> bool:
    m = lx.REBUTTAL.search(sentence)
    assert m is not None
    return manner_object(m)


@pytest.mark.parametrize(
    "sentence",
    [
        "Corwen rejected the account in a brief statement outside the harbour office.",
        "Corwen disputed the figures in a letter to the harbour board.",
        "The harbourmaster denied the allegations in a written statement on Friday.",
    ],
)
def test_an_object_that_closes_a_manner_phrase_names_no_owner(sentence: str) -> None:
    assert cue_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Corwen rejected the harbourmaster's statement on Monday.",
        "Corwen disputed the figures in the council's report.",
        "Corwen pushed back on the trust's claim that the ledger was altered.",
    ],
)
def test_an_owner_named_before_the_object_stays(sentence: str) -> None:
    assert not cue_of(sentence)


def item(sid: str, text: str, speaker: str, sentence: str, roles: tuple[str, ...] = ()) -> Item:
    at = sentence.index(text)
    st = Statement(sid, "indirect", None, Span(text, at, at + len(text)),
                   Speaker(speaker, "person", roles),
                   date=StatementDate("2033-05-04", "2033-05-04", "sentence"),
                   sentence=Span(sentence, 0, len(sentence)))  # fmt: skip
    return Item.of(st, article="ledger")


def test_no_rebuttal_is_read_from_a_manner_phrase() -> None:
    told = "Tegen Hale, an account manager at the harbour trust, said the ledger was altered."
    owner = item("h1", "the ledger was altered", "Tegen Hale", told, ("account manager",))
    answer = "Corwen rejected the account in a brief statement, saying the ledger was intact."
    rebutter = item("c1", "the ledger was intact", "Ffion Corwen", answer)
    assert find_rebuttals([owner, rebutter], []) == []
