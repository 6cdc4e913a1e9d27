"""Where a thing is moved to: "every line is going to Ashby Fen" / "the lines are being
shipped to Poland".

Two statements that send one thing to two named places answer one question (where does it
go?) two ways, though neither denies an event: both assert a move. A move is read as a verb
of moving (go, move, ship, transfer, relocate, send) with "to" and a place named by a proper
name ("to our plant at Ashby Fen", "to Poland"); the thing moved is the head of the verb's
subject ("the lines", "every line", "two of the five lines"). Two moves of one thing to
places that share no name make a matter of two positions, the earlier one answering yes;
a move of a part ("two of the five lines") against another part is no disagreement (both
can hold), while a part against the whole ("every line", "all the lines", "the lines") is.

Left alone: a vehicle, a service or travellers that "go" somewhere (a route or a trip: "the
buses go to Hexham"); a move that is hedged, planned on a condition or asked; a move to a place with
no proper name ("to a bigger site"); "going to" before a verb ("is going to close"); and two
places of which one lies in the other, when both are named in one statement ("to Ashby Fen in
Lincolnshire" meets "to Lincolnshire").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from . import lexicon as lx
from .claims import Clause, Item
from .cluster import Matter, Position
from .predicates import TIME_WORDS
from .stance import CERTAINTY, Label, Stance
from .stories import same_story
from .words import tokens

__all__ = ["Move", "destination_matters", "moves_of"]

_MOVE = frozenset({
    "go", "goes", "going", "move", "moves", "moving", "moved", "ship",
    "ships", "shipping", "shipped", "transfer", "transfers", "transferring", "transferred",
    "relocate", "relocates", "relocating", "relocated", "send", "sends", "sending", "sent",
})  # fmt: skip
# "go" moves a thing only said of several ("every line is going to", "the jobs will go to");
# one person going somewhere is a journey, and "went" tells one already made
_GO = frozenset({"go", "goes", "going"})
# things that go somewhere by themselves, on a route or a trip: "the new buses will go to
# Hexham" and "... to Morpeth" are two stops, not one thing moved to two places ("the buses
# will be moved to the Hexham depot" is still a move)
_TRAVELLERS = frozenset(lx.stem(w) for w in (
    "bus", "buses", "coach", "coaches", "train", "trains", "tram", "trams", "ferry", "ferries",
    "flight", "flights", "plane", "planes", "service", "services", "route", "routes",
    "passenger", "passengers", "visitor", "visitors", "tourist", "tourists", "fan", "fans",
))  # fmt: skip
# the verb group between the subject and the verb ("are being", "will")
_GROUP = lx.AUXILIARIES | lx.MODALS | frozenset({"being", "be", "been", "all", "now", "also"})
_OPENERS = frozenset({"our", "their", "its", "the", "a", "his", "her", "my", "your", "this",
                      "that"})  # fmt: skip
_ENDS = frozenset({",", ".", ";", ":", "and", "but", "because", "while", "which", "who",
                   "where", "when", "by", "from", "after", "before", "until", "if",
                   "so"})  # fmt: skip
_TIMES = frozenset(lx.MONTHS) | TIME_WORDS
_WHOLE = frozenset({"every", "all", "each", "whole", "entire"})
_PART = frozenset({"some", "several", "most", "few", "one", "two", "three", "four", "five",
                   "six", "seven", "eight", "nine", "ten", "half", "part", "many"})  # fmt: skip
_SUBJECT_STOP = frozenset({",", ".", ";", ":", "that", "which", "who", "and", "but", "said",
                           "says", "because", "if", "when"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Move:
    """A thing moved to a named place: the thing's stem, whether the subject names a part of
    it, and the place's names (lower-cased)."""

    thing: str
    part: bool
    places: frozenset[str]
    word: str = ""  # the thing as written ("lines")


def moves_of(clause: Clause) -> tuple[Move, ...]:
    """The moves to named places that a certain clause asserts."""
    if clause.modality != "certain" or any(e.polarity < 0 for e in clause.events):
        return ()
    toks = tokens(clause.text)
    low = [t.lower() for t in toks]
    out: list[Move] = []
    for v in range(1, len(low) - 2):
        if low[v] not in _MOVE or low[v + 1] != "to":
            continue
        places = _places(toks, low, v + 2)
        subject = _subject(low, v)
        if low[v] in _GO and not (
            (subject[-1:] and subject[-1].endswith("s"))
            or any(w in _WHOLE | _PART for w in subject)
        ):
            continue  # "the mayor will go to Leeds": a journey, not a thing moved
        if low[v] in _GO and subject and lx.stem(subject[-1]) in _TRAVELLERS:
            continue  # "the buses will go to Hexham": a route, not a thing moved
        if places and subject and not _named_head(toks, low, v):
            head = subject[-1]
            part = any(w in _PART or w[:1].isdigit() for w in subject) and not any(
                w in _WHOLE for w in subject
            )
            out.append(Move(lx.stem(head), part, places, head))
    return tuple(out)


def _places(toks: list[str], low: list[str], k: int) -> frozenset[str]:
    """The proper names of the place after "to" at ``k`` ("our plant at Ashby Fen"), or none
    when "to" opens a verb or a place with no name."""
    if k >= len(low) or not (low[k] in _OPENERS or toks[k][:1].isupper()):
        return frozenset()
    names: set[str] = set()
    for j in range(k, min(len(low), k + 9)):
        if low[j] in _ENDS:
            break
        if toks[j][:1].isupper() and toks[j].isalpha() and low[j] not in _TIMES:
            names.add(low[j])
    return frozenset(names)


def _named_head(toks: list[str], low: list[str], v: int) -> bool:
    """Whether the subject's head before the verb at ``v`` is a name ("Lusk went to Paris":
    a person's travels, many in a story, not one thing's move)."""
    k = v - 1
    while k >= 0 and low[k] in _GROUP:
        k -= 1
    return k >= 0 and toks[k][:1].isupper()


def _subject(low: list[str], v: int) -> list[str]:
    """The words of the subject of the verb at ``v``, over its verb group ("every line is
    going": every, line), or [] when there is none."""
    k = v - 1
    while k >= 0 and low[k] in _GROUP:
        k -= 1
    if k == v - 1 and low[v] in ("going", "moving", "shipping", "sending"):
        return []  # "-ing" with no auxiliary: a gerund or a modifier, no clause's verb
    words: list[str] = []
    while k >= 0 and low[k] not in _SUBJECT_STOP and low[k] not in lx.AUXILIARIES:
        words.insert(0, low[k])
        k -= 1
    nouns = [w for w in words if re.fullmatch(r"[a-z][a-z-]*", w) and w not in lx.STOPWORDS
             and w not in _WHOLE and w not in _PART and w not in lx.PRONOUNS]  # fmt: skip
    return words if nouns and words[-1] == nouns[-1] else []


def destination_matters(items: list[Item],
                        stories: dict[str, frozenset[str]] | None) -> list[Matter]:  # fmt: skip
    """The matters of one thing moved to two places (see the module)."""
    found = [(it, c, m) for it in items for c in it.claim.clauses for m in moves_of(c)]
    out: list[Matter] = []
    for n, (a, ca, ma) in enumerate(found):
        for b, cb, mb in found[n + 1 :]:
            if a is b or ma.thing != mb.thing or (ma.part and mb.part):
                continue
            if ma.places & mb.places or not same_story(stories, a, b):
                continue
            first, second = sorted(((a, ca, ma), (b, cb, mb)), key=lambda r: r[0].said or "")
            labels: tuple[Label, Label] = ("yes", "no")
            positions = tuple(Position(it, Stance(label, CERTAINTY["certain"], tuple(
                sorted(m.places)), c.text, c.times, c.tense == "future", _unplaced(c, m)))
                for (it, c, m), label in zip((first, second), labels, strict=True))  # fmt: skip
            seed = f"move|{first[0].key}|{second[0].key}"
            mid = "m" + hashlib.sha1(seed.encode()).hexdigest()[:10]
            place = " ".join(sorted(first[2].places)).title()
            out.append(Matter(mid, f"Are the {first[2].word} going to {place}?",
                              f"move:{first[2].thing}", positions))  # fmt: skip
    return out


def _unplaced(clause: Clause, move: Move) -> frozenset[str]:
    """The names of the clause besides its move's place: the places differ by design, and
    are no sign that the two statements speak of two things."""
    return frozenset(e for e in clause.entities
                     if not set(e.lower().split()) & move.places)  # fmt: skip
