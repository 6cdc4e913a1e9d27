"""An act said of every one of a kind, against the same act said of only some of them.

"The misprinted envelopes went to every ward" and "the envelopes went only to the four
eastern wards" both assert the act (both answer yes to "did the envelopes go to the
wards?"), yet they cannot both hold: "only" restricts the act to part of the things the
other side names all of. So two certain yes answers on one matter disagree when

* one clause names a thing with a universal quantifier ("every ward", "each household",
  "all the wards", "all of the households", "both cremators": every one of two), and
* the other puts "only" before the same thing, within a few words ("only to the four eastern
  wards", "only about 900 households"), not "not only" (an addition) and not "if only";

the thing is the same noun (stems compared, so "ward" meets "wards"). The noun is the head of
the universal's phrase: "every council tenant" is of tenants, so "only council staff" restricts
another thing, and "every ward got a letter" names no "got" for "only Hallam got a letter" to
meet. And "only" restricts to a part only with a word of its own before the noun, a count or a
kind the universal side does not name ("only about 900 households", "only the four eastern
wards"): "only households in Brackley have received a refund" sets households against other
claimants, which "every household in Brackley" agrees with, as does "went only to the wards".
"Every household got a
letter" and "only households in Eastfield got a refund" are two acts and never meet here: the
two must already answer one matter (:mod:`.cluster`), and the judge's checks (time frame, the
things each names) still apply to the pair. Plain Python over the lower-cased tokens of each
side's clause, no model.
"""

from __future__ import annotations

from dataclasses import replace

from . import lexicon as lx
from .cluster import Position
from .timeframes import deciding_word

# words that make the noun after them every one of its kind
_EVERY = frozenset({"every", "each", "all", "both"})
# words that may stand between a universal and its noun ("all the wards", "all of the homes",
# "every single ward", "each affected household")
_AFTER_EVERY = frozenset({"the", "of", "our", "their", "its", "single", "affected", "these",
                          "those"})  # fmt: skip
# the most words between "only" and the noun it restricts ("only to the four eastern wards")
_ONLY_SPAN = 5
# words that end the phrase "only" restricts: a clause or a verb of its own
_STOP = frozenset({",", ";", ".", "and", "but", "or", "that", "which", "who", "because"})
# words between "only" and its noun that restrict nothing ("only to the wards")
_PLAIN = frozenset({"to", "the", "in", "at", "on", "for", "of", "from", "by", "with", "among"})


def _universal_nouns(low: list[str], verb: int) -> set[str]:
    """Stems of the nouns named with a universal quantifier ("every ward" -> "ward"; "every
    patrol officer" -> "officer"); ``verb``: where the clause's deciding word stands."""
    out: set[str] = set()
    for i, w in enumerate(low):
        if w not in _EVERY:
            continue
        j = i + 1
        while j < len(low) and low[j] in _AFTER_EVERY:
            j += 1
        if j >= len(low) or not low[j].isalpha():
            continue
        nxt = j + 1
        if nxt < len(low) and low[nxt].isalpha() and low[nxt] not in lx.STOPWORDS and nxt != verb:
            j = nxt  # "every patrol officer": the head follows, not "every ward got"
        out.add(lx.stem(low[j]))
    return out


def _restricted_nouns(low: list[str], verb: int, other: set[str]) -> set[str]:
    """Stems of the words "only" restricts to a part ("only to the four eastern wards"): each
    with a word before it, after "only", that is no mere preposition or article and that the
    other side (its lowered words ``other``) does not say; ``verb``: the deciding word."""
    out: set[str] = set()
    for i, w in enumerate(low):
        if w != "only" or (i > 0 and low[i - 1] in ("not", "if")):
            continue
        for k in range(i + 1, min(len(low), i + 1 + _ONLY_SPAN)):
            if low[k] in _STOP or low[k] in _EVERY or k == verb:
                break
            part = [t for t in low[i + 1 : k] if t not in _PLAIN and t not in other]
            if low[k].isalpha() and part:
                out.add(lx.stem(low[k]))
    return out


def _meet(lu: list[str], vu: int, lr: list[str], vr: int) -> bool:
    """Whether the clause ``lu`` names every one of a thing that ``lr`` says "only" of part of."""
    return bool(_universal_nouns(lu, vu) & _restricted_nouns(lr, vr, set(lu)))


def only_part(p: Position, q: Position) -> bool:
    """Whether ``p`` and ``q``, both certain yes, say the act of every one of a thing and of
    only some of it (see the module)."""
    if not (p.stance.certain and q.stance.certain):
        return False
    if p.stance.label != "yes" or q.stance.label != "yes":
        return False
    (lp, vp), (lq, vq) = deciding_word(p), deciding_word(q)
    return _meet(lp, vp, lq, vq) or _meet(lq, vq, lp, vp)


def restricted_side(p: Position, q: Position) -> Position:
    """Of two positions that :func:`only_part` pairs, the one that says "only"."""
    (lp, vp), (lq, vq) = deciding_word(p), deciding_word(q)
    return q if _meet(lp, vp, lq, vq) else p


def every_and_only(p: Position, q: Position) -> tuple[Position, Position]:
    """Two yes answers :func:`.only_part` pairs, as the universal's yes and the no of the
    one that says "only"."""
    side = restricted_side(p, q)
    other = q if side is p else p
    return other, Position(side.item, replace(side.stance, label="no"))
