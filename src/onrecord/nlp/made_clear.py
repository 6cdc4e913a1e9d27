"""``made clear that X``, ``made it clear that X``: a stance made plain, its cue the verb group
through "clear", its content the clause (not "made clear progress", "made it clear when ...")."""

from __future__ import annotations

from spacy.tokens import Token

from .attribution import Kind
from .contents import content_tokens
from .cue_verbs import cue_tokens

_WHEN = frozenset({"DATE", "TIME"})  # "made clear Monday they ...": a date, not a noun it describes


def made_clear(verb: Token) -> tuple[Kind, list[Token], list[Token]] | None:
    """``made clear that X``, ``made it clear that X``: the cue is the verb group through
    "clear", the content the clause."""
    if verb.lemma_.lower() != "make" or verb.pos_ != "VERB":
        return None
    doc = verb.doc
    # "clear" right after the verb or after "it", whatever the parse hangs it from ("made
    # clear Monday they ...": from the date)
    clear = next(
        (doc[i] for i in (verb.i + 1, verb.i + 2) if i < len(doc) and doc[i].lower_ == "clear"),
        None,
    )
    if clear is None or (clear.i == verb.i + 2 and doc[verb.i + 1].lower_ != "it"):
        return None
    if clear.dep_ == "amod" and clear.head.i > clear.i and clear.head.ent_type_ not in _WHEN:
        return None  # "made clear progress", "made clear roads safer": an adjective on a noun
    clause = next(
        (
            c
            for c in (*clear.children, *verb.children)
            if c.i > clear.i and (c.dep_ == "ccomp" or (c.dep_ == "advcl" and _said_clause(c)))
        ),
        None,
    )
    if clause is None:
        return None
    return (
        "indirect",
        [*cue_tokens(verb), *doc[verb.i + 1 : clear.i + 1]],
        content_tokens(clause, verb),
    )


def _said_clause(clause: Token) -> bool:
    """An adverbial clause the parse hung on "made clear" that is what was made clear: one
    opened by "that", or a clause of its own with no subordinating word ("made it clear the
    plan had failed"), not "made it clear when ..." or "... because ..."."""
    marks = [m for m in clause.children if m.dep_ == "mark"]
    if marks:
        return any(m.lower_ == "that" for m in marks)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # the clause opens on its subject: no "when", "if" or other word before it
    return subj is not None and subj.left_edge.i == clause.left_edge.i
