"""An act said of every one of a kind, against the same act said of only some of them.

"The misprinted envelopes went to every ward" and "the envelopes went only to the four
eastern wards" both assert the act (both answer yes to "did the envelopes go to the
wards?"), yet they cannot both hold: "only" restricts the act to part of the things the
other side names all of. So two certain yes answers on one matter disagree when

* one clause names a thing with a universal quantifier ("every ward", "each household",
  "all the wards", "all of the households"), and
* the other puts "only" before the same thing, within a few words ("only to the four eastern
  wards", "only about 900 households"), not "not only" (an addition) and not "if only";

the thing is the same noun (stems compared, so "ward" meets "wards"). "Every household got a
letter" and "only households in Eastfield got a refund" are two acts and never meet here: the
two must already answer one matter (:mod:`.cluster`), and the judge's checks (time frame, the
things each names) still apply to the pair. Plain Python over the lower-cased tokens of each
side's clause, no model.
"""

from __future__ import annotations

from . import lexicon as lx
from .cluster import Position
from .words import tokens

# words that make the noun after them every one of its kind
_EVERY = frozenset({"every", "each", "all"})
# words that may stand between a universal and its noun ("all the wards", "all of the homes",
# "every single ward", "each affected household")
_AFTER_EVERY = frozenset({"the", "of", "our", "their", "its", "single", "affected", "these",
                          "those"})  # fmt: skip
# the most words between "only" and the noun it restricts ("only to the four eastern wards")
_ONLY_SPAN = 5
# words that end the phrase "only" restricts: a clause or a verb of its own
_STOP = frozenset({",", ";", ".", "and", "but", "or", "that", "which", "who", "because"})


def _universal_nouns(low: list[str]) -> set[str]:
    """Stems of the nouns named with a universal quantifier ("every ward" -> "ward")."""
    out: set[str] = set()
    for i, w in enumerate(low):
        if w not in _EVERY:
            continue
        j = i + 1
        while j < len(low) and low[j] in _AFTER_EVERY:
            j += 1
        if j < len(low) and low[j].isalpha():
            out.add(lx.stem(low[j]))
            if j + 1 < len(low) and low[j + 1].isalpha():
                out.add(lx.stem(low[j + 1]))  # "every patrol officer": the head may follow
    return out


def _restricted_nouns(low: list[str]) -> set[str]:
    """Stems of the words "only" restricts ("only to the four eastern wards")."""
    out: set[str] = set()
    for i, w in enumerate(low):
        if w != "only" or (i > 0 and low[i - 1] in ("not", "if")):
            continue
        for k in range(i + 1, min(len(low), i + 1 + _ONLY_SPAN)):
            if low[k] in _STOP or low[k] in _EVERY:
                break
            if low[k].isalpha():
                out.add(lx.stem(low[k]))
    return out


def only_part(p: Position, q: Position) -> bool:
    """Whether ``p`` and ``q``, both certain yes, say the act of every one of a thing and of
    only some of it (see the module)."""
    if not (p.stance.certain and q.stance.certain):
        return False
    if p.stance.label != "yes" or q.stance.label != "yes":
        return False
    lp = [t.lower() for t in tokens(p.stance.clause)]
    lq = [t.lower() for t in tokens(q.stance.clause)]
    return bool(
        (_universal_nouns(lp) & _restricted_nouns(lq))
        or (_universal_nouns(lq) & _restricted_nouns(lp))
    )


def restricted_side(p: Position, q: Position) -> Position:
    """Of two positions that :func:`only_part` pairs, the one that says "only"."""
    lq = [t.lower() for t in tokens(q.stance.clause)]
    lp = [t.lower() for t in tokens(p.stance.clause)]
    return q if _universal_nouns(lp) & _restricted_nouns(lq) else p
