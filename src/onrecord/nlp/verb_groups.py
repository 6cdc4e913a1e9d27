"""The verbs a cue keeps before its own: PolNeAR marks the whole verb group as the cue.

* ``is continuing to insist``, ``went on to say``, ``are more likely to say``: the verb group
  a to-infinitive cue completes.
* ``responded Friday, saying ...``, ``released a statement saying ...``, ``explained it by
  saying ...``: the verb phrase a participle cue hangs from, when that verb reports nothing of
  its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import CUE_NOUNS
from .issued_texts import issuing_verb

# Verbs that report only through the participle after them ("hit back, saying"), and those
# that do when their object is a statement ("released a statement saying").
_PARTICIPLE_HOSTS = frozenset("respond reply hit shoot fire begin explain".split())
_STATEMENT_HOSTS = frozenset("release issue put send".split())
_MAX_LEAD = 12


def catenative_lead(verb: Token) -> list[Token]:
    """The verb group a to-infinitive cue hangs from, which the cue keeps: ``is continuing to
    insist``, ``went on to say``, ``are more likely to say``; none when a noun comes between
    (``led the chair to declare``) or the infinitive is not a complement."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.dep_ not in ("xcomp", "advcl") or verb.head.i > verb.i:
        return []
    head = verb.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i < head.i:
        head = head.head  # "are more likely to say": from the copula
    elif head.pos_ not in ("VERB", "AUX"):
        return []
    start = min([head.i] + [c.i for c in head.children if c.dep_ in ("aux", "auxpass", "neg")])
    lead = list(verb.doc[start : to.i])
    if len(lead) > 6 or any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in lead):
        return []
    if any(t.is_punct for t in lead):
        return []
    return lead


def participle_lead(verb: Token, cue_tokens: set[int]) -> list[Token]:
    """The verb phrase before a participle cue that the cue keeps, or none.

    ``verb`` is the participle ("saying"); ``cue_tokens`` are the cue verbs of the statements
    found, whose own report the participle does not join.
    """
    if verb.tag_ != "VBG" or verb.i == 0:
        return []
    host = verb.head
    issuing = issuing_verb(verb)
    if issuing is not None:
        host = issuing  # "issued a statement saying", the participle parsed on the noun
    elif verb.dep_ == "pcomp" and host.lower_ == "by" and host.dep_ == "prep":
        host = host.head  # "responded by saying"
    elif verb.dep_ != "advcl":
        return []
    if host.i >= verb.i or host.pos_ != "VERB" or host.i in cue_tokens:
        return []
    lemma = host.lemma_.lower()
    if issuing is not None:
        pass
    elif lemma in _STATEMENT_HOSTS:
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in CUE_NOUNS for c in host.children):
            return []
    elif lemma not in _PARTICIPLE_HOSTS:
        return []
    auxes = [c.i for c in host.children if c.dep_ in ("aux", "neg") and c.i < host.i]
    start = min([host.i, *auxes])
    lead = list(verb.doc[start : verb.i])
    if len(lead) > _MAX_LEAD or any(t.is_sent_start for t in lead[1:]):
        return []
    if any(t.pos_ in ("VERB", "AUX") and t.i != host.i and t.head.i != host.i for t in lead):
        return []  # another clause comes between
    return lead
