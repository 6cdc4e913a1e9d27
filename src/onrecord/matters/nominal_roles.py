"""Event nouns that another verb of the clause is about, so that they take no stance.

* the subject of a verb of ending ("the ban will not end this summer", "the strike ended on
  Friday"): the thing is presupposed and the clause tells when it stops, so the negation is
  the ending's ("will not end" keeps the ban), not the ban's;
* the object of a gerund inside a prepositional phrase ("the fine for breaking the ban",
  "fined for ignoring the closure"): a description of an act on the thing, which asserts
  neither that it comes nor that it does not.

Asked by :mod:`.events` for a concept or a nominal event before it is read.
"""

from __future__ import annotations

from . import lexicon as lx
from .objects import DETERMINERS

# verbs of ending: their subject is presupposed ("the ban will end in May")
_ENDING = frozenset({"end", "ends", "ended", "ending", "expire", "expires", "expired",
                     "lapse", "lapses", "lapsed", "finish", "finishes", "finished",
                     "lifted"})  # fmt: skip
# their finite forms: the clause's verb where no auxiliary stands before it ("the ban ends")
_FINITE_ENDING = frozenset({"ends", "ended", "expires", "expired", "lapses", "lapsed",
                            "finishes", "finished"})  # fmt: skip
# words between the subject and its verb: auxiliaries, negators, adverbs of time
_BETWEEN = (
    lx.AUXILIARIES
    | lx.MODALS
    | lx.NEGATORS
    | lx.BE_FORMS
    | {"never", "soon", "finally", "now", "eventually"}
)
# words that open a clause inside the subject, whose own events the ending does not presuppose
_CLAUSE_OPENERS = frozenset({"to", "who", "which", "that", "whose"})
# prepositions that open a phrase with a gerund ("for breaking the ban")
_OPENERS = frozenset({"for", "by", "of", "after", "before", "without", "against", "from",
                      "on", "in", "over", "about", "with"})  # fmt: skip


def subject_of_ending(low: list[str], i: int, first_aux: int) -> bool:
    """Whether the noun at ``i`` stands before the verb group of a clause whose verb is one of
    ending ("The hosepipe ban ... will not end this summer"), or before a finite verb of
    ending with no auxiliary ("the ban ends on June 1", "the strike ended on Friday")."""
    if first_aux >= len(low):
        return _before_finite_ending(low, i)
    if i >= first_aux:
        return False
    if any(w in _CLAUSE_OPENERS for w in low[:first_aux]):
        return False  # "the decision to close the pool will end ...": the subject's own clause
    k = first_aux
    while k < len(low) and (low[k] in _BETWEEN or low[k].endswith("ly")):
        k += 1
    return k < len(low) and low[k] in _ENDING


def _before_finite_ending(low: list[str], i: int) -> bool:
    """Whether the noun at ``i`` is followed, past adverbs only ("the ban finally ends"), by a
    finite verb of ending: a clause with no auxiliary whose verb says when the thing stops."""
    k = i + 1
    while k < len(low) and (low[k] in _BETWEEN or low[k].endswith("ly")):
        k += 1
    return k < len(low) and low[k] in _FINITE_ENDING


def gerund_object(low: list[str], i: int) -> bool:
    """Whether the noun at ``i`` is the object of a gerund after a preposition ("for breaking
    the ban", "by lifting the freeze")."""
    d = i - 1
    while d >= 0 and low[d] not in DETERMINERS and i - d <= 2 and low[d].isalpha():
        d -= 1  # "breaking the hosepipe ban": one modifier between
    if d < 2 or low[d] not in DETERMINERS:
        return False
    verb = low[d - 1]
    return verb.endswith("ing") and len(verb) > 5 and low[d - 2] in _OPENERS
