"""A decision or an outcome that stands: "the result stands" says it holds.

"The result will stand" names the event after its modal and "the result does not stand"
after its negator; said plainly, with no auxiliary, "stands" is the clause's verb only by
where it is: after its subject's noun, with nothing of its own after it. "Stands at 3
percent" (a level), "stands in the square" (a place), "stands by the decision" (a side) and
"as things stand" (a time) are none. Plain Python over tokens; :func:`.events.events_of`
reads the event.
"""

from __future__ import annotations

from . import lexicon as lx

_FORMS = frozenset({"stand", "stands"})
# between the subject and the verb ("the ban still stands")
_BETWEEN = frozenset({"still", "now", "therefore", "thus", "also"})
# what may follow the verb and still leave it the clause's last word of its own
_AFTER = frozenset({"firm", "unchanged", "unchallenged"})
# words that make the clause a time or a manner ("as things stand", "where it stands")
_FRAMES = frozenset({"as", "where", "how", "what", "whatever", "however"})


def stands(toks: list[str], low: list[str], i: int) -> bool:
    """Whether ``low[i]`` is "stands" said plainly of a noun subject with nothing of its own
    after it ("the result stands", "the ban still stands, we will enforce it"): the decision
    holds. A clause joined on by "and" is left alone: its negator would be read as this
    verb's."""
    if low[i] not in _FORMS:
        return False
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt[:1].isalnum() and nxt not in _AFTER:
        return False
    j = i - 1
    while j >= 0 and low[j] in _BETWEEN:
        j -= 1
    if j < 1 or any(w in _FRAMES for w in low[max(0, j - 3) : j + 1]):
        return False
    subject = low[j]
    if not subject.isalpha() or subject in lx.STOPWORDS or subject in lx.PRONOUNS:
        return False
    if subject in lx.NEGATORS or subject in lx.MODALS or lx.is_aux(low, j):
        return False  # "does not stand", "will stand": read after the auxiliary
    if j < 1 or toks[j][:1].isupper():
        return False  # "Ardley stands": a person standing (for an office), not a decision
    return low[i] != "stand" or subject.endswith("s")  # "the results stand"
