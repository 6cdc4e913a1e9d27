"""A condition binds the clauses it can bind: not a past fact told beside it.

"Every driver had been paid in full, and the firm would publish the payroll if the union
asked": the "if" conditions the publishing, not the paying, which is told as done. A clause
of a sentence that holds no conditional word of its own, no modal and a past auxiliary
("had been paid", "was signed", "did not close") or a present perfect ("has still not
approved", "have paid") is a settled fact that no condition in
another clause can make hypothetical. A counterfactual ("if we had known, we would have
closed it") keeps its condition: its "if" clause holds the condition and its other clause a
modal. A clause after the condition's own ("if the water tested positive, the beach was
closed") is what the condition leads to, however past its verb.
"""

from __future__ import annotations

from . import lexicon as lx
from .themes import PAST
from .words import tokens


def past_fact(part: str, cond: tuple[str, ...]) -> bool:
    """Whether the clause ``part`` of a sentence conditioned by ``cond`` tells a past fact that
    the condition does not bind: none of the condition's words, no modal, a past auxiliary."""
    low = [t.lower() for t in tokens(part)]
    if holds_condition(low, cond):
        return False
    # "to" opens an infinitive or a phrase ("paid up to March"), not a modal clause
    if any(w in lx.MODALS and w not in lx.NEGATORS and w != "to" for w in low):
        return False
    return bool(set(low) & PAST) or _perfect(low)


# the present perfect's auxiliary, and the words that may stand between it and its participle
_HAVE = frozenset({"has", "have", "'ve", "hasn't", "haven't"})
_BETWEEN = lx.NEGATORS | {"still", "already", "never", "yet", "just", "ever", "also", "now"}
# participles that end neither in -ed nor in -en
_PARTICIPLES = frozenset({
    "been", "made", "paid", "told", "sold", "left", "held", "met", "won", "lost", "built",
    "sent", "kept", "done", "gone", "seen", "found", "brought", "bought", "spent", "shut",
    "put", "set", "heard", "had", "begun", "run", "said", "agreed",
})  # fmt: skip


def _perfect(low: list[str]) -> bool:
    """Whether the clause tells a present perfect ("has still not approved", "have paid"):
    what is already done or not done by now, a fact as settled as a past one. "have" as a
    main verb ("we have nothing to lose") is no perfect."""
    for i, w in enumerate(low):
        if w not in _HAVE:
            continue
        k = i + 1
        while k < len(low) and (low[k] in _BETWEEN or low[k].endswith("ly")):
            k += 1
        if k < len(low) and (low[k].endswith(("ed", "en")) or low[k] in _PARTICIPLES):
            return True
    return False


def holds_condition(low: list[str], cond: tuple[str, ...]) -> bool:
    """Whether the clause of lower-case tokens ``low`` holds one of the condition's words."""
    text = " ".join(low)
    return any((w in low) if " " not in w else (w in text) for w in cond)


def first_condition(parts: list[str], cond: tuple[str, ...]) -> int:
    """The index of the first of the clauses ``parts`` that holds a condition word (their
    count when none does): only a clause before it can tell a fact the condition leaves
    alone; one after it ("if the water tested positive, the beach was closed") is its
    consequence."""
    for n, part in enumerate(parts):
        if holds_condition([t.lower() for t in tokens(part)], cond):
            return n
    return len(parts)
