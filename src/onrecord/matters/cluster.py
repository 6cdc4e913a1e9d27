"""Matters: statements about the same proposition, within and across articles.

Statements that name the same event (``meet``; or a concept such as ``open``, which also
covers "closed") are linked when they share an article or when their sentences are similar
enough under BM25 (implemented here; no dependency). Each connected group is a matter, with a
readable question built from its clearest statement.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..models import Json
from . import lexicon as lx
from .claims import Item
from .embeddings import Cosines, Embedder
from .families import FAMILY_KEYS
from .generic_themes import names_any_change
from .kinds import named_in_full, one_thing
from .own_acts import one_own_act, two_posts
from .persons import one_person
from .questions import flipped, question_of
from .stance import Stance, stance_of
from .stories import same_story, story_names

# two statements in different articles belong to one matter above this similarity
LINK_SIMILARITY = 0.2
# ... or this, for one speaker's two statements whose themes agree (:func:`_retold`)
ONE_SPEAKER_SIMILARITY = 0.1
# ... or, with an embedder, above this cosine between their contents
EMBED_SIMILARITY = 0.5
# event keys too vague to make a matter of
_VAGUE = frozenset({"com", "information", "thing", "way", "tim", "part", "work", "help"})


@dataclass(frozen=True, slots=True)
class Position:
    """One statement's stance within a matter (a row of the matter's timeline)."""

    item: Item
    stance: Stance

    def to_dict(self) -> Json:
        st = self.item.statement
        return {
            "statement": self.item.key,
            "speaker": self.item.speaker_name,
            "date": self.item.said,
            "article": self.item.article,
            "outlet": self.item.outlet,
            "content": st.content.text,
            **self.stance.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Matter:
    """A question that statements answer, and each statement's answer."""

    id: str
    question: str
    event: str
    positions: tuple[Position, ...]

    def counts(self) -> dict[str, int]:
        c = Counter(p.stance.label for p in self.positions)
        return {k: c.get(k, 0) for k in ("yes", "no", "hedged", "unclear")}

    def to_dict(self) -> Json:
        return {
            "id": self.id,
            "question": self.question,
            "event": self.event,
            **self.counts(),
            "positions": [p.to_dict() for p in self.positions],
        }


class BM25:
    """Okapi BM25 over bags of terms (k1 = 1.2, b = 0.75)."""

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        self.docs = [Counter(d) for d in docs]
        self.lengths = [len(d) for d in docs]
        self.avg = sum(self.lengths) / len(docs) if docs else 0.0
        self.k1, self.b = k1, b
        df: Counter[str] = Counter()
        for d in self.docs:
            df.update(d.keys())
        n = len(docs)
        # the floor keeps words shared by every statement of a small corpus from counting 0
        self.idf = {t: max(0.3, math.log(1 + (n - f + 0.5) / (f + 0.5))) for t, f in df.items()}

    def score(self, query: list[str], i: int) -> float:
        doc, length = self.docs[i], self.lengths[i]
        norm = self.k1 * (1 - self.b + self.b * length / (self.avg or 1))
        total = 0.0
        for t in set(query):
            tf = doc.get(t, 0)
            if tf:
                total += self.idf.get(t, 0.0) * tf * (self.k1 + 1) / (tf + norm)
        return total

    def similarity(self, query: list[str], i: int, j: int) -> float:
        """``score(query -> j)`` relative to ``score(query -> i)`` (the query's own doc)."""
        own = self.score(query, i)
        return self.score(query, j) / own if own else 0.0


def context_terms(item: Item) -> list[str]:
    """Terms of what the statement says (not of who said it): names, events, places; and the
    key of each event of a family (:mod:`.families`), so that "will not charge homeowners"
    and "homeowners will be billed" share a word as they share the event; an event keyed
    within a family ("instruct-talk", an order to talk: :mod:`.instructions`) adds its
    family's key ("instruct")."""
    families = sorted({family_of(e.key) for e in item.claim.events} & FAMILY_KEYS)
    return list(item.claim.terms) + families


# a claim with this few terms besides its event ("the leaders will not meet") is anaphoric:
# within one article it belongs to the matter its event names
_POOR = 3


def find_matters(
    items: list[Item],
    *,
    min_size: int = 2,
    embedder: Embedder | None = None,
    stories: dict[str, frozenset[str]] | None = None,
) -> list[Matter]:
    """Group ``items`` into matters (each with at least ``min_size`` statements).

    With an ``embedder`` (the ``[embeddings]`` extra), statements in different articles are
    also linked when their contents are close in meaning (cosine >= ``EMBED_SIMILARITY``) and
    their articles tell one story, not only when they share words.
    """
    index = BM25([context_terms(it) for it in items])
    terms = [context_terms(it) for it in items]
    near = Cosines(embedder, [it.statement.content.text for it in items]) if embedder else None
    stories = story_names(items) if stories is None else stories
    by_event: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        for key in matter_keys(it):
            by_event.setdefault(key, []).append(i)
    matters: list[Matter] = []
    for key, members in sorted(by_event.items()):
        if len(members) < min_size:
            continue
        for group in event_groups(items, members, index, terms, key, near, stories):
            if len(group) < min_size:
                continue
            positions = tuple(
                Position(items[i], stance_of(items[i].claim, key))
                for i in sorted(group, key=lambda i: (items[i].said or "", i))
            )
            if not any(p.stance.label in ("yes", "no") for p in positions):
                continue
            text, flip = question_of(key, positions)
            if flip:  # the question asks the opposite ("remain closed?"): answers flip with it
                positions = tuple(Position(p.item, flipped(p.stance)) for p in positions)
            matters.append(Matter(_matter_id(key, positions), text, key, positions))
    return matters


def matter_keys(item: Item) -> set[str]:
    """The event keys of ``item`` that can make a matter: not too vague ("thing", "way") nor
    too short to name an event."""
    return {k for k in item.claim.event_keys() if k not in _VAGUE and len(k) > 2}


def event_groups(
    items: list[Item],
    members: list[int],
    index: BM25,
    terms: list[list[str]],
    key: str,
    near: Cosines | None = None,
    stories: dict[str, frozenset[str]] | None = None,
) -> list[list[int]]:
    """The linked groups (:func:`linked_groups`) of ``members``, the statements naming the
    event ``key``, each read with its stance on it (its theme and names)."""
    stances = {i: stance_of(items[i].claim, key) for i in members}
    themes = {i: st.theme for i, st in stances.items()}
    names = {i: st.entities for i, st in stances.items()}
    return linked_groups(items, members, index, terms, key, near, themes, stories, names)


def linked_groups(
    items: list[Item],
    members: list[int],
    index: BM25,
    terms: list[list[str]],
    key: str = "",
    near: Cosines | None = None,
    themes: dict[int, frozenset[str]] | None = None,
    stories: dict[str, frozenset[str]] | None = None,
    names: dict[int, frozenset[str]] | None = None,
) -> list[list[int]]:
    """Linked groups of ``members`` (statements naming the event ``key``).

    Within an article, two statements whose ``themes`` (:mod:`.themes`, given by the caller:
    an event's; none for a figure's noun) share no word are not linked. Across articles, two
    statements must also share a word besides the event's own (and besides light verbs such as
    "keep", and times such as "Sunday"): every member names the event, so it alone says
    nothing about whether two of them ask the same question ("the port would remain open" and
    "the budget keeps all five library branches open" share only "open"), and their articles
    must tell one story (``stories``: :func:`.stories.story_names`). Within an article, a
    thing named in full and then by its head word alone ("Corran Bridge will reopen", "the
    bridge will not reopen"; ``names``: each statement's names) is one thing.
    """
    parent = {i: i for i in members}
    own = {i: words_besides(terms[i], key) for i in members}
    theme = themes or {}
    nm = names or {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for x, i in enumerate(members):
        for j in members[x + 1 :]:
            if find(i) == find(j):
                continue
            sim = min(index.similarity(terms[i], i, j), index.similarity(terms[j], j, i))
            if items[i].article == items[j].article:
                poor = min(len(set(terms[i])), len(set(terms[j]))) <= _POOR
                # one verb of two things ("notified its users", "not notified the regulator")
                ti, tj = theme.get(i), theme.get(j)
                # ... unless they name one thing ("no services", "two Sunday trains"; "Corran
                # Bridge", "the bridge")
                kin = bool(
                    ti
                    and tj
                    and not ti & tj
                    and (one_thing(ti, tj, key) or _one_named(ti, tj, nm.get(i), nm.get(j))
                         or names_any_change(ti, items[i].statement.content.text)
                         or names_any_change(tj, items[j].statement.content.text))
                )  # fmt: skip
                apart = bool(ti and tj and not ti & tj) and not kin
                linked = (sim > 0.05 or poor or kin) and not apart
            else:
                ti, tj = theme.get(i), theme.get(j)
                # one person's words on one thing, retold in other words, need less overlap
                bar = (
                    ONE_SPEAKER_SIMILARITY
                    if _retold(items[i], items[j], ti, tj)
                    and not two_posts(items[i], items[j], key)
                    else LINK_SIMILARITY
                )
                linked = sim >= bar and bool(own[i] & own[j])
                linked = linked and (
                    same_story(stories, items[i], items[j])
                    or _one_outlet_thing(items[i], items[j], ti, tj)
                )
                close = near is not None and near(i, j) >= EMBED_SIMILARITY
                # ... or one person tells an act of their own ("I will not resign", "I am
                # stepping down"), done to nothing else
                mine = (
                    not theme.get(i) and not theme.get(j) and one_own_act(items[i], items[j], key)
                )
                linked = linked or ((close or mine) and same_story(stories, items[i], items[j]))
            if linked:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in members:
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


# stems of verbs with no content of their own ("keeps", "told") and of times ("on Sunday",
# "this year"): sharing one is no link
_TIMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "today", "tomorrow", "yesterday", "week", "weekend", "month", "year", "morning",
          "night", "day"}  # fmt: skip
LIGHT_TERMS = frozenset(
    lx.stem(w) for w in lx.LIGHT_VERBS | lx.REPORT_VERBS | set(lx.MONTHS) | set(lx.SEASONS) | _TIMES
)


def _one_outlet_thing(
    a: Item, b: Item, ta: frozenset[str] | None, tb: frozenset[str] | None
) -> bool:
    """Whether two articles of one outlet name one thing by the same two words or more ("the
    fishing ban"): an outlet's reports on one thing, though they quote different people."""
    return bool(a.outlet) and a.outlet == b.outlet and len((ta or set()) & (tb or set())) >= 2


def _one_named(*sets: frozenset[str] | None) -> bool:
    """Whether one of two statements (their themes, then their names) names a thing in full
    and the other by its head word alone (:func:`.kinds.named_in_full`)."""
    ti, tj, ni, nj = (x or frozenset() for x in sets)
    return named_in_full(ti, ni, tj, nj) or named_in_full(tj, nj, ti, ni)


def _retold(a: Item, b: Item, ta: frozenset[str] | None, tb: frozenset[str] | None) -> bool:
    """Whether ``a`` and ``b`` are one person's words on an event whose themes do not tell
    two things apart (they share a word, or one names none): "the filtration system has
    worked all summer" and, weeks later, "the pool's filtration failed in June". A person who
    returns to a matter retells it in other words; another speaker's words must share more."""
    return (not ta or not tb or bool(ta & tb)) and one_person(a, b)


def family_of(key: str) -> str:
    """The family an event's key is keyed within ("instruct" of "instruct-talk")."""
    return key.partition("-")[0]


def event_of(term: str) -> str:
    """The event a term names: its concept's key (:data:`.lexicon.CONCEPTS`: "closed" names
    "open"), else the term itself."""
    concept = lx.CONCEPTS.get(term)
    return concept[0] if concept else term


def words_besides(terms: Iterable[str], event: str) -> set[str]:
    """The ``terms`` that say something besides the event ``event``: not the event's own (nor
    a word of its concept), not its family's key, not a light verb or a time
    (:data:`LIGHT_TERMS`). Two statements that share none of these share only the event."""
    family = family_of(event)
    return {t for t in terms if event_of(t) != event and t != family and t not in LIGHT_TERMS}


def _matter_id(key: str, positions: tuple[Position, ...]) -> str:
    first = sorted(p.item.key for p in positions)[0]
    return "m" + hashlib.sha1(f"{key}|{first}".encode()).hexdigest()[:10]
