"""Whether "as long as" sets a condition or measures a length of time.

"The pool will stay open as long as the grant lasts" binds what is said to a condition: the
clause is conditional, neither yes nor no. The same three words also tell a duration or a
comparison, and then the clause is asserted as it stands: "the meadow has flooded every
spring for as long as anyone can remember" (a span of time, after "for"), "the repairs took
twice as long as planned" (a multiple before it), "the works could last as long as two years"
(a figure after it: a measure, hedged, if at all, by its own modal). A clause that is only
the span ("will pay for every room, for as long as the evacuation lasts") tells the time of
the clause before it: it takes the evacuation as given and asserts nothing of it, so it stays
unasserted, as a condition is.
"""

from __future__ import annotations

import re

from ..nlp.timex_lexicon import NUMBER_WORDS

__all__ = ["conditional_long_as", "span_clause"]

_PHRASE = re.compile(r"\bas long as\b")
# the words before "as long as" that make it a span or a comparison, not a condition
_MEASURED = frozenset({"for", "twice", "thrice", "times", "half"})
# the words after it that open a figure ("as long as two years", "as long as a decade")
_COUNTS = frozenset(NUMBER_WORDS) - {"a", "an"}  # "as long as a deal is reached": a condition
_FIGURE = re.compile(r"\s*(?:\d|a\s+(?:year|month|week|decade|day)\b|an\s+hour\b)")


def conditional_long_as(low: str) -> bool:
    """Whether some "as long as" in the lower-cased sentence ``low`` sets a condition ("as
    long as the grant lasts"), not a span ("for as long as anyone can remember"), a multiple
    ("twice as long as planned") or a measure ("as long as two years")."""
    for m in _PHRASE.finditer(low):
        before = re.findall(r"[\w']+", low[: m.start()])
        if before and before[-1] in _MEASURED:
            continue
        after = low[m.end() :]
        word = re.match(r"\s*([\w']+)", after)
        if _FIGURE.match(after) or (word is not None and word.group(1) in _COUNTS):
            continue
        return True
    return False


def span_clause(part: str) -> tuple[str, ...]:
    """The words that leave a clause unasserted when it is only a span of time ("for as long
    as the evacuation lasts"): ``("for as long as",)``, or none."""
    return ("for as long as",) if re.match(r"\s*for as long as\b", part.lower()) else ()
