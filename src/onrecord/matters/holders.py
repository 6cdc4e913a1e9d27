"""Whose count: a count of things received or logged is its holder's own.

"We have logged more than 600 complaints since May" (said by a residents' group) and "the
agency has received 380 complaints since May" (said by the agency) are both true: each body
counts what reached it. A count a verb of receiving or recording governs ("received",
"logged", "recorded", "registered") belongs to the verb's subject; when that subject is the
speaker's own "we" or "I", the holder is the body the speaker speaks for, read from the
speaker's role ("engineer who set up the Wexcombe Clean Air group": wexcombe, clean, air,
group). Two such counts of one noun with holders named apart are two quantities
(:meth:`.figures.Figure.same_quantity` compares their subjects), while "we received 43" said
by the agency's own officer and "the agency received 380" stay one question: the role
("manager at the agency") names the holder.

Counts of acts ("we missed fewer than 100 bins", "crews were missing 900 bins") are not
read so: whoever does an act, the act is one; and a speaker with no role told keeps the
count unowned, as before.
"""

from __future__ import annotations

from dataclasses import replace

from . import lexicon as lx
from .claims import Clause, Item
from .figures import Figure
from .sides import role_words
from .words import tokens

__all__ = ["own_count"]

_RECEIVING = frozenset(lx.stem(w) for w in (
    "received", "receive", "receives", "logged", "log", "logs", "recorded", "record", "records",
    "registered", "register", "registers", "handled", "fielded", "taken",
))  # fmt: skip
_FIRST_PERSON = frozenset({"we", "i"})
_BETWEEN = frozenset({"have", "has", "had", "now", "already", "also", "so", "far", "more",
                      "than", "over", "about", "around", "nearly", "almost", "at", "least",
                      "just", "only", "some", "well", "since", "then"})  # fmt: skip
# role words that tell no body apart ("she", "managing")
_NOT_BODY = frozenset({"he", "she", "they", "managing", "founder", "chair", "leader", "manager",
                       "retired", "set", "up", "has", "with", "runs", "which", "who",
                       "employs", "the"})  # fmt: skip


def own_count(fig: Figure, clause: Clause, item: Item) -> Figure:
    """``fig``, its subject the body the speaker speaks for when it is a count the speaker's
    "we" received or logged; else ``fig`` itself."""
    if fig.unit or fig.subject:
        return fig
    low = [t.lower() for t in tokens(clause.text)]
    first = fig.text.lower().split()[0] if fig.text else ""
    at = next((k for k, w in enumerate(low) if w == first), None)
    if at is None:
        return fig
    k = at - 1
    while k >= 0 and low[k] in _BETWEEN:
        k -= 1
    if k < 1 or lx.stem(low[k]) not in _RECEIVING:
        return fig
    k -= 1
    while k >= 0 and low[k] in _BETWEEN:
        k -= 1
    if k < 0 or low[k] not in _FIRST_PERSON:
        return fig
    body = frozenset(lx.stem(w) for w in role_words(item) - _NOT_BODY if w.isalpha())
    return replace(fig, subject=body) if body else fig
