"""A figure corrected in so many words: "There are 420 people on the payroll, not 310."

A speaker who sets a figure of their own against another's and names the other's ("..., not
310") denies that figure whatever noun the first speaker counted it with ("the closure will
affect 310 jobs"): the echo of the value says which figure is meant, where the nouns of the
two (jobs, people on the payroll) would not. Each such echo makes a matter of two positions:
the statement of another speaker in the story that gave the value, said on or before the
correction, answers yes, and the correction no.

Read only after a comma that ends the speaker's own figure, with the clause ending at the
echoed value ("..., not 310", "..., not 2 million pounds"); a small bare count (under 20)
is too common to tell one figure, and one speaker's own figure is no one else's to correct.
Two speakers whose figures already meet in a matter of values (both count jobs: "plans to
cut 240 jobs" against "will cut 180 jobs", then "240, not 180") need no echo.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from .claims import Clause, Item
from .cluster import Matter, Position
from .figures import CURRENCY_SIGNS, figures_of, number_value
from .stance import CERTAINTY, Stance
from .stories import same_story
from .words import tokens

__all__ = ["echo_matters"]

_UNITS = {"pounds": "£", "dollars": "$", "euros": "€", "percent": "percent", "%": "percent"}
_SCALE = frozenset({"thousand", "million", "billion"})
_ENDS = frozenset({".", ",", ";", ":", "!", '"', "'"})
# the smallest bare count an echo can name: smaller ones are in too many statements
_LEAST_COUNT = 20.0


def denied_echo(clause: Clause) -> tuple[float, str, str] | None:
    """(the value, its unit, its words) that a certain clause corrects with ", not <value>"
    after a figure of its own, else None."""
    if clause.modality != "certain" or not figures_of(clause):
        return None
    toks = tokens(clause.text)
    low = [t.lower() for t in toks]
    for i in range(1, len(low) - 1):
        if low[i - 1] != "," or low[i] != "not":
            continue
        j, unit = i + 1, ""
        if low[j] in CURRENCY_SIGNS:
            unit, j = CURRENCY_SIGNS[low[j]], j + 1
        start = j
        while j < len(low) and (low[j][:1].isdigit() or (low[j] == "," and j + 1 < len(low)
                                and low[j + 1].isdigit()) or low[j] in _SCALE):  # fmt: skip
            j += 1
        if j == start:
            continue
        if j < len(low) and low[j] in _UNITS:
            unit, j = _UNITS[low[j]], j + 1
        if j < len(low) and low[j] not in _ENDS:
            continue  # "..., not 310 of them": the clause goes on
        words = " ".join(toks[start:j])
        value = number_value(words)
        if value is None or (not unit and value < _LEAST_COUNT):
            continue
        value, words = _scaled(clause, value, words)  # "480 million, not 455"
        return value, unit, words
    return None


def echo_matters(
    items: list[Item], stories: dict[str, frozenset[str]] | None, figures: Iterable[Matter] = ()
) -> list[Matter]:
    """The matters of figures corrected by an echo (see the module). Two speakers who already
    give opposite values in a matter of ``figures`` (the matters of values) have met there,
    told with one noun: their echo would tell that disagreement again."""
    out: list[Matter] = []
    met = {frozenset({p.item.statement.speaker.name, q.item.statement.speaker.name})
           for m in figures if ":" in m.event for p in m.positions for q in m.positions
           if p.stance.label == "yes" and q.stance.label == "no"}  # fmt: skip
    for b in items:
        for clause in b.claim.clauses:
            echo = denied_echo(clause)
            if echo is None:
                continue
            value, unit, words = echo
            for a in items:
                if a is b or a.statement.speaker.name == b.statement.speaker.name:
                    continue
                if (a.said or "") > (b.said or "") or not same_story(stories, a, b):
                    continue
                if frozenset({a.statement.speaker.name, b.statement.speaker.name}) in met:
                    continue
                said = _giving(a, value, unit)
                if said is None:
                    continue
                yes = Stance("yes", CERTAINTY[said.modality], (words,), said.text, said.times,
                             said.tense == "future", said.entities)  # fmt: skip
                no = Stance("no", CERTAINTY["certain"], ("not " + words,), clause.text,
                            said.times, said.tense == "future", clause.entities)  # fmt: skip
                seed = f"echo|{a.key}|{b.key}"
                mid = "m" + hashlib.sha1(seed.encode()).hexdigest()[:10]
                key = f"echo-{unit or 'count'}"  # no ":": one report with the figures it meets
                out.append(Matter(mid, f"Is the figure {words}?", key,
                                  (Position(a, yes), Position(b, no))))  # fmt: skip
    return out


def _giving(item: Item, value: float, unit: str) -> Clause | None:
    """The asserted clause of ``item`` that gives the figure ``value`` in ``unit``."""
    for clause in item.claim.clauses:
        if clause.modality not in CERTAINTY or clause.modality == "conditional":
            continue
        for fig in figures_of(clause):
            bare = fig.unit if fig.unit in _UNITS.values() else ""
            if bare == unit and fig.low <= value <= fig.high and fig.high - fig.low <= value / 4:
                return clause
    return None


def _scaled(clause: Clause, value: float, words: str) -> tuple[float, str]:
    """An echo that leaves out the scale of the speaker's own figure takes it: in "the cost is
    480 million, not 455" the 455 is 455 million. Only when the speaker's figure ends in a
    scale word, the echo has none, and its number is of the same order as the figure's."""
    if any(w in _SCALE for w in words.lower().split()):
        return value, words
    for fig in figures_of(clause):
        scale = next((w for w in reversed(fig.text.lower().split()) if w in _SCALE), "")
        own = number_value(fig.text.lower().split(scale)[0]) if scale else None
        if own and 0.1 <= value / own <= 10:
            return value * _SCALES[scale], f"{words} {scale}"
    return value, words


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
