"""Counts told as a standing state weeks apart: "there are 41 children on the roll" and, three
weeks later from another speaker, "we have 56 children".

A count moves from day to day (deaths, arrests, acres burned, packages recalled), so two counts
of one quantity told on different days are of two times (:func:`.timeframes.counted_apart`),
and a present claim is about the day it was made. But a count told in the plain present, with
no word of change, states how a thing stands: the children on a school's roll, the homes that
can order fibre, the pence of each pound a contractor keeps, the lets in a village. Two
speakers who give such a state two values within weeks, in the articles of one story, disagree
about one time, as two speakers' standing rates do (:mod:`.standing_rates`).

The shape, read on each stance's clause: the verb of the figure is in the present ("is",
"are", "have" of possession, "can", a present verb in "-s": "Pennant receives 45 pence"), with
no past or perfect ("had sold 6,500 tickets", "have died"), no time named, nothing ahead, and no
word that marks the count as one point of a change ("now", "still", "since", "so far", "yet":
"we are now four short", "the recall now covers 61,000 packages"), nor a tally that grows as
things happen, however it is told: what a fire or an outbreak reaches ("the fire covers 400
acres", "there are 12 patients with measles"), names on a petition, cases, complaints, arrests.

Only two speakers (one speaker's two counts weeks apart are more likely news that the count
changed), told within :data:`.timeframes.OCCASION_DAYS`.
"""

from __future__ import annotations

from .cluster import Position
from .persons import one_person
from .themes import PAST
from .timeframes import OCCASION_DAYS, days_apart
from .words import tokens

__all__ = ["standing_counts"]

# present verbs of a state ("there are", "it is", "we have", "homes can order")
_PRESENT = frozenset({"is", "are", "am", "'s", "has", "have", "can"})
# words that tell the count as one point of a change, or a span up to now
_CHANGE = frozenset({"now", "still", "since", "yet", "far", "anymore", "longer", "again"})
# what may stand between "have" and a past participle in a perfect ("have not yet died")
_BETWEEN = frozenset({"not", "n't", "never", "also", "all", "both"})
# words that make a figure a distance from a place, not a size
_AWAY = frozenset({"from", "away", "off", "apart"})
# a tally that grows as things happen, not a stock: what a fire, a spill or an outbreak
# reaches, names gathered, events counted ("covers 400 acres", "has 300 signatures")
_TALLY = frozenset(
    {"acre", "acres", "hectare", "hectares", "fire", "blaze", "wildfire", "spill", "outbreak"}
    | {"epidemic", "patients", "case", "cases", "infections", "infected", "signatures"}
    | {"signatories", "petition", "complaints", "deaths", "casualties", "victims", "injured"}
    | {"arrests", "applications", "objections", "responses", "sightings", "reports"}
)
# words before a figure that end in "-s" and are no present verb
_NOT_VERBS = frozenset({"is", "as", "was", "has", "its", "his", "this", "us", "plus", "les"})


def standing_counts(p: Position, q: Position) -> bool:
    """Whether two speakers' stances each give a count in the plain present, untimed, told
    within weeks of each other (see the module)."""
    if p.stance.times or q.stance.times or p.stance.future or q.stance.future:
        return False
    if one_person(p.item, q.item):
        return False
    days = days_apart(p.item.said, q.item.said)
    if days is None or days > OCCASION_DAYS:
        return False
    if not (present_state(p) and present_state(q)):
        return False
    return _distance(p) == _distance(q)  # "200 metres from the school" is no height


def present_state(p: Position) -> bool:
    """Whether the stance's clause tells its figure in the plain present, with no past, no
    perfect and no word of change."""
    if not p.stance.words:
        return False
    low, at = _figure_at(p)
    if set(low) & (PAST | _CHANGE | _TALLY) or _perfect(low):
        return False
    if set(low) & _PRESENT:
        return True
    before = low[at - 1] if at > 0 else ""
    # "Pennant receives 45 pence": a present verb in "-s" right before the figure
    return before.isalpha() and before.endswith("s") and before not in _NOT_VERBS


def _figure_at(p: Position) -> tuple[list[str], int]:
    """The stance's clause in lower-case tokens and where its figure starts (-1: nowhere)."""
    low = [t.lower() for t in tokens(p.stance.clause)]
    fig = [t.lower() for t in tokens(p.stance.words[0])] if p.stance.words else []
    n = len(fig)
    at = next((k for k in range(len(low) - n + 1) if n and low[k : k + n] == fig), -1)
    return low, at


def _distance(p: Position) -> bool:
    """Whether the stance's figure is a distance from something: its unit is followed by
    "from", "away" or "off" ("the mast is 200 metres from the school gates")."""
    low, at = _figure_at(p)
    if at < 0:
        return False
    n = len(tokens(p.stance.words[0]))
    return any(w in _AWAY for w in low[at + n : at + n + 2])


def _perfect(low: list[str]) -> bool:
    """Whether the clause has a perfect: "have" or "has" and then, past the words that may
    stand between, a past participle ("have died", "has risen", "have not yet recorded")."""
    for k, w in enumerate(low):
        if w not in ("has", "have", "'ve"):
            continue
        j = k + 1
        while j < len(low) and (low[j] in _BETWEEN or low[j].endswith("ly")):
            j += 1
        nxt = low[j] if j < len(low) else ""
        if nxt.endswith(("ed", "en", "wn")) or nxt in ("been", "gone", "done", "had", "left"):
            return True
    return False
