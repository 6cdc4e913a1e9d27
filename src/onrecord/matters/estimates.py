"""Figures whose noun a verb of estimating or of saving sets apart from the figure.

:mod:`.figures` reads the noun a figure measures right after it ("14 fires"), before "be"
("the real saving is 90,000 pounds a year") or before "of" ("reserves of 90,000 pounds").
News gives the other side of a row over a figure in two more shapes:

* an estimate: "the council's own papers put the saving at 380,000 pounds a year", "police
  put the crowd at about 5,000", "the survey estimates the number of empty homes at 900":
  the noun phrase between the verb of estimating and "at" names what the figure measures
  (after "the number of", the noun counted), as "the saving is 380,000 pounds a year" does;
* a value: "the deal is worth 4 million pounds over ten years": the noun before "is worth"
  is what the sum measures, as in "the deal's value is 4 million pounds";
* a saving told with whom it is for: "the new hours would save the council 310,000 pounds a
  year", "the scheme saves each family 200 pounds": a saving of money, as "would save 310,000
  pounds a year" is; the one saved is no part of the quantity.

Not a time or a place after "at" ("the meeting at 7", "arrived at 9", "put the chairs at the
back": no verb of estimating with its object right before "at", or no figure), not "put the
figure at 150" (a noun of amount names no thing measured), not a cost ("put the cost of the
repair at", left to :mod:`.cost_nouns`, which reads a cost's thing), and not "save 200 jobs"
or "save the council 40 staff" (a count, no sum of money).
"""

from __future__ import annotations

from . import lexicon as lx
from .figure_bounds import bound_start

__all__ = ["estimated_head", "saving_for"]

# verbs that give an estimate of a named quantity: "put the saving at", "estimates the crowd at"
_ESTIMATE = frozenset({"put", "puts", "putting", "estimate", "estimates", "estimated",
                       "estimating", "value", "values", "valued", "valuing", "peg", "pegs",
                       "pegged", "pegging", "place", "places", "placed", "placing"})  # fmt: skip
_SAVE = frozenset({"save", "saves", "saved", "saving"})
_BE = frozenset({"is", "was", "are", "were", "be", "been", "'s"})
_MONEY = frozenset({"$", "€", "£", "¤"})
# words that open the noun phrase of the thing estimated or of the one saved for
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your", "this", "that",
                          "each", "every", "a", "an"})  # fmt: skip
# nouns of counting or amount: "the number of X" counts X; "the figure" names nothing
_COUNTING = frozenset({"number", "total", "count", "tally"})
_AMOUNTS = frozenset({"figure", "amount", "sum", "value", "level", "estimate", "cost", "costs",
                      "bill", "price"})  # fmt: skip
# the most words the estimated noun phrase may hold ("the number of homes able to order fibre")
_PHRASE = 8
# the most words the one saved for may hold ("the county council", "each of our families")
_SAVED = 4


def estimated_head(low: list[str], start: int) -> int | None:
    """The index of the noun an estimate gives the figure at ``start`` ("put <the saving> at
    380,000 pounds"; "<the number of homes> ... at 900": the homes; "<the deal> is worth 4
    million pounds"), or None."""
    at = bound_start(low, start)
    if at >= 3 and low[at - 1] == "worth" and low[at - 2] in _BE:
        return _worth(low, at - 3)
    if at < 3 or low[at - 1] != "at":
        return None
    verb = next((k for k in range(at - 2, max(-1, at - 2 - _PHRASE), -1) if low[k] in _ESTIMATE),
                None)  # fmt: skip
    if verb is None or low[verb + 1] not in _DETERMINERS:
        return None
    phrase = low[verb + 1 : at - 1]
    if any(not w.isalpha() and "'" not in w and "-" not in w for w in phrase):
        return None  # a clause between the verb and "at": not one noun phrase
    if "of" in phrase:
        k = verb + 1 + phrase.index("of")
        before = low[k - 1]
        if before in _COUNTING:
            return _counted(low, k + 1, at - 1)
        head = k - 1
    else:
        head = at - 2
    word = low[head]
    if word in _AMOUNTS or word in _COUNTING or word in lx.STOPWORDS:
        return None
    return head if word.isalpha() else None


def saving_for(low: list[str], start: int, unit: str) -> int | None:
    """The index of the verb of saving that gives the sum at ``start`` with the one it is
    saved for between them ("would save <the council> 310,000 pounds"), or None."""
    if unit.split("/")[0] not in _MONEY:
        return None
    at = bound_start(low, start)
    for k in range(at - 2, max(-1, at - 2 - _SAVED), -1):
        if low[k] in _SAVE:
            saved = low[k + 1 : at]
            if saved[0] in _DETERMINERS and all(w.isalpha() for w in saved):
                return k
            return None
        if not low[k].isalpha():
            return None
    return None


def _counted(low: list[str], start: int, end: int) -> int | None:
    """The noun counted after "the number of" (words ``start`` to ``end``): the first plural
    of the words that open the phrase ("empty <homes> able to order fibre"), else the last of
    them ("<people>")."""
    k = start
    while k < end and low[k] in _DETERMINERS:
        k += 1
    run = []
    while k < end and low[k].isalpha() and low[k] not in lx.STOPWORDS:
        run.append(k)
        k += 1
    if not run:
        return None
    return next((r for r in run if low[r].endswith("s") and not low[r].endswith("ss")), run[-1])


def _worth(low: list[str], head: int) -> int | None:
    """The noun before "is worth" at ``head`` ("the deal is worth 4 million pounds"), when it
    closes a noun phrase of its own: not a pronoun ("it is worth"), a name's part or "what"."""
    word = low[head]
    if not word.isalpha() or word in lx.STOPWORDS or word in _AMOUNTS or word in _COUNTING:
        return None
    return head
