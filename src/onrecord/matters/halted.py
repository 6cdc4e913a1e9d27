"""An activity halted is an activity that does not go on.

"Production at the plant has been paused", "the mill suspended production" and "production
was halted" name the production, but they say it is not running: against "production is
running normally" they answer one question the other way. A verb that halts, pauses,
suspends or stops an ongoing activity, said of the noun that names the activity (its subject
in the passive or with no object, "construction stopped in May"; its object in the active),
turns that noun's event to its opposite; the halt denied ("production has not been halted")
leaves the activity going, and a halt only tried or wished for ("tried to stop the
demolition") turns nothing.

Read after :func:`.events.events_of` (:mod:`.paraphrases`). Only nouns and gerunds before a
passive ("testing has been suspended"), not the "-ing" form after an active verb, which
:func:`.senses.halts_doing` reads already ("stopped charging"), and not a halt of something
else ("stopped by police", "stopped them from leaving", "a suspended sentence").
"""

from __future__ import annotations

from dataclasses import replace

from . import lexicon as lx
from .event_record import Event
from .families import FAMILY_ANTONYMS

# verbs that halt an ongoing activity, in every form but the "-ing" after another halt verb
_HALTS = frozenset(FAMILY_ANTONYMS["stoppage"][0]) | {
    "stopping", "halting", "suspending", "pausing", "ceasing", "discontinuing"}  # fmt: skip
# after an active verb, words that make it another act ("stopped by the office", "stopped
# short of", "suspended sentence")
_OTHER_ACTS = frozenset({"by", "short", "sentence", "sentences"})  # "from": a prevention
# verbs of an attempt or a wish before "to" and the halt ("tried to stop the demolition",
# "want to halt the sale"): the halt may never come, and the activity may well go on
_ATTEMPTS = frozenset({
    "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting",
    "want", "wants", "wanted", "wanting", "hope", "hopes", "hoped", "hoping", "seek", "seeks",
    "sought", "seeking", "fight", "fights", "fought", "fighting", "campaign", "campaigns",
    "campaigned", "campaigning", "struggle", "struggled", "struggling", "vow", "vows",
    "vowed", "pledged", "urge", "urged", "urging", "wish", "wishes", "wished",
})  # fmt: skip
# words that end the noun phrase the halt is said of
_PHRASE_ENDS = frozenset({",", ".", ";", ":", "and", "but", "because", "while", "which", "who",
                          "that", "at", "in", "on", "for", "from", "until", "since", "after",
                          "before", "by", "to", "when"})  # fmt: skip
# the words that end the phrase a passive halt is said of: a place, a time or a purpose in it
# belongs to it ("production at the plant has been paused")
_SUBJECT_ENDS = _PHRASE_ENDS - {"at", "in", "on", "for", "to"}
# words after a halt verb that leave it without an object: a time, a cause, a clause joined
_ALONE_AFTER = frozenset({"in", "on", "at", "after", "before", "when", "until", "during",
                          "since", "because", "while", "and", "but", "last", "this",
                          "altogether", "completely", "abruptly", "suddenly", "again",
                          "overnight", "today", "yesterday", "despite", "throughout"})  # fmt: skip
# words that may open the object noun phrase after an active halt ("paused all production")
_OPENERS = frozenset({"the", "its", "their", "our", "his", "her", "all", "any", "this",
                      "these", "those", "some", "most", "further", "new"})  # fmt: skip
# how many words an object phrase may run after its opener
_OBJECT_WORDS = 3


def halted(low: list[str], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """``events`` with each activity noun that a halt verb is said of turned to its
    opposite: "production has been paused" denies production, "production has not been
    halted" asserts it."""
    for h, word in enumerate(low):
        if word not in _HALTS:
            continue
        if "from" in low[h + 1 : h + 6]:
            continue  # "stopped residents from parking": a prevention, not a halt
        if h > 1 and low[h - 1] == "to" and low[h - 2] in _ATTEMPTS:
            continue  # "tried to stop the demolition": an attempt, not a halt
        if place_noun(low, h):
            continue  # "a new bus stop will open", "the rail halt serves 300": a place
        span = _halted_phrase(low, h)
        if span is None:
            continue
        if span[0] > h and low[h + 1 : h + 2] and low[h + 1] in _OTHER_ACTS:
            continue  # "stopped by the office", "stopped short of": no halt of an object
        start, end, denied = span
        # the halt's own event denied ("failed to stop the closure", "refused to halt it")
        denied = denied or any(e.word.lower() == word and e.polarity < 0 for e in events)
        words = set(low[start:end])
        out: list[Event] = []
        for e in events:
            w = e.word.lower()
            gerund = w.endswith("ing") and start > h  # "stopped charging": read already
            if w in words and w not in _HALTS and not gerund and e.key != "stoppage":
                sign = -e.polarity if e.negators else e.polarity  # the noun's own sense
                e = replace(e, polarity=sign if denied else -sign)
            out.append(e)
        return tuple(out)
    return events


# the halt words that also name a place where a bus or train calls ("the bus stop", "a rail
# halt"), and the determiners that open such a noun phrase
_PLACE_WORDS = frozenset({"stop", "stops", "halt", "halts"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its",
                          "their", "our", "every", "each", "no", "one", "two", "new",
                          "nearest"})  # fmt: skip
# words after a place noun that cannot follow a halt verb with an object: the verb group of
# the clause the noun opens ("the bus stop will"), a place or a time ("the halt at Corley")
_VERB_GROUP = lx.AUXILIARIES | (lx.MODALS - {"to"})
_AFTER_PLACE = _VERB_GROUP | frozenset({"at", "on", "in", "outside", "near", "by", "beside",
                                        "opposite", "behind"})  # fmt: skip


def place_noun(low: list[str], h: int) -> bool:
    """Whether the halt word at ``h`` is the head of a noun phrase that names a place ("a new
    bus stop will open on Mill Lane", "the rail halt at Corley serves 300 people"): a
    determiner opens the phrase, a modifier in the singular stands between ("bus", "rail",
    "tram"), and the word after it is the clause's verb group, a verb in "-s", a place or
    nothing; a plural ("the bus stops were moved") only before its verb group. Not "will stop
    the buses", "the strike halts production", "the night buses stop at midnight" (a plural
    subject's verb), nor "a halt to the works" (a halt, named by its noun)."""
    if low[h] not in _PLACE_WORDS or h < 2:
        return False
    k = h - 1
    while k >= h - 3 and low[k] not in _DETERMINERS:
        w = low[k]
        if not w.isalpha() or w in lx.STOPWORDS or w in lx.PRONOUNS or w in lx.MODALS:
            return False
        if w in lx.AUXILIARIES or w.endswith("ly"):
            return False
        k -= 1
    if k < 0 or k == h - 1 or low[k] not in _DETERMINERS:
        return False
    before = low[h - 1]
    if before.endswith("s") and not before.endswith(("ss", "us", "is")):
        return False  # "the night buses stop": a plural subject and its verb
    nxt = low[h + 1] if h + 1 < len(low) else ""
    if low[h].endswith("s"):
        return nxt in _VERB_GROUP
    return (
        not nxt
        or not nxt[:1].isalnum()
        or nxt in _AFTER_PLACE
        or (nxt.endswith("s") and nxt.isalpha() and nxt not in lx.STOPWORDS)
    )


def _halted_phrase(low: list[str], h: int) -> tuple[int, int, bool] | None:
    """(start, end, denied) of the noun phrase the halt verb at ``h`` is said of, and whether
    the halt is denied ("has not been paused"); None when no such phrase stands there."""
    k = h - 1
    while k >= 0 and low[k].endswith("ly"):
        k -= 1  # "has been temporarily paused"
    group = []
    while k >= 0 and (low[k] in lx.AUXILIARIES or low[k] in lx.MODALS or lx.negating(low[k])):
        group.append(low[k])
        k -= 1
    denied = any(lx.negating(w) for w in group)
    passive = low[h].endswith("ed") and any(w in lx.BE_FORMS for w in group[:2])
    nxt = low[h + 1] if h + 1 < len(low) else ""
    alone = (  # "construction stopped in May": the halt has no object, its subject halts
        not passive
        and (bool(group) or low[h] not in ("stop", "halt", "suspend", "pause", "cease"))
        and not low[h].endswith("ing")
        and low[k : k + 1] != ["to"]
        and (not nxt or not nxt[:1].isalnum() or nxt in _ALONE_AFTER)
    )
    if passive or alone:  # "production has been paused": the subject is halted
        end = k + 1
        start = end
        while start > 0 and low[start - 1] not in _SUBJECT_ENDS:
            start -= 1
        return (start, end, denied) if end > start else None
    # the active: what comes after the verb ("suspended production at the plant")
    start = h + 1
    while start < len(low) and low[start] in _OPENERS:
        start += 1
    end = start
    while end < len(low) and end - start < _OBJECT_WORDS and low[end] not in _PHRASE_ENDS:
        end += 1
    return (start, end, denied) if end > start else None
