"""A machine or a service said to work, or to fail, with a finite verb rather than "be".

:mod:`.states` reads "the lifts were working normally" and "the lift was broken" as the
``function`` state. News says the same with a verb of its own: "the pumps have worked
normally all summer", "the system ran smoothly", "the filters broke in May", "the pumps
failed in late June", "the lift broke down", "the scanners stopped working". Each is
``function`` (+1 or -1), so the two speakers meet.

Only the shapes that say a thing's working, not someone's labour or a plan's fate:

* "work", "run", "operate", "function" as a verb followed by a word of manner that says
  it worked as it should ("normally", "properly", "smoothly", "as normal", "as intended",
  "exactly as it should");
  "she worked hard", "the buses run every hour" and "it works for us" are none;
* "broke", "broke down", "failed", "malfunctioned" with no object and no "to" after them
  ("the pumps failed in late June"): "failed to pay", "broke the law", "failed the test",
  "thieves broke in" are none. The subject must not be a person ("he failed", "we broke
  down in tears" are none), read as a pronoun for people before the verb;
* "stopped working" / "stopped functioning" is the failure (read as one phrase).
"""

from __future__ import annotations

from . import lexicon as lx

# finite forms only: "is operating normally" is read as it always was (its own event)
_WORK = frozenset({"work", "works", "worked", "run", "runs", "ran", "operate", "operates",
                   "operated", "function", "functions", "functioned"})  # fmt: skip
# words of manner that say a thing worked as it should
_AS_IT_SHOULD = frozenset({"normally", "properly", "correctly", "smoothly", "perfectly",
                           "flawlessly", "reliably", "fine", "faultlessly"})  # fmt: skip
_AS_WHAT = frozenset({"normal", "usual", "intended", "designed", "expected", "planned"})
_EXACTLY = frozenset({"exactly", "just", "precisely"})
_FAIL = frozenset({"failed", "fails", "broke", "malfunctioned", "malfunctions"})
# words after a failure verb that keep it intransitive: a time, a place, a manner, a clause end
_AFTER_FAIL = frozenset({"in", "on", "at", "during", "after", "before", "when", "while",
                         "and", "but", "last", "this", "twice", "again", "completely",
                         "repeatedly", "several", "three", "two", "within", "shortly",
                         "because", "so", "without", "overnight", "earlier", "today", "once",
                         "yesterday"})  # fmt: skip
# after "broke in", a time keeps it a failure ("broke in May"); else a break-in
_TIME_AFTER_IN = frozenset({"late", "early", "mid", "the", "a"})
# subjects that make these verbs someone's act or feeling
_PERSONS = frozenset({"i", "we", "you", "he", "she", "they", "who", "everyone", "nobody"})
# words between a subject and its verb ("we never failed", "they also broke down")
_BETWEEN = frozenset({"never", "just", "all", "also", "then", "finally", "eventually"})
_STOP = frozenset({"stopped", "stops", "stop", "ceased"})
_STOP_DOING = frozenset({"working", "functioning", "operating"})


def running(low: list[str], i: int) -> tuple[int, int] | None:
    """The sign of ``function`` said with a finite verb at ``i`` and the index of the last
    word of the phrase, or None."""
    word = low[i]
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if word in _STOP and nxt in _STOP_DOING and not _person_before(low, i):
        return -1, i + 1  # "the lifts stopped working on Monday"
    if word in _WORK and not _person_before(low, i):
        if nxt in _AS_IT_SHOULD:
            return 1, i + 1  # "have worked normally all summer"
        at = i + 2 if nxt in _EXACTLY else i + 1  # "worked exactly as it should"
        if low[at : at + 1] == ["as"] and low[at + 1 : at + 2] and low[at + 1] in _AS_WHAT:
            return 1, at + 1  # "ran as normal"
        should = low[at : at + 3]
        if (
            len(should) == 3
            and should[0] == "as"
            and should[1] in ("it", "they")
            and should[2] == "should"
        ):
            return 1, at + 2  # "the system worked as it should"
        return None
    if word not in _FAIL and not (word == "broke" or (word == "broken" and nxt == "down")):
        return None
    if _person_before(low, i) or (i and low[i - 1] in lx.BE_FORMS and word != "broken"):
        return None  # "we broke down", "was failed by the system"
    last = i + 1 if nxt == "down" and word in ("broke", "broken") else i
    after = low[last + 1] if last + 1 < len(low) else ""
    if word == "broken" and not (i and low[i - 1] in ("has", "have", "had")):
        return None
    if after == "in" and (last == i) and word == "broke":
        follow = low[last + 2] if last + 2 < len(low) else ""
        if not (follow in lx.MONTHS or follow in _TIME_AFTER_IN or follow.isdigit()):
            return None  # "thieves broke in"
    if after and after not in _AFTER_FAIL and after.isalpha():
        return None  # "failed the test", "broke the law", "failed to pay"
    return -1, last


def _person_before(low: list[str], i: int) -> bool:
    """Whether a pronoun for people is the subject right before the verb group at ``i``."""
    k = i - 1
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.NEGATORS or low[k] in _BETWEEN):
        k -= 1
    return k >= 0 and low[k] in _PERSONS
