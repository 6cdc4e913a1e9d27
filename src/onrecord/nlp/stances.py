"""Attributions whose content is not a clause: intentions and stances taken in words.

* ``X vowed to repeal the law``: an intention verb with an infinitive (kind ``belief``).
* ``X rejected the offer`` / ``X described the plan as reckless``: a stance verb with a noun
  phrase (kind ``indirect``).
* ``X called for a ban`` / ``X railed against the deal``: a verb and its preposition.

These are attributions in PolNeAR's sense (a source, a cue and what the source committed to),
narrower than statements with a clause. They run after the clause rules, on verbs those left.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .attribution import (
    Attribution,
    Kind,
    cue_tokens,
    doc_text,
    source_tokens,
    span_offsets,
    subject_of,
    tense_of,
    trim,
)
from .cues import FINDING_VERBS, INTENTION_VERBS, NAMING_VERBS, PREP_CUES, STANCE_VERBS

_CONTENT_DEPS = ("dobj", "oprd", "attr", "dative")
_NOT_SOURCES = {"it", "this", "that", "which", "there", "what"}


def find_stances(sent: Span, qidx: list[int], taken: set[int]) -> list[Attribution]:
    """Attributions of ``sent`` with an infinitive or noun-phrase content.

    Args:
        sent: the sentence.
        qidx: for each token of the doc, the quotation it lies in, or -1.
        taken: token indices already used as cues by the clause rules.
    """
    out: list[Attribution] = []
    for tok in sent:
        if tok.i in taken or qidx[tok.i] >= 0 or tok.pos_ not in ("VERB", "AUX"):
            continue
        found = _frame(tok)
        if found is None:
            continue
        kind, cue, content = found
        subj = subject_of(tok)
        if subj is None or subj.lower_ in _NOT_SOURCES or qidx[subj.i] >= 0:
            continue
        start, end = trim(doc_text(sent.doc), *span_offsets(content))
        if end - start < 3:
            continue
        out.append(
            Attribution(
                kind=kind,
                content=(start, end),
                cue=span_offsets(cue),
                cue_token=tok.i,
                source=span_offsets(source_tokens(subj, qidx)),
                source_head=subj.i,
                sentence=(sent.start_char, sent.end_char),
                tense=tense_of(tok),
                labels={"stance"},
            )
        )
    return out


def _frame(verb: Token) -> tuple[Kind, list[Token], list[Token]] | None:
    """(kind, cue tokens, content tokens) when ``verb`` heads one of the frames."""
    lemma = verb.lemma_.lower()
    if lemma in INTENTION_VERBS:
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if xcomp is not None:
            return "belief", cue_tokens(verb), list(xcomp.subtree)
    if lemma in NAMING_VERBS:  # "called the show 'a disgrace'": the object and what it is called
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        pred = next(
            (c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > verb.i),
            None,
        )
        if obj is not None and pred is not None:
            return "indirect", cue_tokens(verb), [*obj.subtree, *pred.subtree]
    if lemma in FINDING_VERBS:  # "a poll shows Sanders with 47 percent": all that follows
        rest = [t for t in verb.subtree if t.i > verb.i]
        if any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children) and rest:
            return "indirect", cue_tokens(verb), rest
    if lemma in STANCE_VERBS:
        parts = [c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.i > verb.i]
        parts += [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
        ]
        if parts:
            toks = [t for p in parts for t in p.subtree]
            return "indirect", cue_tokens(verb), toks
    preps = PREP_CUES.get(lemma)
    if preps:
        for c in verb.children:
            if c.dep_ in ("prep", "prt") and c.lower_ in preps and c.i > verb.i:
                obj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                if obj is None:
                    continue
                return "indirect", [*cue_tokens(verb), c], list(obj.subtree)
    return None
