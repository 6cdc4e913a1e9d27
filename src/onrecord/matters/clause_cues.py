"""Clause cues read by :mod:`.claims`: an option weighed ("looking at paying for it") and
what someone heard from others ("relieved to hear the school would stay open"). The
speaker's own plan told in the progressive ("we are closing Ferncliff") is
:func:`.finite.planned_progressive`."""

from __future__ import annotations

import re

from . import lexicon as lx

# an option weighed, not a decision: "the club is looking at paying for the road itself"
CONSIDERING = re.compile(r"\blook(?:s|ed|ing)? (?:at|into) \w+ing\b")


_HEAR = frozenset({"hear", "hears", "heard"})


def hearsay(low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is "hear" with a clause for its object: what someone else said
    ("relieved to hear the school would stay open", "we heard that the plant is closing"),
    not a hearing ("the court heard arguments on Monday")."""
    if low[i] not in _HEAR:
        return False
    after = low[i + 1 : i + 7]
    stop = next((k for k, w in enumerate(after) if w in (",", ";", "and", "but", "or")), None)
    after = after[:stop]
    return after[:1] == ["that"] or any(
        (w in lx.MODALS and w not in ("to", "not", "n't", "never")) or w in _FINITE_BE
        for w in after
    )


_FINITE_BE = frozenset({"is", "are", "was", "were", "'s", "'re"})
