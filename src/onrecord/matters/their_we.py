"""The other speaker's "we", named by its body: "nobody from Tarrow Cycles has offered us a
penny" and, from Tarrow Cycles' director, "we have offered to pay for the repairs".

Two stances that name different people or things are not compared (:func:`.contradictions.
verdict`: "Elm Street" against "Main Street"). But a statement that names the body another
speaker speaks for, when that speaker tells the act of "we", names the doer of that act, not
another thing: the body is that speaker's "we". Its name is set aside, as a speaker's own
body is in her own words (:func:`.contradictions.own_side_out`).

Only the words of the other speaker's role or mention ("Tarrow Cycles director Ada Venn")
count, and only when that speaker's deciding clause has "we" for its subject; "the council
will not close Elm library" against a council officer's "we will close Oak library" still
names two libraries.
"""

from __future__ import annotations

from . import lexicon as lx
from .cluster import Position
from .sides import role_words
from .timeframes import deciding_word


def says_we(p: Position) -> bool:
    """Whether the stance's deciding clause has "we" for the subject of its event ("we have
    offered", "we will not close it")."""
    low, at = deciding_word(p)
    k = at - 1
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS
                      or low[k] in lx.NEGATORS or low[k].endswith("ly")):  # fmt: skip
        k -= 1
    return at >= 0 and k >= 0 and low[k] == "we"


def less_their_we(entities: frozenset[str], other: Position) -> frozenset[str]:
    """``entities`` of a stance less the body of the ``other`` stance's speaker, when that
    speaker tells the act of "we"."""
    if not entities or not says_we(other):
        return entities
    return entities - role_words(other.item)
