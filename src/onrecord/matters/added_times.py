"""Time a thing adds to another: "the diversion adds forty minutes to every journey".

:mod:`.figures` reads no figure of time ("two years", "40 minutes": mostly when, not how
much); but a length of time that a thing is said to add to another is a quantity, one per
thing, and two speakers can give it two values ("adds forty minutes to the journey" / "adds
about ten minutes to a journey"). Read only after a verb of adding with "to" after the time
(what it is added to), and with the thing that adds it named as the verb's subject: not
"we added two hours to the opening times" told of a plan (a pronoun subject names no thing),
nor "it adds ten minutes" (no thing).
"""

from __future__ import annotations

from . import lexicon as lx

_ADD = frozenset({"add", "adds", "added", "adding"})
# the units of a length of time, each in one form
_UNITS = {"minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour",
          "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
          "months": "month", "year": "year", "years": "year"}  # fmt: skip
# words between the verb and the figure that bound or soften it ("adds about ten minutes")
_BOUND_WORDS = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "at",
                          "least", "most", "up", "to", "more", "than", "over", "under",
                          "only", "just", "another", "an", "extra"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})
_NP_STOP = frozenset({",", ".", ";", ":", "and", "but", "or", "which", "who", "that"})


def added_time(
    low: list[str], start: int, end: int
) -> tuple[frozenset[str], str, frozenset[str]] | None:
    """(the stems of the thing that adds it, the unit, the stems of what it is added to:
    "a bus journey" and "the drive to school" are two) of the length of time at
    ``start:end`` when a verb of adding governs it and "to" follows ("<the diversion> adds
    forty <minutes> to every journey"), else None."""
    unit = _UNITS.get(low[end]) if end < len(low) else None
    if unit is None or low[end + 1 : end + 2] != ["to"]:
        return None
    verb = start - 1
    while verb >= 0 and low[verb] in _BOUND_WORDS:
        verb -= 1
    if verb < 1 or low[verb] not in _ADD:
        return None
    k = verb - 1
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS or low[k].endswith("ly")):
        k -= 1
    words: list[str] = []
    while k >= 0 and low[k] not in _DETERMINERS and low[k] not in _NP_STOP:
        if low[k] in lx.PRONOUNS or not low[k].isalpha():
            return None  # "it adds ten minutes": no thing named
        words.append(low[k])
        k -= 1
    if k < 0 or low[k] not in _DETERMINERS or not words or words[0] in lx.STOPWORDS:
        return None
    to = []
    for w in low[end + 2 :]:
        if w in _NP_STOP or w in ("to", "for", "in", "on", "by", "from", "because", "if"):
            break
        if w.isalpha() and w not in lx.STOPWORDS and w not in _DETERMINERS:
            to.append(lx.stem(w))
    return frozenset({lx.stem(words[0])}), unit, frozenset(to)
