"""Things found or held: "inspectors found cracks" says a crack exists, "never had a key" says
none was held. The noun names the event, as "there is no crack" names it."""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

# verbs of finding, past and asserted only: "inspectors found cracks" answers "is there a
# crack?"; "we will find a buyer", "trying to find a buyer" say nothing of one
DISCOVERY = frozenset({"found", "discovered", "detected", "uncovered", "spotted"})
# before a verb of finding, words that make it no finding: a plan, a hope, a condition
_NOT_FOUND = frozenset({"to", "if", "unless", "whether", "hope", "hoped", "try", "tried",
                        "trying", "want", "wanted", "would", "could", "might", "may", "must",
                        "should", "will", "can", "be", "been", "being", "is", "are", "was",
                        "were", "get", "got"})  # fmt: skip


def asserted_find(low: list[str], i: int) -> bool:
    """Whether the verb of finding at ``i`` asserts a finding: not after "to", a modal, a
    wish or a condition ("hoped to find", "if they found"), nor passive ("was found guilty")."""
    return not any(w in _NOT_FOUND for w in low[max(0, i - 3) : i])


# verbs of having: "had a key", "never had a key", "kept a key" answer "did he have a key?"
# ("held a vote", "kept a promise", "kept a low profile" are no things held: left out)
POSSESSION = frozenset({"had", "has", "have"})
NOT_HELD = lx.BELIEFS | {"idea", "intention", "intentions", "choice", "option", "options",
                          "comment", "doubt", "doubts", "reason", "time", "chance", "problem",
                          "problems", "role", "say", "population", "vote", "votes", "right",
                          "rights", "history", "record", "meeting", "look", "chat", "talk",
                          "word", "feeling", "sense", "hand", "stake", "point",
                          "majority", "lot", "number", "way", "need", "duty"}  # fmt: skip
_BEFORE_NOUN = frozenset({"the", "a", "an", "no", "any", "some", "several", "its", "their",
                          "serious", "new", "more", "further", "significant", "fresh", "minor",
                          "major", "visible", "hairline", "extensive", "widespread", "deep",
                          "multiple"})  # fmt: skip


def found_thing(toks: list[str], low: list[str], i: int) -> Event | None:
    """The event that the thing found by the verb at ``i`` exists, keyed by the noun ("found
    cracks in the girders" -> ``crack``, +1; "found no cracks", "did not find any" -> -1), as
    "there is no crack" names it (a nominal after a negator). None when a name, a pronoun or
    a clause ("found that ...") follows."""
    k = i + 1
    while k < len(low) and (low[k] in _BEFORE_NOUN or low[k][:1].isdigit() or low[k] in _NUMBERS):
        k += 1
    if k >= len(low) or not low[k].isalpha() or toks[k][:1].isupper():
        return None
    if low[k] in lx.STOPWORDS or low[k] in lx.PRONOUNS or low[k] in lx.NEGATORS:
        return None
    negs = tuple(t for t in low[:k] if t in lx.NEGATORS)
    return Event(lx.stem(low[k]), toks[k], -1 if len(negs) % 2 else 1, negs)


def means_to_act(low: list[str], i: int) -> bool:
    """Whether "have" at ``i`` holds the means to act, told with "the": "the council has the
    power to inspect any home", as "has no power to inspect" denies it; not "has the support
    of" or "had the chance" (no act after "to": "the key to the room")."""
    if low[i + 1 : i + 2] != ["the"] or low[i + 3 : i + 4] != ["to"]:
        return False
    act = low[i + 4] if i + 4 < len(low) else ""
    return act.isalpha() and act not in lx.STOPWORDS and act not in lx.PRONOUNS


def noun_head(low: list[str], k: int) -> bool:
    """Whether the word at ``k`` ends its noun phrase ("a key <to the room>", "a key."), so it
    is the thing named, not a modifier of the next word ("a low profile")."""
    nxt = low[k + 1] if k + 1 < len(low) else ""
    return not nxt or not nxt.isalpha() or nxt in lx.STOPWORDS


_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "dozens", "hundreds", "thousands"})  # fmt: skip
