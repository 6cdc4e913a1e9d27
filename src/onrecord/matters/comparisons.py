"""A thing judged better or worse than another: one question, whether it is an improvement.

"The new clinic will be worse than the old surgery" and "the new clinic will give patients a
better service than the old surgery did" answer one question in opposite words, and so does
"the change would be an improvement on the old surgery". A comparative of "good" ("better")
or "bad" ("worse") with its standard named ("than ...") is read as the improvement event
(:data:`IMPROVED`, the key "improve" and "improvement" have), worse as its denial.

Only a comparison with a standard counts: "things will get better", "we had better wait"
and "a better deal" name no thing compared against, and "better than expected", "worse than
we feared" compare a thing with what was thought of it, "better than nothing" with nothing,
"better placed than" ranks fitness, and "nobody is better than her" ranks people. A denied
"better" ("will not be better than the bus") denies the improvement; a denied "worse" ("is
not worse than") says only that the thing is not worse, which is no improvement either, so it
is left alone, and so is "no better than" (as bad as, an idiom that is no plain denial). The
clause is one clause (:mod:`.claims` splits them), so a negator anywhere before the
comparative denies it.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

IMPROVED = lx.stem("improve")
_SIGNS = {"better": 1, "worse": -1}
# words between the comparative and its "than": a noun it qualifies ("a better service than"),
# "off" ("better off than"), at most two of them
_BETWEEN = 2
# a standard that is a hope or a forecast ("better than expected", "worse than we feared"):
# the thing against what was thought of it, no improvement on another thing
_HOPES = frozenset({"we", "i", "anyone", "anybody", "most", "many", "thought", "forecast",
                    "predicted", "planned", "hoped", "feared", "anticipated", "projected",
                    "nothing", "none", "anything"})  # fmt: skip
# negators of the verb ("will not be better"); a negative subject ("nobody is better than
# her") ranks, it names no improvement
_VERB_NEGATORS = frozenset({"not", "n't", "never"})


def compared_events(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """:data:`IMPROVED` with its polarity where "better" or "worse" is compared with a standard
    ("worse than the 41", "a better service than the bus ever gave")."""
    for i, word in enumerate(low):
        sign = _SIGNS.get(word)
        if sign is None or not _has_standard(low, i):
            continue
        if i and low[i - 1] in ("no", "had", "'d"):
            return ()  # "no better than" (as bad as), "we had better wait": no comparison
        negs = tuple(w for w in low[:i] if lx.negating(w))
        if any(w not in _VERB_NEGATORS for w in negs):
            return ()  # "nobody is better than her": she is the best, no improvement named
        if negs:  # "will not be better than the bus": no improvement; "not worse": not said
            return (Event(IMPROVED, toks[i], -1, negs[-1:]),) if sign > 0 else ()
        return (Event(IMPROVED, toks[i], sign, ()),)
    return ()


def _has_standard(low: list[str], i: int) -> bool:
    """Whether "than" and a word after it follow the comparative at ``i`` within
    :data:`_BETWEEN` plain words ("better than the 41", "a worse service than before")."""
    for j in range(i + 1, min(len(low), i + 2 + _BETWEEN)):
        if low[j] == "than":
            nxt = low[j + 1] if j + 1 < len(low) else ""
            return nxt.isalnum() and nxt not in _HOPES and not nxt.endswith("ed")
        if not low[j].isalpha() or (low[j] in lx.STOPWORDS and low[j] != "off"):
            return False
        if low[j].endswith("ed"):
            return False  # "better placed than", "better known than": fit, not improved
    return False
