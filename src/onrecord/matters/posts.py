"""Keeping a post, as the other side of a departure: "is going nowhere", "will remain in
charge", "will remain our manager" deny that someone leaves; "will not be in charge" says they go.

A departure is keyed by "leave" (:mod:`.departures`); these shapes name the same key with the
opposite sign, so that "Ardo is going nowhere" meets "Ardo will leave the club" and "Ardo will
not be in charge next season" meets "Ardo will remain in charge". Said of a person: "the talks
are going nowhere" is no post kept, and the person is named ("he is going nowhere" could be
anyone the story speaks of). Plain Python over tokens; :func:`.events.events_of`
reads the event. "Will be our manager" is an appointment, no post kept ("will still be our
manager" keeps it); "will stay at home" or "in bed" keeps no post; "will not be in charge on
Saturday" misses one match, and leaves no post; "Brexit is going nowhere" is said of no
person, and so "going nowhere" asks for a name that is not a sentence's first word alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx

_GOING = frozenset({"going", "goes", "go"})
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "'re", "remain",
                 "remains", "remained", "remaining", "stay", "stays", "stayed",
                 "staying"})  # fmt: skip
_STAY = frozenset({"stay", "stays", "staying", "remain", "remains", "remaining"})
# what may follow a bare "stay": the clause ends, or a place, a time or a capacity
_STAY_AFTER = frozenset({"at", "on", "until", "beyond", "with", "as", "here", "put",
                         "through", "till"})  # fmt: skip
# posts held ("will be our manager")
_ROLES = frozenset({"manager", "coach", "captain", "chairman", "chairwoman", "chair",
                    "president", "leader", "head", "director", "boss", "editor", "minister",
                    "chief", "principal", "headteacher", "mayor", "conductor", "governor",
                    "secretary", "commissioner", "skipper"})  # fmt: skip
_TIMES = frozenset({"next", "this", "until", "beyond", "again", "after", "through"})
# where a stay keeps no post ("stay at home to recover")
_NO_POST_PLACES = frozenset({"home", "hospital", "hotel", "house", "bed", "overnight"})
# one match or one day in charge ("not be in charge on Saturday", "for the derby")
_ONE_MATCH = frozenset({"on", "against", "tonight", "tomorrow", "today", "match", "game", "tie",
                        "fixture", "derby", "final", "weekend", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday"})  # fmt: skip
_OWNERS = frozenset({"our", "the", "their", "his", "her", "its", "my", "your"})
# words between a subject and its verb
_BETWEEN = lx.NEGATORS | {"still", "definitely", "certainly", "absolutely", "really", "simply",
                          "also", "not", "n't"}  # fmt: skip
_NOUN_ENDINGS = ("s", "tion", "ment", "ness", "ity", "ing")


@dataclass(frozen=True)
class Post:
    """A post kept or left, read at one word: ``sign`` is the departure's polarity when the
    clause is not negated (-1: stays; +1: goes), ``dropped`` a negator that is the staying
    itself ("going nowhere"), not a denial of it."""

    sign: int
    dropped: str = ""


def kept_post(toks: list[str], low: list[str], i: int) -> Post | None:
    """The post kept (or left) that the word at ``i`` names, or None."""
    w = low[i]
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if w in _GOING and nxt == "nowhere" and _person_before(toks, low, i, named=True):
        return Post(-1, "nowhere")  # "Ardo Venn is going nowhere"
    if w in _GOING and nxt == "anywhere" and _person_before(toks, low, i, named=True):
        if any(t in lx.NEGATORS for t in low[:i]):
            return Post(1)  # "is not going anywhere": "going" denied, so he stays
        return None
    if w == "charge" and i >= 2 and low[i - 1] == "in" and low[i - 2] in _BE:
        if nxt == "of" or not _person_before(toks, low, i - 2):
            return None  # "the council will be in charge of repairs": a task, not a post
        if any(t in _ONE_MATCH for t in low[i + 1 : i + 4]):
            return None  # "will not be in charge on Saturday": one match, not the post
        return Post(-1)  # "will remain in charge", "will not be in charge"
    if w in _ROLES and i >= 2 and low[i - 1] in _OWNERS and _kept(low, i - 2, low[i + 1 : i + 4]):
        if nxt == "'s" or (nxt.isalpha() and nxt not in lx.STOPWORDS and nxt not in _TIMES):
            return None  # "be the manager's choice", "be the head teacher"
        return Post(-1) if _person_before(toks, low, i - 2) else None
    bare = not nxt or not nxt[:1].isalnum() or nxt in _STAY_AFTER
    if any(t in _NO_POST_PLACES for t in low[i + 1 : i + 4]):
        return None  # "will stay at home to recover": no post
    if w in _STAY and bare and _person_before(toks, low, i):
        return Post(-1)  # "Ardo will stay", "is staying at the club"
    return None


def _kept(low: list[str], j: int, after: list[str]) -> bool:
    """Whether the verb at ``j`` keeps a post held: "remain", "still be" ("will still be our
    manager"), or "be" through a time ahead ("will be our manager next season", "at the end
    of this season"); a bare "will be our manager" is an appointment."""
    if low[j] in ("remain", "remains"):
        return True
    if low[j] != "be":
        return False
    if j > 0 and low[j - 1] == "still":
        return True
    return bool(after) and (after[0] in _TIMES or after == ["at", "the", "end"])


def _person_before(toks: list[str], low: list[str], i: int, named: bool = False) -> bool:
    """Whether the subject of the verb at ``i`` is a person, named: "he is going nowhere"
    leaves open who, and a club's move ("will leave its ground") would meet it. ``named``
    asks for more than a sentence's first word alone ("Brexit is going nowhere")."""
    j = i - 1
    while j >= 0 and (low[j] in _BETWEEN or low[j] in lx.MODALS or lx.is_aux(low, j)):
        j -= 1
    if j < 0:
        return False
    if not toks[j][:1].isupper() or not toks[j].isalpha() or low[j] in lx.STOPWORDS:
        return False
    if named:
        return j > 0  # "Orla Brenwick is going nowhere", "said Brenwick is going nowhere"
    return j > 0 or not low[j].endswith(_NOUN_ENDINGS)  # "Talks are going nowhere"
