"""Notice had from elsewhere, and notice given with no words told.

Whether someone was told of a thing in time is one question news asks in every kind of
story (:mod:`.notice`, key ``notify``). Those left out tell it in their own shape: not "we
were not told", but where they learned of it instead:

* "Parents found out from the planning notice on the gate", "staff learned of the closure
  online", "we first heard about the find from a member of the public": finding out,
  learning or hearing of a thing from a medium (a post, a notice, a website, the paper) or
  from someone unnamed (an article "a" or "an": a neighbour, a customer) says that whoever
  should have told them did not: a notice denied (:func:`learned_from`);
* "The first the council heard of any problem was the cancellation notice": the first a
  hearer heard or knew of a thing being something else, a notice denied too.

Not read: learning from someone named or from a direct word ("heard from the council",
"found out in a letter", "learned of it at a briefing": a notice, given late perhaps, but
given), a lesson ("we learned from the deal"), a hearing of people ("have heard from many
landlords"), and a denied finding out ("we did not find out from the press").

And the teller's side of the same question, told with no words after the telling: "parents
were told before anyone else", "every tenant was told in person": a passive "told" with
nothing told after it, but its time, manner or a clause of time, is a notice given
(:func:`bare_telling`), not a report of words.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event
from .notice import NOTIFY

__all__ = ["bare_telling", "first_was", "learned_from"]

# verbs of coming to know ("find out" with its particle), by their forms
_FIND = frozenset({"found", "find", "finds", "finding"})
_LEARN = frozenset({"learned", "learnt", "learn", "learns", "learning"})
_HEAR = frozenset({"heard", "hear", "hears", "hearing"})
# the prepositions that name where a thing was learned from
_SOURCE = frozenset({"from", "through", "via"})
# nouns of a medium a thing is learned from, not a telling to the hearer: a post put up for
# all, a page, a paper, a broadcast
_MEDIA = frozenset({
    "post", "posts", "notice", "notices", "website", "site", "page", "newspaper", "paper",
    "papers", "press", "news", "facebook", "twitter", "media", "sign", "signs", "poster",
    "posters", "radio", "television", "tv", "leaflet", "internet", "online", "headlines",
    "bulletin", "advert", "advertisement", "rumour", "rumours", "grapevine", "word",
})  # fmt: skip
# nouns of a word said to the hearer directly: a notice given, if late
_DIRECT = frozenset({
    "letter", "letters", "email", "emails", "call", "calls", "phone", "meeting", "briefing",
    "message", "visit", "officer", "officers", "manager", "managers",
})  # fmt: skip
# words that may open the source's phrase
_OPENERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "this", "that",
                      "some", "one"})  # fmt: skip
_INDEFINITE = frozenset({"a", "an", "someone", "somebody", "neighbours", "neighbors",
                         "friends", "strangers"})  # fmt: skip
# how far after the verb the source may stand ("heard about the plan to close the depot from")
_REACH = 9
# how many words the source's phrase may run to its head
_SOURCE_WORDS = 6
_PRONOUN_HEARERS = frozenset({"i", "we", "us", "me", "my", "our", "he", "she", "they", "him",
                              "her", "them", "his", "their", "you", "it"})  # fmt: skip
_STOPS = frozenset({",", ";", ".", ":", "and", "but", "because", "when", "after", "before",
                    "that", "which", "who", "until"})  # fmt: skip


def learned_from(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """A notice denied, read from a hearer's learning of a thing elsewhere (see the module):
    "found out from a post", "learned of the closure online", "the first we heard of it was
    ..."; none where the clause names no such source or the learning is denied."""
    for i, w in enumerate(low):
        if w in _FIND and low[i + 1 : i + 2] == ["out"]:
            after = i + 2
        elif w in _LEARN or w in _HEAR:
            after = i + 1
        else:
            continue
        if first_was(low, i, after) or _elsewhere(low, i, after, hearing=w in _HEAR):
            if _own_hearer(low, i):
                return ()  # "we found out from a post": whose notice, the matter cannot tell
            if any(lx.negating(v) for v in low[max(0, i - 4) : i]):
                return ()  # "we did not find out from the press": no such learning told
            return (Event(NOTIFY, toks[i], -1, (toks[i],)),)
    return ()


def _own_hearer(low: list[str], i: int) -> bool:
    """Whether the hearer of the learning at ``i`` is told by a pronoun ("we found out",
    "he had heard about it": the speaker, in their words or the reporter's): the other
    side's notice names a hearer ("the council was told"), and a matter of notices does not
    weigh whom each names, so only a hearer named by its noun is read."""
    return any(w in _PRONOUN_HEARERS for w in low[max(0, i - 5) : i])


def _elsewhere(low: list[str], i: int, k: int, *, hearing: bool) -> bool:
    """Whether the learning at ``i`` (its words go on at ``k``) names a source elsewhere: a
    medium or someone unnamed after "from", or "online"; a hearing must name what was heard
    of ("heard about it from a neighbour"), or it is a hearing of people."""
    of_what = k < len(low) and low[k] in ("about", "of")
    if hearing and not of_what:
        return False
    for j in range(k, min(len(low), k + _REACH)):
        if low[j] in _STOPS:
            return False
        if low[j] == "online":
            return True
        if low[j] in _SOURCE:
            return _source_elsewhere(low, j + 1)
    return False


def _source_elsewhere(low: list[str], k: int) -> bool:
    """Whether the phrase at ``k`` names a medium or someone unnamed, not a direct word."""
    words: list[str] = []
    for w in low[k : k + _SOURCE_WORDS]:
        if w in _STOPS or w in ("in", "on", "at", "about", "of", "to", "with", "by"):
            break
        words.append(w)
    if not words or any(w in _DIRECT for w in words):
        return False
    if words[0] in _INDEFINITE:
        return True
    return any(w in _MEDIA for w in words) and (words[0] in _OPENERS or words[0] in _MEDIA)


def first_was(low: list[str], i: int, k: int) -> bool:
    """ "The first the council heard of it was a notice": the first a hearer heard or knew
    of a thing was something else."""
    if i < 2 or "first" not in low[max(0, i - 5) : i] or low[k : k + 1] not in (["of"], ["about"]):
        return False
    return any(w in ("was", "came") for w in low[k + 1 : k + _REACH])


# ---- the teller's side: a bare passive telling ----------------------------------------

_TOLD = frozenset({"told", "informed"})
# words between the passive's "be" and "told" ("were all told", "was never told")
_BETWEEN = frozenset({"never", "not", "n't", "all", "each", "also", "personally", "first",
                      "only", "always", "already"})  # fmt: skip
# words that end the telling's own words: a clause of time, what it was told before
_TIME_CLAUSE = frozenset({"before", "after", "until", "when", "once", "as", "while", ",", ".",
                          ";", "and", "but"})  # fmt: skip
# words right after "told" that make it another telling: words told, an order, a notice of a
# thing (read elsewhere), a scolding
_NOT_BARE = frozenset({"that", "to", "about", "of", "so", "off", "this", "it", "what", "how",
                       "why", "whether", "if", "the", "a", "an", "we", "they", "he", "she",
                       "i", "you", "there"})  # fmt: skip
# finite words that show a clause told after the telling ("were told the pool would close")
_FINITE = frozenset({"is", "are", "was", "were", "will", "would", "could", "had", "has",
                     "have", "must", "should", "can"})  # fmt: skip


def bare_telling(low: list[str]) -> tuple[int, int] | None:
    """Where a passive telling with no words told stands ("parents were told before anyone
    else", "every tenant was told in person") and its sign (-1 denied: "we were never told
    at all"), or None."""
    for i, w in enumerate(low):
        if w not in _TOLD or not _passive(low, i):
            continue
        if i >= 3 and low[i - 3] in ("as", "than", "what"):
            continue  # "as we were told": the speaker's source, no notice
        if low[i + 1 : i + 2] and low[i + 1] in _NOT_BARE:
            continue
        for w2 in low[i + 1 :]:
            if w2 in _TIME_CLAUSE:
                break
            if w2 in _FINITE or w2 == "that":
                break
        else:
            w2 = ""
        if w2 in _FINITE or w2 == "that":
            continue  # "were told on Monday the pool would close": words told
        if not _first_or_direct(low, i):
            continue  # "the council had been told": what was told left out, not a notice
        negs = [v for v in low[max(0, i - 4) : i] if lx.negating(v)]
        return i, -1 if negs else 1
    return None


def _first_or_direct(low: list[str], i: int) -> bool:
    """Whether the telling at ``i`` says it came first or directly ("were told before anyone
    else", "was told in person", "were told first"): the telling itself is the point, not
    words told that the clause leaves out ("the council had been told", "was told on Monday":
    told what?)."""
    after = low[i + 1 : i + 4]
    if after[:1] and after[0] in _FIRST_OR_DIRECT:
        return True
    return after[:2] == ["in", "person"] or (i > 0 and low[i - 1] in ("first", "personally"))


# words right after "told" that say it came first or directly
_FIRST_OR_DIRECT = frozenset({"before", "first", "personally", "directly", "immediately",
                              "straight", "beforehand", "early"})  # fmt: skip


def _passive(low: list[str], i: int) -> bool:
    """Whether "told" at ``i`` follows a form of "be" ("were told", "was never told")."""
    k = i - 1
    while k >= 0 and low[k] in _BETWEEN:
        k -= 1
    return k >= 0 and low[k] in lx.BE_FORMS | {"been", "being"}
