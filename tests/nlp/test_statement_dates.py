"""Statement dates: which time expression governs a cue, on hand-built parses (no model)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from onrecord.models import TimeExpression
from onrecord.nlp.attribution import Attribution
from onrecord.nlp.statement_dates import _governs


def make_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def _time(doc: Doc, i: int) -> TimeExpression:
    tok = doc[i]
    return TimeExpression(tok.text, tok.idx, tok.idx + len(tok.text), "DATE", "2024-05-21")


def test_governs_stops_at_a_noun_root_after_a_participle() -> None:
    # "Smith said: the report released Tuesday." parsed with the noun as the root: walking up
    # from "released" (acl) must stop at the root instead of looping for ever.
    doc = make_doc(
        ["Smith", "said", ":", "the", "report", "released", "Tuesday", "."],
        [1, 4, 4, 4, 4, 4, 5, 4],
        ["nsubj", "dep", "punct", "det", "ROOT", "acl", "npadvmod", "punct"],
        ["PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
    )
    a = Attribution(kind="indirect", content=(15, 30), cue=(6, 10), cue_token=1)
    assert _governs(doc, _time(doc, 6), a) is False


def test_governs_day_right_after_the_cue() -> None:
    doc = make_doc(
        ["Vela", "said", "Tuesday", "the", "pier", "closed", "."],
        [1, 1, 5, 4, 5, 1, 1],
        ["nsubj", "ROOT", "npadvmod", "det", "nsubj", "ccomp", "punct"],
        ["PROPN", "VERB", "PROPN", "DET", "NOUN", "VERB", "PUNCT"],
    )
    a = Attribution(kind="indirect", content=(20, 36), cue=(5, 9), cue_token=1)
    assert _governs(doc, _time(doc, 2), a) is True
