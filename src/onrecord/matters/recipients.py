"""Who an event named by a noun is given to: "four nurses have been given redundancy notices".

An event may be named by the noun of a thing handed over: a notice ("was given two weeks'
notice of the closure"), a redundancy ("have been handed redundancy notices"), a warning.
What the event happens to is then the one who receives it, the subject of a passive verb of
giving ("<every shop> was given notice", "<four nurses> have been handed redundancy
notices") or of a verb of receiving ("<the tenants> received notice"), not the words after
the noun ("notices", "of the closure"): "no nurse will lose her job" and "four nurses have
been given redundancy notices" speak of the nurses, as "never warned the shops" and "every
shop was given notice" speak of the shops.

Only for the events that happen to a person: a notice and a job cut. A refund or a payment
received happens to the money ("every ticket holder will get a full refund, fees included"
is about the fees, as "fees are not refundable" is). Not an active giving ("the council gave
the shops notice": the giver is the subject), nor a noun after a preposition or a verb of
its own ("was given time to read the notice").
"""

from __future__ import annotations

from . import lexicon as lx
from .senses import event_stem

# the concepts whose noun, handed to someone, is an event that happens to that person
_TO_THE_RECIPIENT = frozenset({"notify", "jobcut"})
# "notice", read as a notice given by :mod:`.notice` (its stem alone is a detection)
_NOTICE = frozenset({"notice", "notices"})

# participles of giving, read after a form of "be" ("was given", "were handed")
_GIVEN = frozenset({"given", "handed", "sent", "served", "issued", "offered"})
# verbs of receiving, read in any form ("received notice", "got a warning")
_RECEIVED = frozenset({"received", "receive", "receives", "receiving", "got", "get", "gets"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"})
# words between the verb and the noun: its modifiers ("two weeks' formal notice")
_BETWEEN = 4


def received_at(low: list[str], at: int) -> int | None:
    """The position of the verb of giving (passive) or receiving whose object's noun is the
    event at ``at``, or None."""
    concept = lx.CONCEPTS.get(event_stem(low[at]))
    if low[at] not in _NOTICE and (concept is None or concept[0] not in _TO_THE_RECIPIENT):
        return None
    for g in range(at - 1, max(-1, at - 1 - _BETWEEN), -1):
        w = low[g]
        if w in _RECEIVED:
            return g
        if w in _GIVEN:
            j = g - 1
            while j >= 0 and (low[j] in lx.NEGATORS or low[j].endswith("ly")):
                j -= 1
            return g if j >= 0 and low[j] in _BE else None
        if not (w[:1].isalnum() or w in ("'", "'s")) or w in _BE or w in _STOP:
            return None
    return None


# words that end the noun phrase before the event: a preposition or a conjunction
_STOP = frozenset({
    "to", "of", "in", "on", "at", "for", "from", "with", "by", "about", "and", "or", "but",
    "that", "which", "who", "because", "after", "before", "than",
})  # fmt: skip
