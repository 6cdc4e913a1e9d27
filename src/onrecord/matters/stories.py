"""Which articles tell the same story: the names they share.

Statements in two articles are only compared when the articles name someone or something in
common (a person, a company, a place): "prices would not rise" in a story on a hospital merger
and "ticket prices will go up" in one on an arena share an event and a word, not a story.
Names are the capitalized words (and pairs of them) of the articles' statements and their
sentences (speakers' names among them), not the first word of a sentence; titles, bodies and
calendar words alone are no names ("Attorney General", "Center").
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from . import lexicon as lx
from .claims import Item, tokens

# capitalized words that name no one in particular: titles, bodies, calendar words
_GENERIC = frozenset({
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "mayor", "president", "council", "city",
    "county", "state", "department", "minister", "ministry", "governor", "senator", "police",
    "chief", "director", "university", "hospital", "school", "board", "court", "the", "new",
    "north", "south", "east", "west", "national", "federal", "union", "company", "inc", "co",
    "corp", "ltd", "group", "street", "road", "avenue", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "today", "i", "we", "he", "she", "they", "it",
    "attorney", "general", "center", "centre", "office", "commission", "commissioner",
    "authority", "agency", "association", "institute", "foundation", "college", "library",
    "park", "club", "team", "fund", "trust", "service", "services", "health", "medical",
    "regional", "community", "public", "district", "secretary", "house", "senate", "congress",
    "party", "committee", "church", "station", "airport", "river", "lake", "bay", "port",
})  # fmt: skip
_STOPS = frozenset({".", "!", "?", '"', "“", "”", ":", ";"})


def _names(item: Item) -> set[str]:
    """Names: single capitalized words that are not generic, and pairs of capitalized words
    ("Valley General") unless both are generic ("Attorney General")."""
    out: set[str] = {e for e in item.claim.entities if e not in _GENERIC}
    words = tokens(item.sentence or item.statement.content.text)
    run: list[str] = []
    for prev, word in pairwise([".", *words]):
        if word[:1].isupper() and word.isalpha() and prev not in _STOPS:
            run.append(word.lower())
            continue
        out.update(_run_names(run))
        run = []
    out.update(_run_names(run))
    return {w for w in out if len(w) > 1 and w not in lx.MONTHS}


def _run_names(run: list[str]) -> set[str]:
    out = {w for w in run if w not in _GENERIC}
    out.update(f"{a} {b}" for a, b in pairwise(run) if not (a in _GENERIC and b in _GENERIC))
    return out


def story_names(items: Iterable[Item]) -> dict[str, frozenset[str]]:
    """Article -> the names its statements use."""
    names: dict[str, set[str]] = {}
    for it in items:
        names.setdefault(it.article, set()).update(_names(it))
    return {a: frozenset(n) for a, n in names.items()}


def same_story(stories: dict[str, frozenset[str]] | None, a: Item, b: Item) -> bool:
    """Whether ``a`` and ``b`` come from one article or from articles that share a name
    (always true without ``stories``, and when either article names no one: nothing to tell
    them apart by)."""
    if stories is None or a.article == b.article:
        return True
    na, nb = stories.get(a.article, frozenset()), stories.get(b.article, frozenset())
    return not na or not nb or bool(na & nb)
