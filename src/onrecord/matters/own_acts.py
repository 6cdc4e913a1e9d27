"""A speaker's own act, told in the first person: "I will not resign", "I am stepping down".

Across articles, two statements on one event are linked only when they share a word besides
the event's own (:func:`.cluster.linked_groups`): the event alone does not say that they ask
one question. A person who says "I will not resign" and weeks later "I am stepping down as
head coach" shares no such word, yet speaks of one act, the speaker's own: the subject "I"
names the one who acts, and an act with nothing it happens to (no theme, :mod:`.themes`)
has nothing else that could set the two apart. "We" is not enough (a club's "we" is many
people, and a spokesman's "we" another body than his own "I"), nor is an act done to
something ("I did not sign the lease" and "I signed the contract": two things signed).
"""

from __future__ import annotations

from . import lexicon as lx
from .claims import Item
from .persons import one_person
from .words import tokens

# words between "I" and its verb: auxiliaries, negators, adverbs ("I have never spoken")
_BETWEEN = frozenset({"not", "never", "n't", "no", "longer", "still", "also", "then", "now"})


def _first_person_act(clause: str, word: str) -> bool:
    """Whether ``word`` (an event's verb) in ``clause`` has "I" for its subject."""
    low = [t.lower() for t in tokens(clause)]
    at = next((i for i, t in enumerate(low) if t == word.lower()), None)
    if at is None:
        return False
    k = at - 1
    while k >= 0 and (
        low[k] in _BETWEEN or low[k] in lx.MODALS or lx.is_aux(low, k) or low[k].endswith("ly")
    ):
        k -= 1
    return k >= 0 and low[k] == "i" and (k == 0 or not low[k - 1][:1].isalnum())


def own_act(item: Item, key: str) -> bool:
    """Whether ``item`` tells the event ``key`` as its speaker's own act ("I will not
    resign"), in a clause of its own (not "they said I would resign")."""
    return any(
        _first_person_act(c.text, e.word)
        for c in item.claim.clauses
        for e in c.events
        if e.key == key
    )


def one_own_act(a: Item, b: Item, key: str) -> bool:
    """Whether ``a`` and ``b`` are one person's words on the same act of their own."""
    return one_person(a, b) and own_act(a, key) and own_act(b, key)
