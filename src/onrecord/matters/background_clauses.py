"""Clauses that tell when or which, not what: their events are background to the claim.

"the agency never warned businesses before it shut the bridge" says nothing on whether the
bridge is shut now, and "rate relief for every month the bridge stays shut" nothing on
whether it stays shut: the clause names a time by an event. Two shapes a subordinator followed
by a determiner does not cover: a subordinator of time with a pronoun for subject ("before it
shut", "until they reopen", "after we closed"), and a noun of time followed at once by a
clause with no "that" ("every month the bridge stays shut", "the day the plant closed"),
after other words: a clause that opens so ("each year the bridge closes for two weeks")
says what happens every year.
A clause that opens with "which" after a comma ("the footbridge, which opened on February 23,
would stay") describes the thing before it: what it says was not put in dispute.
"""

from __future__ import annotations

# subordinators of time only ("since" and "while" also give a reason or a concession)
_TIME_SUBORDINATORS = frozenset({"until", "till", "before", "after", "when", "once"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i", "you"})
# nouns of time that a contact clause can follow ("every month <the bridge stays shut>")
_TIME_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years",
                         "night", "nights", "time", "moment", "morning", "evening"})  # fmt: skip
_QUANTIFIERS = frozenset({"every", "each", "the"})
# what opens the clause after the noun: a determiner or a subject pronoun
_CLAUSE_OPENERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that",
                             "these", "those", "a", "an"}) | _SUBJECT_PRONOUNS  # fmt: skip


# the relative pronoun of a thing, opening a clause split off at a comma ("who" after a
# person's name adds what the person did: "Ms. Ng, who had denied the claim, will resign")
_RELATIVES = frozenset({"which"})


def background_clause_start(low: list[str]) -> int:
    """Where a background clause of those shapes begins in a clause's lowered tokens, or
    ``len(low)`` when there is none: 0 for a clause that is a relative one ("which opened on
    February 23"); a time clause only after the first word (one that opens the clause is read
    by the caller)."""
    if low[:1] and low[0] in _RELATIVES:
        return 0
    for i in range(1, len(low) - 1):
        w, nxt = low[i], low[i + 1]
        if w in _TIME_SUBORDINATORS and nxt in _SUBJECT_PRONOUNS:
            return i  # "before it shut the bridge"
        if (
            w in _TIME_NOUNS
            and i >= 2  # "every year the council raises the tax" that opens it is the claim
            and low[i - 1] in _QUANTIFIERS
            and nxt in _CLAUSE_OPENERS
            and i + 2 < len(low)
            and low[i + 2][:1].isalpha()
        ):
            return i - 1  # "every month the bridge stays shut"
    return len(low)
