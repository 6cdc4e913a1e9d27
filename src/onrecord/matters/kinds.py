"""Kinds: two themes that name one thing in different words, within one article.

Statements of one article that share an event are kept apart when their themes (what the
event happens to, :mod:`.themes`) share no word: "notified its users" and "had not notified
the regulator" ask two questions. Yet news names one thing by its general noun in one place
and by a specific one in the next:

* **a kind and one of its members**: "no services will be cut" and "it drops the last two
  Sunday trains" (a train is a service); "we are short of deck officers" and "short of three
  crew" (officers are crew); "the land set aside for the homes" and "not one plot has been
  sold" (a plot is land). The general noun covers the specific one: one question. Two
  specific nouns of one kind ("the plot" and "the field", "the bus" and "the train") are not
  linked by it: each may be another thing;
* **a happening as the thing caused**: "the deaths were caused by malaria" and "the birds
  did not die of malaria" ask one question, what killed them. For a cause (``cause-*``
  events, :mod:`.blamed`) a theme that only names a happening ("the deaths", "the failure")
  is the event itself, not a thing of its own, and compares with any theme.

Only words of a small table of general nouns common in news count; nothing here links two
articles, whose statements must share words anyway (:func:`.cluster.linked_groups`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as lx
from .origins import caused_object

if TYPE_CHECKING:
    from .cluster import Position

# general noun -> specific nouns of its kind (or parts of it, as a plot is of the land)
_KINDS: dict[str, tuple[str, ...]] = {
    "service": ("train", "bus", "sailing", "ferry", "flight", "crossing", "tram"),
    "crew": ("officer", "engineer", "sailor", "seaman", "deckhand", "steward", "mate"),
    "land": ("plot", "acre", "hectare", "parcel", "field", "site"),
    "vehicle": ("car", "bus", "lorry", "van", "truck", "coach"),
    "medicine": ("drug", "antibiotic", "vaccine", "painkiller", "amoxicillin", "penicillin"),
    "antibiotic": ("amoxicillin", "penicillin"),
}
# stem of a general noun -> stems of its members
KINDS: dict[str, frozenset[str]] = {
    lx.stem(k): frozenset(lx.stem(w) for w in v) | frozenset(lx.stem(w + "s") for w in v)
    for k, v in _KINDS.items()
}
# nouns of a happening: as the theme of a cause, the caused event itself
_HAPPENINGS = frozenset(
    lx.stem(w)
    for w in (
        "death", "deaths", "injury", "injuries", "illness", "illnesses", "failure", "failures",
        "collapse", "crash", "crashes", "outbreak", "accident", "accidents", "damage", "loss",
        "losses", "delay", "delays",
    )
)  # fmt: skip


def _covers(general: frozenset[str], specific: frozenset[str]) -> bool:
    """Whether a word of ``general`` is the general noun of a word of ``specific``. A general
    noun that names a member of its own kind beside it ("bus services", "ferry crossings") is
    that member alone, and covers no other ("no bus services will be cut" says nothing of
    trains)."""
    return any(
        KINDS.get(g, frozenset()) & specific and not KINDS.get(g, frozenset()) & general
        for g in general
    )


def one_thing(a: frozenset[str], b: frozenset[str], key: str = "") -> bool:
    """Whether themes ``a`` and ``b`` of the event ``key``, sharing no word, still name one
    thing: one names the kind of the other's thing, or (for a cause) one is only the caused
    happening itself."""
    if not a or not b:
        return False
    if key.startswith("cause-") and (a <= _HAPPENINGS or b <= _HAPPENINGS):
        return True
    return _covers(a, b) or _covers(b, a)


def named_in_full(
    theme: frozenset[str], names: frozenset[str], other: frozenset[str], others: frozenset[str]
) -> bool:
    """Whether a thing named by a name (``theme``, with the stance's ``names``: "Corran Bridge
    will reopen") is the thing the other stance names by the name's head word alone (its
    ``other`` theme, and no name of its own in ``others``: "the bridge will not reopen"): one
    thing, named in full and then by its common noun."""
    full = names | {lx.stem(n) for n in names}
    return bool(theme and other) and theme <= full and other <= full and not others


def denied_of_its_kind(yes: frozenset[str], no: frozenset[str], key: str = "") -> bool:
    """Whether a denial (theme ``no``) opposes an assertion (theme ``yes``) of the event
    ``key`` although their themes share no word: the denial is of the whole kind ("no services
    will be cut") and the assertion of one member ("two trains were cut"), or (for a cause) one
    of them is only the caused happening. The other way round ("services will be cut", "no
    trains will be cut") opposes nothing: another service may be cut."""
    if not yes or not no:
        return False
    if key.startswith("cause-") and (yes <= _HAPPENINGS or no <= _HAPPENINGS):
        return True
    return _covers(no, yes)


def happening_key(key: str, p: Position, q: Position) -> str:
    """``key``, the event whose themes :func:`denied_of_its_kind` compares, or "" when a
    stance's theme is not a happening and is the object of an active "cause" ("the decision
    caused <a stir>"): that theme is a thing caused, not one a happening befell, so "did not
    cause any delays" speaks of other things caused, not of it."""
    for s in (p.stance, q.stance):
        caused = bool(s.words) and caused_object(s.clause, s.words[0])
        if key.startswith("cause-") and caused and s.theme and not s.theme <= _HAPPENINGS:
            return ""
    return key
