"""Someone told to do a thing, or not to: an instruction, whatever it says should be done.

"The manager told us not to talk to the auditors" says the manager gave an order; "no member
of staff was told not to speak to the auditors" denies one. Both answer one question, whether
the order was given: the key of "instructed" and "ordered" (:data:`INSTRUCT`, of
:data:`.families.FAMILY_SYNONYMS`), with what was ordered for an order told
(:func:`order_events`). The "not" after the verb is the order's own words (what was to be
done), never a denial of the order: "instructed us not to talk" is an order given.

A verb of telling or ordering, an object of a few words or none (a passive: "was told to
leave"), an optional negator, then "to" and a verb: "told reporters that ..." reports words,
"told him to his face" and "told the story to the court" give no order (a determiner after
"to" opens a noun phrase, no verb). The verb's own negators are those before it ("nobody told
us to ...", "was never told to ...").
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event

INSTRUCT = lx.CONCEPTS[lx.stem("instructed")][0]
_ORDERING = frozenset({"tell", "tells", "told", "telling", "instruct", "instructs",
                       "instructed", "instructing", "ordered", "ordering"})  # fmt: skip
# words that end an object before an order: what follows reports or tells about something
_NOT_OBJECT = frozenset({"that", "about", "what", "how", "whether", "why", "when", "where",
                         "if", "and", "but", "by", "in", "on", "at", "for", "from"})  # fmt: skip
_OBJECT_WORDS = 4
# words after "to" that open a noun phrase, no verb ("told him to his face")
_NOT_A_VERB = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                         "this", "that", "these", "those", "me", "him", "us", "them", "all",
                         "any", "every", "each", "some", "no"})  # fmt: skip


def order_to(low: list[str], i: int) -> int:
    """Where the "to" of an order given by the verb at ``i`` stands ("told us not to talk",
    "was told to leave", "ordered staff to stay"), or -1."""
    if low[i] not in _ORDERING:
        return -1
    j = i + 1
    while j < len(low) and j <= i + _OBJECT_WORDS and low[j] != "to" and not lx.negating(low[j]):
        if not low[j].isalpha() or low[j] in _NOT_OBJECT:
            return -1
        j += 1
    if j < len(low) and lx.negating(low[j]):
        j += 1  # "told us not to talk": what the order says, not whether it was given
    if j + 1 >= len(low) or low[j] != "to":
        return -1
    nxt = low[j + 1]
    return j if nxt.isalpha() and nxt not in _NOT_A_VERB and not nxt[:1].isdigit() else -1


def order_events(toks: list[str], low: list[str]) -> tuple[tuple[Event, ...], int]:
    """The order in the clause, and where the words it forbids begin (after "to"; -1 when it
    forbids nothing, for then the words after "to" are read as before).

    An order told ("told us not to talk to them") is keyed by what it orders,
    ``instruct-talk``: "were told to wait" and "had ordered no ship to turn around" are two
    orders. One given with "instructed" or "ordered" keeps :data:`INSTRUCT`, the key the
    family gives it (its object is most often what tells the order apart), and is read here
    only when it forbids ("instructed us not to talk"), for its polarity."""
    for i in range(len(low)):
        to = order_to(low, i)
        if to < 0:
            continue
        negs = tuple(w for w in low[:i] if lx.negating(w))
        forbids = lx.negating(low[to - 1])
        polarity = -1 if negs else 1
        if low[i] in _TELLING:
            key = f"{INSTRUCT}-{_act(low[to + 1])}"
            return (Event(key, toks[i], polarity, negs[-1:]),), to if forbids else -1
        if forbids:
            return (Event(INSTRUCT, toks[i], polarity, negs[-1:]),), to
        return (), -1
    return (), -1


_TELLING = frozenset({"tell", "tells", "told", "telling"})
# verbs that order one act in other words ("not to talk to" / "not to speak to")
_SAME_ACT = {"speak": "talk", "spoke": "talk", "spoken": "talk"}


def _act(verb: str) -> str:
    """The stem an order's verb is keyed by: "speak" and "talk" are one act."""
    return lx.stem(_SAME_ACT.get(verb, verb))
