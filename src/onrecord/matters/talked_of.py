"""An event named as the topic of talk: "closure was not discussed" answers nothing of it.

A noun of an event as the subject of a passive verb of talk ("Closure was not discussed",
"job cuts were never mentioned at the meeting", "the sale was raised by the chair") tells
what was or was not talked about, not whether the event happens: "not discussed" denies the
talk, not the closure. So the events named before such a verb are split off as a question
(they decide no stance), as :func:`.claims._asked` does for an embedded question.

Left alone: a thing, not an event, as the subject ("fees were raised": a rise, whose event is
the verb itself), a subject that a second verb also tells of ("job cuts were discussed and
agreed": the cuts are agreed, not only talked of), the active voice ("the board discussed
the closure and will close the depot"), and a clause with no verb of talk.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon as lx
from .words import tokens

if TYPE_CHECKING:
    from .claims import Clause

_TALK = frozenset({"discussed", "mentioned", "raised", "debated", "talked", "brought", "tabled"})
# words that may stand between the form of "be" and the verb of talk
_BETWEEN = frozenset({"not", "n't", "never", "ever", "even", "also", "once", "first",
                      "properly", "formally", "seriously"})  # fmt: skip
_HAVE = frozenset({"has", "have", "had"})
# words that end the subject going back from the form of "be"
_STOPS = frozenset({",", ";", ":", "and", "but", "or", "that", "because", "if", "when"})


def talked_of(clause: Clause) -> list[Clause]:
    """``clause`` with the events named in the subject of a passive verb of talk split off
    as a question (see the module)."""
    if clause.modality not in ("certain", "belief") or not clause.events:
        return [clause]
    low = [t.lower() for t in tokens(clause.text)]
    subject = _subject(low)
    if not subject:
        return [clause]
    topic = tuple(e for e in clause.events if _first(low, e.word.lower()) in subject)
    if not topic:
        return [clause]
    # "the closure was not raised": talk of it, no rise (the verb's own reading goes too)
    topic += tuple(e for e in clause.events if e.word.lower() == "raised" and e not in topic)
    rest = tuple(e for e in clause.events if e not in topic)
    asked = replace(clause, events=topic, modality="question", modal_words=("discussed",))
    return [replace(clause, events=rest), asked]


def _subject(low: list[str]) -> range:
    """Where the subject of the first passive verb of talk stands ("Closure | was not |
    discussed"): the words back from its form of "be" to the clause's start or a stop."""
    for k, w in enumerate(low):
        if w not in _TALK:
            continue
        j, passive = k - 1, False
        while j >= 0 and (low[j] in _BETWEEN or low[j] in lx.BE_FORMS or low[j] in _HAVE):
            passive = passive or low[j] in lx.BE_FORMS
            j -= 1
        if not passive:
            continue  # "the board discussed the closure": the active voice
        if low[k + 1 : k + 2] == ["and"]:
            return range(0)  # "job cuts were discussed and agreed": the subject's own verb too
        j += 1
        start = j
        while start > 0 and low[start - 1] not in _STOPS:
            start -= 1
        return range(start, j)
    return range(0)


def _first(low: list[str], word: str) -> int:
    """Where ``word`` (or the first of its words) first stands in ``low``; -1 if nowhere."""
    head = word.split()[0] if word.split() else word
    return next((k for k, w in enumerate(low) if w == head), -1)
