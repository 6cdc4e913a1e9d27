"""Who a cue verb reports: its subject (borrowed from the verb it hangs from when it has
none), whether that subject is the one spoken to, and the source phrase around it."""

from __future__ import annotations

from spacy.tokens import Token

from .cue_verbs import complement, is_cue_verb
from .cues import ADDRESSEE_VERBS

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}


def second_report(verb: Token) -> bool:
    """``X said the plan failed and said that ...``: a reporting verb the parser joined to the
    reported clause, not to the verb that reports it."""
    if verb.dep_ != "conj" or verb.head.dep_ != "ccomp" or not is_cue_verb(verb):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or not is_cue_verb(verb.head.head):
        return False
    return complement(verb) is not None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it hangs from."""
    if second_report(verb):
        return subject_of(verb.head.head, depth + 1)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        return min(subjects, key=lambda c: _unlikely_subject(c, verb))
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            agent = next((a for a in verb.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((p for p in agent.children if p.dep_ == "pobj"), None)
            return c
    if verb.dep_ == "xcomp" and verb.head.i < verb.i:  # "led the mayor to declare": the mayor
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") and not is_pronoun(obj):
            return obj
    climbs = ("advcl", "xcomp", "conj", "pcomp", "acl", "acomp")
    if depth < 3 and verb.dep_ in climbs and verb.head != verb:
        return subject_of(verb.head, depth + 1)
    return None


_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})


def _unlikely_subject(c: Token, verb: Token) -> tuple[bool, bool, int]:
    """Rank the subjects the parser gave one verb ("Not one," lawyer Ana Ruiz said; "said
    Monday, weeks after its director told ..."): not a date, no quotation mark between it
    and the verb, then the closest."""
    lo, hi = sorted((c.i, verb.i))
    quoted = any(t.text in _QUOTE_MARKS for t in c.doc[lo + 1 : hi])
    return c.ent_type_ in ("DATE", "TIME"), quoted, abs(verb.i - c.i)


def addressed(verb: Token) -> bool:
    """Whether the subject ``verb`` would borrow is the one spoken to, not the speaker.

    ``X was asked whether ...``, ``X was told that ...``, ``Asked about the delay, X said ...``.
    """
    if verb.lemma_.lower() not in ADDRESSEE_VERBS or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.dep_ == "advcl" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def source_tokens(head: Token, qidx: list[int]) -> list[Token]:
    """The source phrase around ``head``: its subtree minus its relative clauses, any relative
    clause set off by a comma, and quotations."""
    stop = len(head.doc)
    for c in head.children:  # a relative clause on the source is not part of its name
        if c.dep_ in ("relcl", "acl") and c.i > head.i:
            stop = min(stop, c.left_edge.i)
    toks = [t for t in head.subtree if t.i < stop and qidx[t.i] < 0]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        if toks[-1].text in ")]" and any(t.text in "([" for t in toks):
            break  # "Sen. Lindsey Graham (R-S.C.)" keeps its closing parenthesis
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks.pop(0)
    return toks or [head]


def is_pronoun(tok: Token) -> bool:
    return tok.lower_ in _PRONOUNS or tok.pos_ == "PRON"
