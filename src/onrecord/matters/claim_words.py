"""The words of a claim a rebuttal names, and whether a statement holds that claim.

A rebuttal names a claim in the rebutter's words ("rejected the mayor's claim that the depot
had closed"); the target's own statement says it in theirs. These tests compare the two: the
content words besides names and times (:func:`content_terms`), most of them held
(:func:`holds_most`), every one held in one plain clause (:func:`holds_words`), an event named
the other way round (:func:`says_otherwise`), and the same stance held as firmly
(:func:`same_stance`).
"""

from __future__ import annotations

from . import lexicon as lx
from .claims import Claim, Clause
from .words import tokens

# of the denied claim's terms, a statement must share this many (and at least half) to be it
DENIED_SHARED = 2


def clause_terms(clause: Clause) -> set[str]:
    """Stems of a clause's content words besides names and times."""
    toks = tokens(clause.text)
    return {lx.stem(t.lower()) for k, t in enumerate(toks) if t[:1].isalpha()
            and t.lower() not in lx.STOPWORDS and not (k and t[:1].isupper())
            and lx.stem(t.lower()) not in TIME_WORDS}  # fmt: skip


# words of a time: no content of a claim ("next year", "in March")
TIME_WORDS = frozenset(lx.stem(w) for w in (
    "year", "years", "month", "months", "week", "weeks", "day", "days", "next", "last", "this",
    "today", "tomorrow", "yesterday", "spring", "summer", "fall", "autumn", "winter", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "quarter",
    *lx.MONTHS,
))  # fmt: skip


def content_terms(claim: Claim) -> set[str]:
    """The claim's terms besides names, times, figures and the words of its events."""
    names = {lx.stem(e) for e in claim.entities} | {e.lower() for e in claim.entities}
    own = {lx.stem(e.word.lower()) for c in claim.clauses for e in c.events}
    return {t for t in claim.terms if t not in names and t not in own and t not in TIME_WORDS
            and not t[:1].isdigit()}  # fmt: skip


# of the words of a claim named, a statement with no event read must hold this share
_MOST_WORDS = 2 / 3


def holds_most(said: Claim, named: Claim) -> bool:
    """Whether a statement with no event read from it ("the leak began four days before the
    company reported it") holds most of a claim's words besides names and times, its events'
    own words among them ("the company had waited four days to report the leak"), two at
    least."""
    own = {lx.stem(e.word.lower()) for c in named.clauses for e in c.events}
    wanted = content_terms(named) | own
    shared = len(wanted & set(said.terms))
    return shared >= DENIED_SHARED and shared >= _MOST_WORDS * len(wanted)


def says_otherwise(said: Claim, named: Claim) -> bool:
    """Whether a statement names an event of the claim a rebuttal names only the other way
    round ("rejected Y's claim that the depot had closed": Y's "the depot has not closed" is
    the rebutter's side, not the claim)."""
    wanted: dict[str, set[int]] = {}
    for c in named.clauses:
        for e in c.events:
            wanted.setdefault(e.key, set()).add(e.polarity)
    found: dict[str, set[int]] = {}
    for c in said.clauses:
        for e in c.events:
            if c.asserted and e.key in wanted:
                found.setdefault(e.key, set()).add(e.polarity)
    return any(not pols & wanted[k] for k, pols in found.items())


# a claim held word for word needs this many words to say which claim it is
_HELD_WORDS = 3


def holds_words(said: Claim, named: Claim) -> bool:
    """Whether one plain clause of a statement holds every word of the claim a rebuttal names
    when their events were read apart ("the contract had been broken" read as a noun, "they
    have broken the contract" as a verb): asserted, and nothing in it denied."""
    names = set(named.entities)
    need = {t for t in named.terms if t not in names}
    if len(need) < _HELD_WORDS:
        return False
    return any(c.asserted and all(e.polarity > 0 for e in c.events) and need <= clause_terms(c)
               for c in said.clauses)  # fmt: skip


def same_stance(said: Claim, named: Claim) -> bool:
    """Whether a statement holds the claim as a rebuttal names it: each of the claim's events
    it names, it names with the same polarity and as firmly ("none of the tenants had been
    rehoused" and "all would be rehoused, if the funding arrived" are not "every tenant had
    been rehoused"). A statement that names none of the claim's events is not ruled out."""
    wanted = {(e.key, e.polarity, c.asserted) for c in named.clauses for e in c.events}
    keys = {k for k, _, _ in wanted}
    found = {(e.key, e.polarity, c.asserted) for c in said.clauses for e in c.events
             if e.key in keys}  # fmt: skip
    if not found:
        return True
    if said.conditional and not named.conditional:
        return False
    return found <= wanted
