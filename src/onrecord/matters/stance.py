"""The stance of a statement toward a matter: yes, no, hedged or unclear, and why.

A matter is keyed by an event (``meet``, or a concept such as ``open``). The clauses of a
claim that name the event decide: an asserted clause gives yes (the event holds) or no (it is
negated, or its opposite holds); a hedged or conditional one gives hedged; a question or
words reported from someone else decide nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..models import Json
from . import lexicon as lx
from .claims import Claim
from .conjuncts import past_fact
from .themes import settled_past, theme_of

Label = Literal["yes", "no", "hedged", "unclear"]

# a share of a group for subject: the clause tells how many do it (a figure), not whether
_SHARE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:percent|per cent|%)\s+of\b", re.IGNORECASE)


def _share_subject(text: str) -> bool:
    """Whether a share of a group is the clause's subject ("5 percent of voters support the
    plan"), not the object of its verb ("the district will close 20 percent of its schools":
    an auxiliary or a modal comes first)."""
    m = _SHARE.search(text)
    if m is None:
        return False
    before = {w.lower() for w in re.findall(r"[\w']+", text[: m.start()])}
    return not before & (lx.AUXILIARIES | lx.MODALS)


# after a denied "again", words that place the denied repeat in a period that already holds
# the first occurrence ("will not rise again this year", "will not close again until May")
_REPEAT_PERIOD = frozenset({"this", "until", "till", "before"})


def repeat_denied(text: str, word: str, negated: bool) -> bool:
    """Whether a denied event is a repeat within a period ("fares will not rise again this
    year"): it presupposes the first occurrence, so it answers nothing about it; "will not run
    again" with no period after it is left alone."""
    if not negated:
        return False
    low = [w.lower() for w in re.findall(r"[\w']+", text)]
    at = next((k for k, w in enumerate(low) if w == word.lower()), -1)
    if at < 0:
        return False
    for k in range(at + 1, min(len(low) - 1, at + 5)):
        if low[k] == "again":
            return low[k + 1] in _REPEAT_PERIOD
    return False


# how much a speaker commits, by the modality of the deciding clause
CERTAINTY = {"certain": 1.0, "belief": 0.8, "hedged": 0.3, "conditional": 0.3}


@dataclass(frozen=True, slots=True)
class Stance:
    """A statement's answer to a matter, with the words that decided it."""

    label: Label
    certainty: float = 0.0
    words: tuple[str, ...] = ()
    clause: str = ""
    times: frozenset[tuple[int, int]] = frozenset()
    future: bool = False
    entities: frozenset[str] = frozenset()
    theme: frozenset[str] = frozenset()  # what the event happens to (:mod:`.themes`)
    settled: bool = False  # a past occasion that later words cannot undo (:func:`settled_past`)

    @property
    def certain(self) -> bool:
        """Yes or no, asserted (not hedged, not conditional)."""
        return self.label in ("yes", "no") and self.certainty >= 0.8

    def to_dict(self) -> Json:
        return {
            "label": self.label,
            "certainty": self.certainty,
            "words": list(self.words),
            "clause": self.clause,
            "times": [f"{y:04d}-{m:02d}" for y, m in sorted(self.times)],
        }


def stance_of(claim: Claim, key: str) -> Stance:
    """The stance of ``claim`` toward the matter keyed by the event ``key``."""
    decided: list[Stance] = []
    hedged: list[Stance] = []
    for clause in claim.clauses:
        event = next((e for e in clause.events if e.key == key), None)
        if event is None or clause.modality in ("question", "reported"):
            continue
        if _share_subject(clause.text):
            continue  # "5 percent of voters support the plan": how many, not whether
        if repeat_denied(clause.text, event.word, event.polarity < 0):
            continue  # "will not rise again this year": the first rise is taken as given
        words = (event.word, *event.negators, *clause.modal_words)
        future = clause.tense == "future"
        if clause.asserted and (
            not claim.conditional or past_fact(clause.text, ()) or not _bare_condition(claim.text)
        ):
            label: Label = "yes" if event.polarity > 0 else "no"
            certainty = CERTAINTY[clause.modality]
            theme = theme_of(clause.text, event.word)
            settled = settled_past(clause.text, event.word, event.negators, key)
            decided.append(Stance(label, certainty, words, clause.text, clause.times, future,
                                  clause.entities, theme, settled))  # fmt: skip
        else:
            hedged.append(Stance("hedged", 0.3, words, clause.text, clause.times, future,
                                 clause.entities))  # fmt: skip
    labels = {s.label for s in decided}
    if len(labels) == 1:
        first = decided[0]
        times = frozenset().union(*(s.times for s in decided))
        words = tuple(dict.fromkeys(w for s in decided for w in s.words))
        names = frozenset().union(*(s.entities for s in decided))
        theme = frozenset().union(*(s.theme for s in decided))
        return Stance(first.label, min(s.certainty for s in decided), words, first.clause,
                      times, any(s.future for s in decided), names, theme,
                      all(s.settled for s in decided))  # fmt: skip
    if len(labels) > 1:  # yes and no in one statement: leave it to a reader
        return Stance("unclear", 0.0, tuple(w for s in decided for w in s.words))
    if hedged:
        return hedged[0]
    return Stance("unclear")


# a sentence that opens with a condition ("If the money comes through.", "That is, unless the
# board objects.", "Provided, of course, the grant comes through.")
_CONDITION_OPENING = re.compile(
    r"^(?:(?:that is|but|and|only|even then),?\s+)?(?:if|unless|provided|providing|as long as"
    r"|so long as|on condition that|assuming that|assuming|only if|only once)\b",
    re.IGNORECASE,
)
# a sentence's end: a stop, then a space and a capital (not after "Mr." or a single capital)
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\b[A-Z])[.!?]+[\"”’]?"
    r"(?=\s+[A-Z\"“‘'(])"
)
# the words set off by commas that tell no main clause of their own ("If the grant comes
# through, that is.", "Only if the grant comes through, mind.")
_ASIDES = frozenset({
    "that is", "mind", "mind you", "of course", "you know", "i suppose", "i think", "i hope",
    "naturally", "then", "obviously", "at least", "anyway", "i mean", "so to speak", "though",
    "surely", "mark you", "we hope", "we think", "in the end", "at last", "please", "still",
})  # fmt: skip


def _bare_condition(text: str) -> bool:
    """Whether the condition of a statement binds all its sentences: a sentence of it is only
    a condition, with no main clause of its own ("If the grant comes through, that is."). A
    condition inside a sentence with its own main clause binds that sentence alone ("Our
    members will not trade there. We will stand in the square if we have to."): its clauses
    are conditional already (:mod:`.claims`)."""
    return any(_only_condition(s) for s in _SENTENCE_END.split(text.strip()))


def _only_condition(sentence: str) -> bool:
    """Whether a sentence is a condition and nothing more: it opens with one, and after the
    condition's own words (to its first comma; after "Provided," the words next set off) come
    only asides ("that is", "of course")."""
    m = _CONDITION_OPENING.match(sentence.strip())
    if m is None:
        return False
    rest = sentence.strip()[m.end() :].strip(' \t\n.!?"”’')
    parts = [p.strip().lower() for p in rest.split(",")]
    parts = [p for p in parts if p and p not in _ASIDES]
    return len(parts) <= 1


def stance_toward_claim(text: str, claim: Claim) -> Stance:
    """The stance of a short report (a headline) toward a stated claim: see :mod:`.reports`."""
    from .reports import stance_toward_claim as of_report

    return of_report(text, claim)
