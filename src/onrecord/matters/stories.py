"""Which articles tell the same story: the names they share.

Statements in two articles are only compared when the articles name someone or something in
common (a person, a company, a place): "prices would not rise" in a story on a hospital merger
and "ticket prices will go up" in one on an arena share an event and a word, not a story.

Names are capitalized words, and pairs of them, that do not open a sentence ("Cedar Valley",
"Oduya", "Mercy-Cedar"), read from each article's whole text when it is given (not from lines
in title case: a headline capitalizes every word), else from its statements' sentences; a first
name alone ("Priya") is none; titles, bodies and calendar words alone are no names ("Attorney
General", "Center"), nor is a word capitalized only inside a longer name that the text also
writes in lower case ("Old Town" beside "the town"). A name that many stories share
("American", "Covid") still links them: a limit on how many articles a name may be in would
also cut apart a corpus that is all one story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import pairwise

from ..nlp.gender import is_first_name
from . import lexicon as lx
from .claims import Item

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
    "main", "published", "by", "updated", "a", "an", "in", "on", "at", "but", "and", "for",
    "borough", "parish", "municipal", "municipality",
    # the kind of a street, in a place's name ("Elm Lane", "Tanner's Lane"): two stories in
    # one county share it, not a place; the pair with its own word is still the name
    "lane", "drive", "crescent", "terrace", "close", "way", "square", "gardens", "grove",
    "row", "parade", "walk", "wharf",
})  # fmt: skip
# abbreviations whose period ends no sentence ("Mr. Oduya", "J.P. Morgan", "U.S. Steel")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "gen", "lt",
                            "col", "sgt", "prof", "rev", "jr", "sr", "no", "vs"})  # fmt: skip
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "(", ")", "[", "]"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\n|[^\sA-Za-z]")


def _ends_sentence(prev: str, before: str) -> bool:
    """Whether ``prev`` (a token) closes a sentence; ``before`` is the token before it."""
    if prev == "\n" or prev in ("!", "?"):
        return True
    if prev != ".":
        return False
    b = before.lower()
    return not (b in _ABBREVIATIONS or len(b) == 1 or "." in b)


def names_in(text: str) -> set[str]:
    """The names of ``text``: see the module's docstring."""
    lines = [ln for ln in text.splitlines() if not _headline(ln)]
    toks = ["\n", "\n", *(t for t in _WORD.findall("\n".join(lines)) if t not in _QUOTES)]
    out: set[str] = set()
    alone: set[str] = set()  # capitalized words that stand alone mid-sentence ("in Sale")
    run: list[str] = []
    initial = False  # the run opens a sentence: its first word is a name only in a pair
    for before, prev, word in zip(toks, toks[1:], toks[2:], strict=False):
        first = _ends_sentence(prev, before)
        capital = word[:1].isupper() and word[-1:].isalpha()
        if capital and (not first or (word.isupper() and len(word) > 2)):
            run.append(_bare(word))
            continue
        out |= _run_names(run, initial)
        alone |= set(run) if len(run) == 1 and not initial else set()
        run, initial = ([_bare(word)], True) if capital else ([], False)
    out |= _run_names(run, initial)
    alone |= set(run) if len(run) == 1 and not initial else set()
    # a word written capitalized only inside a longer name and in lower case elsewhere is a
    # common noun in a title ("Old Town", "Town Hall" beside "the town"): alone it names no
    # one, its pairs still do; one that stands capitalized on its own ("in Sale", beside "the
    # sale of the site") is a name
    common = {t for t in toks if t.islower()} - alone
    return {w for w in out if len(w) > 1 and (" " in w or w not in common)}


def _headline(line: str) -> bool:
    """A line in title case ("Council Approves Deep Cuts to Arts"): most words capitalized,
    and no closing period; or a short line of capitalized words alone, the masthead and
    byline over a story ("Lunsdale Weekly News", "By Oliver Stainthorpe"), which name the
    paper and its reporter, not who the story is about: two papers' "Weekly" or one
    reporter's name join no two stories."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words or line.rstrip().endswith((".", '."', ".”")):
        return False
    if len(words) < 4:
        return all(w[:1].isupper() for w in words)
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _bare(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")


def _run_names(run: list[str], initial: bool) -> set[str]:
    out: set[str] = set()
    for k, w in enumerate(run):
        if (k == 0 and initial) or is_first_name(w):
            continue  # "Officials said", "Priya": alone, no name of one story
        parts = [w, *w.split("-")] if "-" in w else [w]
        out.update(p for p in parts if p and p not in _GENERIC and p not in lx.MONTHS)
    out.update(
        f"{a} {b}"
        for a, b in pairwise(run)
        if not (a in _GENERIC and b in _GENERIC) and a not in lx.MONTHS and b not in lx.MONTHS
    )
    return out


def story_names(
    items: Iterable[Item], texts: Mapping[str, str] | None = None
) -> dict[str, frozenset[str]]:
    """Article -> its names (from ``texts``, article -> title and text, where given)."""
    names: dict[str, set[str]] = {}
    for it in items:
        if it.article not in names:
            names[it.article] = set()
            if texts is not None and it.article in texts:
                names[it.article] = names_in(texts[it.article])
        if texts is None or it.article not in texts:
            names[it.article] |= names_in(it.sentence or it.statement.content.text)
    return {a: frozenset(n) for a, n in names.items()}


def same_story(stories: dict[str, frozenset[str]] | None, a: Item, b: Item) -> bool:
    """Whether ``a`` and ``b`` come from one article or from articles that share a name
    (always true without ``stories``, and when either article names no one: nothing to tell
    them apart by)."""
    if stories is None or a.article == b.article:
        return True
    na, nb = stories.get(a.article, frozenset()), stories.get(b.article, frozenset())
    return not na or not nb or bool(na & nb)
