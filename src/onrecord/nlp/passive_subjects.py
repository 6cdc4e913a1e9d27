"""A passive cue's subject is part of what is reported, not who reported it.

``Ana Ruiz was declared the winner``, ``the aides were charged with taking bribes``, ``the
fund is listed as a donor``: the active sentence (``declared Ana Ruiz the winner``) reports
its object together with what follows it, as in the guidelines' ``She calls him the man with
two left feet``, where "him" is content. The passive moves that object in front of its verb;
PolNeAR's annotators keep it in the content, as a first piece, and mark no source unless a
``by`` phrase names one (``was described by aides as ...``: the aides), on train 336 times
against 29 where the subject is the source. Those 29 are mostly people in a state (``voters
are divided``, ``she was thrilled``), which the parser mostly tags as adjectives, not as the
passive participle this pass needs (``were worried about`` is a view, read by its own rule).
The raising frames (``X is expected to win``, ``frames.py``) read their passive the same way;
this pass does it for the statements whose verb names what someone was called, charged with
or listed as.

Left alone: a subject who was spoken to (``Ruiz was asked to name ...``, ``was told that``:
the guidelines leave the one addressed out), an empty ``it`` or ``there``, a ``'s`` that may
be ``has`` (``he's spoken out against``), and a reported clause (``was said that ...``), whose
own subject is in it already.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .attribution import Attribution
from .cues import ADDRESSEE_VERBS
from .offsets import span_offsets, trim

_EMPTY_SUBJECTS = frozenset({"it", "there"})
_HAS_OR_IS = frozenset({"'s", "’s"})
_CLAUSE_OPENERS = frozenset({"that", "whether", "if"})


def with_passive_subject(doc: Doc, a: Attribution, text: str) -> None:
    """Make the passive subject of ``a``'s cue the first piece of its content and drop it as
    the source where it was one (see the module's docstring); ``a`` is left as it is when the
    frame differs."""
    subj = _reported_subject(doc, a)
    if subj is None:
        return
    piece = trim(text, *span_offsets(_subject_tokens(subj)))
    if piece[1] <= piece[0] or piece[1] > a.content[0]:
        return
    a.parts = (piece, a.content)
    a.content = (piece[0], a.content[1])
    if a.source_head == subj.i or a.source_head is None:
        a.source = None
        a.source_head = None


def _reported_subject(doc: Doc, a: Attribution) -> Token | None:
    """The subject of ``a``'s passive cue verb when it is what the statement is about."""
    if a.kind == "direct" or a.parts or a.cue_token is None:
        return None
    verb = doc[a.cue_token]
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None:
        return None
    auxes = [c for c in verb.children if c.dep_ == "auxpass"]
    if verb.tag_ != "VBN" or not auxes or any(c.lower_ in _HAS_OR_IS for c in auxes):
        return None  # "he's spoken out against": "'s" is as often "has" as "is"
    lemma = verb.lemma_.lower()
    if lemma in ADDRESSEE_VERBS or subj.lower_ in _EMPTY_SUBJECTS:
        return None
    if a.content[0] < verb.idx + len(verb.text):
        return None  # the content does not follow its cue
    span = doc.char_span(a.content[0], a.content[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    if first.lower_ in _CLAUSE_OPENERS or first.tag_ in ("WDT", "WP", "WRB"):
        return None  # a reported clause or question: its subject is its own
    if any(t.dep_ == "ccomp" and t.head.i == verb.i for t in span):
        return None
    return subj


def _subject_tokens(subj: Token) -> list[Token]:
    """The subject phrase up to a comma after its head: ``Ana Ruiz, 44,`` and ``Ruiz, then
    mayor,`` are the name; what the writer adds after the comma is not what was said."""
    out = []
    for t in subj.subtree:
        if t.i > subj.i and t.text == ",":
            break
        out.append(t)
    return out


__all__ = ["with_passive_subject"]
