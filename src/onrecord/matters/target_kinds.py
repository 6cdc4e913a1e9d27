"""Two targets of two kinds: "met its recycling target" and "missed its leakage target".

A target met or missed (:func:`.phrasal_acts.target_sign`) is one key whatever the target, so
two stances on two targets of one body would meet as one question. Their themes name the
target's kind beside the shared word "target": where both name a kind and the kinds share no
word, the stances answer two questions. One that names no kind ("missed its target") may be
about either, and is left to the theme's usual test.
"""

from __future__ import annotations

from . import lexicon as lx
from .cluster import Position
from .phrasal_acts import TARGET

# the stems of the nouns a target is named by ("target", "deadline", "goal", "quota")
_TARGET_STEMS = frozenset(
    lx.stem(w) for w in ("target", "targets", "deadline", "deadlines", "benchmark",
                         "benchmarks", "goal", "goals", "quota", "quotas")
)  # fmt: skip


def targets_apart(event: str, p: Position, q: Position) -> bool:
    """Whether two stances on the matter of ``event``, a target met, name two kinds of
    target (see the module)."""
    if event != TARGET:
        return False
    kind_p = p.stance.theme - _TARGET_STEMS
    kind_q = q.stance.theme - _TARGET_STEMS
    return bool(kind_p and kind_q and p.stance.theme & _TARGET_STEMS
                and q.stance.theme & _TARGET_STEMS and not kind_p & kind_q)  # fmt: skip
