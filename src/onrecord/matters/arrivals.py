"""A measured amount that got into a place: one quantity, whatever verb tells it.

"At least 3,000 litres of diesel entered the Marrow" and "no more than 200 litres reached the
river" give one amount (how much got into the river?) two values, though "entered" and
"reached" are two words, and :mod:`.figures` keeps figures said with two predicates apart
("4 people were killed" / "12 were injured"). A verb of arrival after the figure's noun
(enter, reach, get into, leak into, flow into, spill into, escape into, seep into, pour into)
makes its predicate ``enter`` and the place its qualifier: amounts that got into two places
("entered the river", "reached the treatment tank") stay two. A place named ("the Marrow")
may be a river, a lake or any ground or water the other names by its class; two common nouns
must be one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import lexicon as lx

if TYPE_CHECKING:
    from .figures import Figure

__all__ = ["ENTER", "arrived"]

ENTER = "enter"
# verbs that take the place as their object ("entered the river", "reached the sea")
_REACH = frozenset({"enter", "enters", "entered", "entering", "reach", "reaches", "reached",
                    "reaching"})  # fmt: skip
# verbs of motion that take the place after "into" ("leaked into the river")
_INTO = frozenset({
    "get", "gets", "got", "go", "goes", "went", "gone", "leak", "leaks", "leaked", "flow",
    "flows", "flowed", "spill", "spills", "spilled", "spilt", "escape", "escapes", "escaped",
    "seep", "seeps", "seeped", "pour", "pours", "poured", "run", "runs", "ran", "drain",
    "drains", "drained", "wash", "washed",
})  # fmt: skip
# what a named place may be called by its class
_PLACE_CLASSES = frozenset(lx.stem(w) for w in (
    "river", "stream", "brook", "canal", "lake", "reservoir", "sea", "estuary", "harbour",
    "harbor", "bay", "water", "watercourse", "ground", "soil", "sewer", "drain", "creek",
))  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "this", "that", "local"})
# how far after the figure's end the verb may stand ("litres <of diesel> entered")
_WINDOW = 4


def arrived(fig: Figure, toks: list[str], low: list[str], end: int) -> Figure:
    """``fig`` read as an amount that got into a place, when a verb of arrival follows its
    noun (the figure ends at ``end``); else ``fig`` unchanged."""
    k = end
    while k < len(low) and k < end + _WINDOW and low[k] not in _REACH and low[k] not in _INTO:
        if not low[k].isalpha() or low[k] in lx.MODALS or low[k] in lx.NEGATORS:
            return fig  # "200 litres, the company said": the clause goes on elsewhere
        k += 1
    if k >= len(low) or not (low[k] in _REACH or low[k] in _INTO):
        return fig
    at = k + 1
    if low[k] in _INTO:
        if low[at : at + 1] != ["into"]:
            return fig  # "ran 40 miles", "went up": no place entered
        at += 1
    while at < len(low) and low[at] in _DETERMINERS:
        at += 1
    place = _place(toks, low, at)
    if not place:
        return fig
    verbs = {lx.stem(low[k])}
    return replace(fig, predicate=ENTER, qualifiers=place,
                   context=(fig.context - verbs) | {ENTER})  # fmt: skip


def _place(toks: list[str], low: list[str], at: int) -> frozenset[str]:
    """The place at ``at``: a name's stems with every class a named place may have, or a
    common noun's stem (the last of up to three words)."""
    if at >= len(low) or not low[at].isalpha() or low[at] in lx.STOPWORDS:
        return frozenset()
    if toks[at][:1].isupper():
        k = at
        while k < len(low) and toks[k][:1].isupper() and low[k].isalpha():
            k += 1
        return frozenset(lx.stem(w) for w in low[at:k]) | _PLACE_CLASSES
    k = at
    while k < at + 2 and k + 1 < len(low) and _content(low[k + 1]):
        k += 1
    return frozenset({lx.stem(low[k])})


def _content(word: str) -> bool:
    """Whether ``word`` can go on a place's noun phrase: a word, no stop word."""
    return word.isalpha() and word not in lx.STOPWORDS
