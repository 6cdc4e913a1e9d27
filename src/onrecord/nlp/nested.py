"""Statements inside another statement's content: which give way to it, which stay.

A cue inside another statement's content is mostly part of what was said ("She said the
board claimed a surplus": one statement, hers) and gives way. A relative clause set off by a
comma and opened by a relative word is the writer's aside on a noun of the content ("The
council criticized the deal, which auditors said was careless"): its cue is the auditors'
own act, which the guidelines annotate as an attribution of its own (the relative word its
content's first piece), and it stays; the outer statement's content ends before the clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from .attribution import Attribution

_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def drop_nested(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Remove statements whose cue lies inside another statement's content; ``X said Y,
    according to Z`` relays X's report, and keeps it (not ``According to Z, X said Y``); a
    cue in a relative clause set off by a comma (:func:`is_aside_clause`) stays."""
    out = []
    for a in found:
        if a.cue is None or (a.cue_token is not None and is_aside_clause(doc[a.cue_token])):
            out.append(a)
            continue
        nested = any(
            b is not a
            and "relay" not in b.labels
            and b.content[0] <= a.cue[0]
            and a.cue[1] <= b.content[1]
            and (b.content[1] - b.content[0]) > (a.content[1] - a.content[0])
            for b in found
        )
        if not nested:
            out.append(a)
    return out


def is_aside_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause on a noun before it, set off by a comma and
    opened by a relative word, with a subject of its own between the word and the verb
    (``the deal, which auditors said was careless``; not ``officials, who said ...``, whose
    relative word is the speaker)."""
    if verb.dep_ != "relcl" or verb.head.i >= verb.i:
        return False
    first = verb.left_edge
    if first.tag_ not in _RELATIVE_TAGS or first.i == 0 or verb.doc[first.i - 1].text != ",":
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and first.i < c.i < verb.i and c.tag_ not in _RELATIVE_TAGS
        for c in verb.children
    )
