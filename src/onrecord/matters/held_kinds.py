"""A thing held, named by a compound noun: "will have a transfer budget" says there is one.

The key is the compound itself, kind and head (``transfer-budget``): "the club will have a
transfer budget" meets "there will be no transfer budget" (and "will not have a transfer
budget"), but not "has a transfer embargo", nor "will not pay the workers" ("has a pay
claim"), nor "has no staff problems" ("has a staff shortage"). A single noun held keeps its
own key ("has a key": ``have-key``, :data:`.found.POSSESSION`); only two-noun phrases are
read here. An adjective before the noun ("a low profile", "a
strong case") is no kind, nor is a word of a concept ("a strike fund" holds no strike). Plain
Python over tokens; :func:`.events.events_of` reads the event.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event
from .found import HELD_OCCASIONS, NOT_HELD, noun_head
from .heads import PRENOMINAL
from .senses import event_stem

# present and future possession: "had" is another time ("had a budget last year")
_HOLD = frozenset({"have", "has"})
# "there will be no <kind> <thing>", "has no <kind> <thing>": the compound said not to exist
_NONE_BEFORE = _HOLD | {"be", "is", "are"}
_ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ive", "able", "ible", "ic", "ish", "ed", "est",
                      "ly", "ing", "ant", "ent")  # fmt: skip
# short adjectives that no ending shows
_ADJECTIVES = frozenset({"low", "high", "good", "bad", "best", "better", "worse", "worst",
                         "small", "little", "long", "short", "old", "young", "clear", "strong",
                         "weak", "hard", "easy", "tough", "huge", "fair", "free", "key",
                         "main", "top", "open", "close", "whole", "same", "different", "fine",
                         "right", "wrong", "sound", "solid", "total", "local", "national",
                         "legal", "political", "financial", "personal", "social", "normal",
                         "slight", "tight", "wide", "broad", "deep", "rough", "decent",
                         "massive", "lot", "few", "very", "much", "bit", "great", "nice",
                         "poor", "rich", "safe", "secure", "modest", "healthy", "busy",
                         "heavy", "light", "late", "early", "last", "next", "first",
                         "quick", "slow", "real", "true", "simple", "basic",
                         "certain"})  # fmt: skip


def held_compound(toks: list[str], low: list[str], i: int) -> Event | None:
    """The event of the compound in "have/has a <kind> <thing>" at ``i`` ("will have a
    transfer budget": ``transfer-budget``, +1; "does not have a safety plan": -1), or in
    "be/has no <kind> <thing>" ("there will be no transfer budget": -1), or None."""
    if low[i] in _HOLD and low[i + 1 : i + 2] in (["a"], ["an"]):
        none = False
    elif low[i] in _NONE_BEFORE and low[i + 1 : i + 2] == ["no"]:
        none = True
    else:
        return None
    k = i + 2
    if k + 1 >= len(low):
        return None
    kind, thing = low[k], low[k + 1]
    if not kind.isalpha() or not thing.isalpha() or toks[k][:1].isupper():
        return None  # "a 5 million budget", "a Brennock office"
    if kind in lx.STOPWORDS or kind in lx.PRONOUNS or kind in lx.NEGATORS or len(kind) < 3:
        return None
    if kind in PRENOMINAL or kind in _ADJECTIVES or kind.endswith(_ADJECTIVE_ENDINGS):
        return None  # "a new budget", "a low profile", "a serious problem"
    if thing in lx.STOPWORDS or not noun_head(low, k + 1):
        return None  # "a transfer budget plan": a longer phrase
    if kind in NOT_HELD or (thing in NOT_HELD and thing not in lx.BELIEFS):
        return None  # "a safety record": a past, not a thing held
    if low[k + 2 : k + 3] == ["to"]:
        return None  # "has a rescue plan to ...": an intention
    if event_stem(kind) in lx.CONCEPTS or kind in HELD_OCCASIONS:
        return None  # "has a strike fund": no strike
    key = f"{event_stem(kind)}-{event_stem(thing)}"
    negs = tuple(t for t in low[:k] if t in lx.NEGATORS)
    if none:
        return Event(key, toks[k], -1, ("no",))  # the "no" is the denial itself
    return Event(key, toks[k], -1 if len(negs) % 2 else 1, negs)
