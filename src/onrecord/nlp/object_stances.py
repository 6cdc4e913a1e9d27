"""Noun objects as contents: ``Lowell appointed a new chief of staff``, ``He declined the
invitation``, ``She understood the risk``, ``He shared the news``, ``She reminded voters of
the stakes``.

A stance verb (``cues.STANCE_VERBS``: "rejected the offer") takes its object as its content
wherever it stands. A verb of decree, of accepting or refusing, of knowing or of sharing
(``cues.OBJECT_STANCE_VERBS``) does only when finite and with a subject that can speak: as an
infinitive or a gerund ("to challenge the mayor", "accepting awards") its object is mostly an
action. Such a statement is labelled ``object`` (``basis="object"`` on the record): PolNeAR's
attribution, not a claim the matters can weigh.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from .cue_verbs import cue_tokens
from .cues import OBJECT_STANCE_LEMMAS
from .issued_texts import issuing_verb
from .subjects import is_finite, speaker_like, subject_of

CONTENT_DEPS = ("dobj", "oprd", "attr", "dative")


def object_parts(verb: Token) -> list[Token]:
    """The object and predicate after the verb, with an "as" phrase ("described it as ...")."""
    parts = [c for c in verb.children if c.dep_ in CONTENT_DEPS and c.i > verb.i]
    parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i]
    return [t for p in parts for t in p.subtree]


def object_frame(verb: Token) -> tuple[Literal["indirect"], list[Token], list[Token]] | None:
    """(kind, cue tokens, content tokens) of a verb of decree, acceptance, knowing or sharing
    with a noun object, finite and with a subject that can speak, or of what a speaker reminds
    people of (:func:`reminded_of`); else None. Not a text the verb
    issues with a participle on it ("approved a resolution condemning the toll": the
    participle reports, ``issued_texts.py``)."""
    if (topic := reminded_of(verb)) is not None:  # "reminded voters of the stakes"
        return "indirect", cue_tokens(verb), topic
    if verb.lemma_.lower() not in OBJECT_STANCE_LEMMAS or not is_finite(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not speaker_like(subject_of(verb)):
        return None
    if any((host := issuing_verb(c)) is not None and host.i == verb.i for c in obj.children):
        return None
    return "indirect", cue_tokens(verb), object_parts(verb)


def reminded_of(verb: Token) -> list[Token] | None:
    """What a speaker reminds the ones told of, with its preposition, as the annotators mark it
    (``reminded voters of the stakes``, ``reminded her staff about the vote``: the content is
    ``of the stakes``, the ones told stay out); None unless ``verb`` is "remind" with the ones
    told as its object, an "of" or "about" phrase after them and a subject that can speak. The
    parser hangs the phrase on the verb or on the ones told; on them, not a name's place
    (``reminded the mayor of Dunmore``). Not a likeness (``reminds us of a houseguest``,
    ``reminds me of my father``), nor a thing that reminds (``the vote reminded experts of the
    crash``)."""
    if verb.lemma_.lower() != "remind" or not speaker_like(subject_of(verb)):
        return None
    told = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if told is None or told.lower_ in ("me", "us"):
        return None
    for prep in [*verb.children, *told.children]:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "about") or prep.i < told.i:
            continue
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None or (prep.head.i == told.i and obj.pos_ == "PROPN"):
            continue
        return list(prep.subtree)
    return None
