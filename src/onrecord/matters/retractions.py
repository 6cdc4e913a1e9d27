"""A speaker taking back their own earlier words: "I told this community the unit would stay
open, and that is no longer true" says the unit will not stay open."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .events import Event

if TYPE_CHECKING:
    from .claims import Clause

# the speaker takes back what they said before: "..., and that is no longer true"
_RETRACTION = re.compile(
    r"^\W*(?:(?:and|but)\s+)?(?:(?:that|this|it|which)\s+(?:is|was)\s+(?:no longer true|not true|"
    r"wrong|false|untrue)|(?:i|we)\s+(?:was|were)\s+wrong)\W*$",
    re.IGNORECASE,
)
_SELF = frozenset({"i", "we"})


def retracted(clauses: list[Clause]) -> list[Clause]:
    """Clauses of one sentence, with the speaker's own earlier words that the next clause
    takes back asserted the other way.

    "I told this community the unit would stay open, and that is no longer true": the first
    clause reports the speaker's own words (no stance, as reported words go), and the second
    retracts them, so the speaker now says the unit will not stay open. The retracting clause
    must end there: "it is not true that we will cut nurses" opens a denial of its own."""
    out = list(clauses)
    for k in range(len(out) - 1):
        c = out[k]
        first = c.text.lstrip("\"' ").split(" ", 1)[0].lower()
        if c.modality != "reported" or first not in _SELF or not c.events:
            continue
        if not _RETRACTION.match(out[k + 1].text):
            continue
        flipped = tuple(Event(e.key, e.word, -e.polarity, (*e.negators, "no longer true"))
                        for e in c.events)  # fmt: skip
        out[k] = replace(c, events=flipped, modality="certain", modal_words=("no longer true",))
    return out
