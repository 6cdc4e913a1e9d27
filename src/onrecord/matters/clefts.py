"""The verb of a cleft: "It was the night train that started the fire".

A cleft puts one part of a clause in focus ("it was X") and tells the rest in a relative
clause ("that started the fire", "who closed the road"): the relative's verb is the clause's
own event, asserted (or denied, "it was not X that started it") as a plain past verb is.
:func:`.events.events_of` reads a verb after "that" or "who" only if the lexicon names its
concept ("killed", "ordered"), since after the copula "was" a plain past form is no longer
taken for the clause's verb; so "it was the train that started the fire" named no event and
could never meet "the fire was not started by our locomotive".

The shape read: "it" opening the clause, a form of "be" ("is", "was", "'s"), at most one
negator or focusing adverb ("not", "never", "only", "just"), a focus phrase opened by a
determiner, a name or an object pronoun, with no comma, verb or clause word in it, then
"that" or "who", then a past verb (in "-ed" or an irregular past form) or a present verb in
"-s". Not a cleft: "it is possible that ..." or "it was clear that ..." (no noun in focus),
"it was the case that the council ..." (no verb after "that"), "it was four degrees in that
house" ("that" a determiner).
"""

from __future__ import annotations

from . import lexicon as lx
from .present_verbs import PAST_FORMS

__all__ = ["cleft_relative", "cleft_verb"]

_BE = frozenset({"is", "was", "'s"})
# a word between "be" and the focus that keeps it a cleft ("it was not the train that ...")
_FOCUSING = frozenset({"not", "never", "only", "just", "n't", "also", "really", "actually"})
# words that may open the focus phrase
_FOCUS_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "their",
                            "its", "his", "her", "my", "your", "one", "me", "us", "him",
                            "them", "you"})  # fmt: skip
# words that cannot stand inside the focus phrase: a clause goes on or a verb comes
_NOT_IN_FOCUS = frozenset({",", ";", ":", "who", "which", "if", "because", "when", "while",
                           "and", "but", "or", "to"})  # fmt: skip
_RELATIVES = frozenset({"that", "who"})
_MAX_FOCUS = 9


def cleft_verb(toks: list[str], low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is the verb right after "that" or "who" in a cleft that opens the
    clause ("It was the train that <started> the fire", "It was Vell who <closed> it")."""
    return i >= 4 and _verb_form(low[i]) and cleft_relative(toks, low, i - 1)


def cleft_relative(toks: list[str], low: list[str], r: int) -> bool:
    """Whether "that" or "who" at ``r`` opens the relative clause of a cleft that opens the
    clause, with a verb right after it: that clause is the main one, not a restrictive
    relative on a noun ("it was the council <who> closed the road")."""
    if r < 3 or low[r] not in _RELATIVES or r + 1 >= len(low) or not _verb_form(low[r + 1]):
        return False
    start = 1 if low[0] in ("and", "but", "so") else 0
    if low[start : start + 2] != ["it", low[start + 1]] or low[start + 1] not in _BE:
        return False
    k = start + 2
    while k < r and low[k] in _FOCUSING:
        k += 1
    focus = low[k:r]
    if not focus or len(focus) > _MAX_FOCUS:
        return False
    opener = focus[0]
    if opener not in _FOCUS_OPENERS and not (toks[k][:1].isupper() and opener.isalpha()):
        return False
    return not any(
        w in _NOT_IN_FOCUS or w in _RELATIVES or w in lx.MODALS or lx.is_aux(low, k + 1 + n)
        for n, w in enumerate(focus[1:])
    )


def _verb_form(word: str) -> bool:
    """Whether ``word`` has the shape of a past verb or a present one in "-s"."""
    if not word.isalpha() or word in lx.STOPWORDS or word in lx.REPORT_VERBS:
        return False
    if (word.endswith("ed") and len(word) > 4) or word in PAST_FORMS:
        return True
    return len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
