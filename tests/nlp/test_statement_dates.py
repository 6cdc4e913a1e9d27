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


def test_participle_on_the_cues_object_dates_the_object_not_the_saying() -> None:
    # "Orla Venn said the survey, published in May, told another story." parsed (as the
    # parser does) with "the survey" as the object of "said": "published in May" dates the
    # survey, not when Venn spoke.
    doc = make_doc(
        ["Venn", "said", "the", "survey", ",", "published", "in", "May", ",", "told", "it", "."],
        [1, 9, 3, 1, 3, 3, 5, 6, 1, 9, 9, 9],
        ["nsubj", "parataxis", "det", "dobj", "punct", "acl", "prep", "pobj", "punct", "ROOT",
         "dobj", "punct"],
        ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB",
         "PRON", "PUNCT"],
    )  # fmt: skip
    a = Attribution(kind="indirect", content=(42, 51), cue=(5, 9), cue_token=1)
    assert _governs(doc, _time(doc, 7), a) is False


def test_participle_on_a_statement_still_frames_the_cue() -> None:
    # "In a notice issued Monday, the board said ...": the notice's day is the saying's.
    doc = make_doc(
        ["In", "a", "notice", "issued", "Monday", ",", "Kell", "said", "it", "."],
        [7, 2, 0, 2, 3, 7, 7, 7, 7, 7],
        ["prep", "det", "pobj", "acl", "npadvmod", "punct", "nsubj", "ROOT", "dobj", "punct"],
        ["ADP", "DET", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
    )
    a = Attribution(kind="indirect", content=(37, 39), cue=(32, 36), cue_token=7)
    assert _governs(doc, _time(doc, 4), a) is True
