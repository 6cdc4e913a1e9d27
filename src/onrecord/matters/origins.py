"""Where a thing came from, said by the other shapes of blame: one question with "caused by".

:mod:`.blamed` reads the cause a clause names after "was caused by" ("the fire was caused by
a faulty charger", event ``cause-charger``). News names the same cause in three more shapes,
and two speakers who use two of them answer one question:

* the cause as the subject of an active "cause": "a fault in the timing chain caused nine
  crashes", "blasting at the quarry did not cause the cracks" (the head of the subject, "a
  fault in ..." is a fault; what it caused is the object, the event's theme);
* a thing traced, linked or put down to its cause, in the passive: "no crash has been linked
  to the fault", "the outbreak was traced to the chicken", "the fire was blamed on arson";
* a thing that started in, began in, originated in or came from its cause: "the fire started
  in the battery", "the smell is not coming from the landfill".

Each gives the event ``cause-<head noun>``, denied when a negator stands in its clause before
the verb ("not a single crash has been traced to the fault", "did not cause") or opens its
object ("caused no damage"). Not a time ("started in March", "began in the early hours", "came
from 2019"), not a pronoun or a question for the cause ("it caused chaos", "what caused it"),
and not "cause" as a noun ("the cause of the fire").
"""

from __future__ import annotations

from . import lexicon as lx
from .words import tokens

_CAUSE = frozenset({"cause", "causes", "caused", "causing"})
# participles of a thing put down to its cause, after "be", with their preposition
_TRACED = {"traced": "to", "linked": "to", "attributed": "to", "blamed": "on"}
# verbs of a thing's start, with the preposition that names where it started
_STARTED = {
    **dict.fromkeys(("started", "start", "starts", "starting", "began", "begun", "begin",
                     "begins", "originated", "originate", "originates"), "in"),
    **dict.fromkeys(("came", "come", "comes", "coming"), "from"),
}  # fmt: skip
_BE = frozenset({"is", "was", "are", "were", "been", "be", "being"})
# words of the verb group before "cause" ("did not cause", "may have caused")
_GROUP = frozenset({"did", "does", "do", "has", "have", "had", "will", "would", "may", "might",
                    "could", "can", "must", "should", "never", "not", "n't", "also", "only",
                    "directly", "probably", "certainly"})  # fmt: skip
# where a clause (and so a subject) opens
_OPENS = frozenset({",", ";", ":", "that", "which", "because", "but", "said", "says"})
# times that a thing starts in: no cause
_TIMES = frozenset({
    "hour", "hours", "minute", "minutes", "morning", "mornings", "night", "nights", "evening",
    "afternoon", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years",
    "spring", "summer", "autumn", "winter", "season", "time", "moment", "past", "century",
    "decade", "start", "beginning", "end", "middle", *lx.MONTHS,
})  # fmt: skip


def clause_start(low: list[str], i: int) -> int:
    """Where the clause of the word at ``i`` opens."""
    return next((k + 1 for k in range(i - 1, -1, -1) if low[k] in _OPENS), 0)


def origin_start(low: list[str], i: int) -> tuple[int, bool] | None:
    """(where the cause's noun phrase opens, whether it is the subject) for the word at
    ``i``, when it names a cause in one of the shapes of the module; else None."""
    w, nxt = low[i], low[i + 1 : i + 2]
    prev = [t for t in low[max(0, i - 3) : i] if t not in lx.NEGATORS and t != "n't"]
    passive = bool(prev) and prev[-1] in _BE
    if w in _CAUSE and not passive and nxt and nxt[0] not in ("by", "of", ",", "."):
        if i and low[i - 1] in ("the", "a", "its", "their", "no", "main", "real"):
            return None  # "the cause of the fire", "no cause for concern": a noun
        k = i
        while k > 0 and (low[k - 1] in _GROUP or low[k - 1] in lx.NEGATORS):
            k -= 1
        if k == i and w != "caused" and w not in ("causes",):
            return None  # "to cause", "causing": no subject of its own
        start = clause_start(low, k)
        return (start, True) if start < k else None
    if w in _TRACED and passive and nxt == [_TRACED[w]]:
        return i + 2, False
    if w in _STARTED and nxt == [_STARTED[w]]:
        return i + 2, False
    return None


def caused_object(clause: str, word: str) -> bool:
    """Whether ``word`` is an active "cause" in ``clause`` whose subject names the cause ("the
    decision caused a stir"): what the event happens to, its object, is then the thing caused,
    not one the cause befell."""
    low = [t.lower() for t in tokens(clause)]
    at = next((i for i, t in enumerate(low) if t == word.lower()), None)
    if at is None or low[at] not in _CAUSE:
        return False
    origin = origin_start(low, at)
    return origin is not None and origin[1]


def a_time(low: list[str], start: int) -> bool:
    """Whether the noun phrase at ``start`` is a time ("in March", "in the early hours",
    "in 2019")."""
    for w in low[start : start + 4]:
        if w[:1].isdigit() or w in _TIMES:
            return True
        if w not in ("the", "a", "an", "early", "late", "last", "first", "same", "mid"):
            return False
    return False


def denied_origin(low: list[str], i: int, subject: bool) -> bool:
    """Whether the cause named by the verb at ``i`` is denied: a negator in its clause before
    the verb (past a subject that is the cause itself, whose "no" would be a quantity of it),
    or "no" opening the object of an active "cause" ("caused no crashes")."""
    start = clause_start(low, i)
    if subject:
        start = next((k for k in range(i - 1, start - 1, -1) if low[k] not in _GROUP), start)
        start += 1
    before = any(low[k] in lx.NEGATORS for k in range(start, i))
    return before or (subject and low[i + 1 : i + 2] == ["no"])
