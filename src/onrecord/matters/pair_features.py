"""General features of a pair of statements, for a learned judge of pairs.

Nothing here is keyed to a story's words: how much two statements share (content terms,
weighted by how rare they are in the corpus; names; events; a matter), how each is said
(negated, hedged, conditional, asked, reported, about the future; numbers), who says them
(one speaker, one side, the kinds of speaker), when and where (days apart, one article,
sentences apart), whether either carries a rebuttal cue or names the other's speaker, and the
rules' own verdict where they reported the pair (kind, confidence, cue). A few tens of
features, so that a model fitted on them cannot learn a story's vocabulary.

:func:`candidate_pairs` proposes the pairs the rules did not report: in one story, each
statement with its closest statements (by rare shared terms) of another speaker, or of the
same speaker on another day.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .claims import Item
from .cluster import Matter
from .contradictions import Contradiction
from .sides import speaker_sides
from .stories import same_story

_NEGATION = re.compile(r"\b(?:not|no|never|none|nothing|nobody|neither|nor|cannot)\b|n't\b")
_NUMBER = re.compile(r"\d[\d,.]*")
_HEDGES = frozenset({"hedged", "belief"})
_MANNERS = ("hedged", "conditional", "question", "reported", "future")
# every feature :func:`pair_features` can give (a learned table weighs these and no others)
FEATURES = (
    "kind:contradiction", "kind:reversal", "kind:rebuttal",
    "rules", "rules:confidence", "rules:cue", "rules:support", "rules:matter",
    "terms:shared", "terms:share", "terms:rare", "names:shared", "events:same",
    "matter:same", "matter:opposite", "matter:hedged", "matter:agree",
    "negated:one", "negated:both",
    *(f"{m}:{n}" for m in _MANNERS for n in ("either", "both")),
    "numbers:both", "numbers:differ", "dates:unknown", "dates:same", "dates:gap",
    "speaker:same", "side:same", "speaker:organization", "speaker:unknown",
    "quote:either", "quote:both", "cue:either", "names:other",
    "article:same", "article:distance", "story:same",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PairContext:
    """What the features of a pair are read from: the statements, their matters and stances,
    how rare each term is, each statement's side and place in its article, and the stories."""

    items: Mapping[str, Item]
    stances: Mapping[str, Mapping[str, str]]  # statement -> matter id -> stance label
    idf: Mapping[str, float]
    sides: Mapping[str, str]
    order: Mapping[str, int]  # statement -> its rank among its article's statements
    stories: Mapping[str, frozenset[str]] | None

    @classmethod
    def of(
        cls,
        items: Iterable[Item],
        matters: Iterable[Matter],
        stories: Mapping[str, frozenset[str]] | None = None,
    ) -> PairContext:
        its = list(items)
        stances: dict[str, dict[str, str]] = {}
        for m in matters:
            for p in m.positions:
                stances.setdefault(p.item.key, {})[m.id] = p.stance.label
        df: dict[str, int] = {}
        for it in its:
            for t in set(it.claim.terms):
                df[t] = df.get(t, 0) + 1
        n = max(len(its), 1)
        idf = {t: math.log(1 + n / c) for t, c in df.items()}
        order: dict[str, int] = {}
        seen: dict[str, int] = {}
        for it in sorted(its, key=lambda i: (i.article, i.statement.content.start)):
            order[it.key] = seen.get(it.article, 0)
            seen[it.article] = order[it.key] + 1
        return cls({it.key: it for it in its}, stances, idf, speaker_sides(its), order, stories)

    def overlap(self, a: Item, b: Item) -> float:
        """The rare terms ``a`` and ``b`` share, as a share of the smaller one's (0 ... 1)."""
        ta, tb = set(a.claim.terms), set(b.claim.terms)
        wa = sum(self.idf.get(t, 0.0) for t in ta)
        wb = sum(self.idf.get(t, 0.0) for t in tb)
        shared = sum(self.idf.get(t, 0.0) for t in ta & tb)
        return shared / min(wa, wb) if wa and wb else 0.0


def intended_kind(a: Item, b: Item) -> str:
    """The kind a pair the rules did not report would be: one speaker's change of position is
    a reversal; a rebuttal cue ("pushed back on ...'s claim") makes a rebuttal; else a
    contradiction."""
    if a.speaker is not None and a.speaker == b.speaker:
        return "reversal"
    if a.claim.rebutted or b.claim.rebutted:
        return "rebuttal"
    return "contradiction"


def pair_features(
    a: Item, b: Item, ctx: PairContext, report: Contradiction | None = None
) -> dict[str, float]:
    """The features of the pair ``a``-``b`` (symmetric in the two), with the rules' ``report``
    of it where there is one."""
    f: dict[str, float] = {}
    kind = report.kind if report is not None else intended_kind(a, b)
    f[f"kind:{kind}"] = 1.0
    if report is not None:
        f["rules"] = 1.0
        f["rules:confidence"] = report.confidence
        f["rules:cue"] = float(report.cue is not None)
        f["rules:support"] = min(len(report.support), 4) / 4
        f["rules:matter"] = float(report.matter is not None)
    ta, tb = set(a.claim.terms), set(b.claim.terms)
    shared = ta & tb
    f["terms:shared"] = math.log1p(len(shared))
    f["terms:share"] = len(shared) / max(min(len(ta), len(tb)), 1)
    f["terms:rare"] = ctx.overlap(a, b)
    f["names:shared"] = min(len(set(a.claim.entities) & set(b.claim.entities)), 3) / 3
    f["events:same"] = float(bool(a.claim.event_keys() & b.claim.event_keys()))
    sa, sb = ctx.stances.get(a.key, {}), ctx.stances.get(b.key, {})
    one = set(sa) & set(sb)
    f["matter:same"] = float(bool(one))
    f["matter:opposite"] = float(any({sa[m], sb[m]} == {"yes", "no"} for m in one))
    f["matter:hedged"] = float(any("hedged" in (sa[m], sb[m]) for m in one))
    f["matter:agree"] = float(any(sa[m] == sb[m] and sa[m] in ("yes", "no") for m in one))
    na, nb = _negated(a), _negated(b)
    f["negated:one"] = float(na != nb)
    f["negated:both"] = float(na and nb)
    for name in _MANNERS:
        n = int(_marked(a, name)) + int(_marked(b, name))
        f[f"{name}:either"] = float(n >= 1)
        f[f"{name}:both"] = float(n == 2)
    xa, xb = (
        set(_NUMBER.findall(a.statement.content.text)),
        set(_NUMBER.findall(b.statement.content.text)),
    )
    f["numbers:both"] = float(bool(xa and xb))
    f["numbers:differ"] = float(bool(xa and xb and xa != xb))
    gap = _days(a.said, b.said)
    f["dates:unknown"] = float(gap is None)
    f["dates:same"] = float(gap == 0)
    f["dates:gap"] = math.log1p(gap) / 6 if gap is not None else 0.0
    f["speaker:same"] = float(a.speaker is not None and a.speaker == b.speaker)
    side_a, side_b = ctx.sides.get(a.key), ctx.sides.get(b.key)
    f["side:same"] = float(side_a is not None and side_a == side_b and a.speaker != b.speaker)
    types = (a.statement.speaker.type, b.statement.speaker.type)
    f["speaker:organization"] = float("organization" in types)
    f["speaker:unknown"] = float("unknown" in types or a.speaker is None or b.speaker is None)
    direct = int(a.statement.kind == "direct") + int(b.statement.kind == "direct")
    f["quote:either"] = float(direct >= 1)
    f["quote:both"] = float(direct == 2)
    f["cue:either"] = float(bool(a.claim.rebutted or b.claim.rebutted))
    f["names:other"] = float(_names(a, b) or _names(b, a))
    same_article = a.article == b.article
    f["article:same"] = float(same_article)
    if same_article:
        f["article:distance"] = min(abs(ctx.order[a.key] - ctx.order[b.key]), 10) / 10
    f["story:same"] = float(same_story(dict(ctx.stories) if ctx.stories else None, a, b))
    return f


def candidate_pairs(
    ctx: PairContext, *, k: int = 5, reported: Iterable[tuple[str, str]] = ()
) -> list[tuple[str, str]]:
    """Pairs the rules did not report (``reported``), each statement with its ``k`` closest
    statements of the story (by :meth:`PairContext.overlap`): of another known speaker, or of
    the same speaker on another day; sorted, each pair once (the keys in order)."""
    done = {tuple(sorted(p)) for p in reported}
    stories = dict(ctx.stories) if ctx.stories else None
    items = [it for it in ctx.items.values() if it.speaker is not None and it.claim.terms]
    out: set[tuple[str, str]] = set()
    for a in items:
        near: list[tuple[float, str]] = []
        for b in items:
            if b.key == a.key or not same_story(stories, a, b):
                continue
            if a.speaker == b.speaker and (a.said is None or a.said == b.said):
                continue
            score = ctx.overlap(a, b)
            if score > 0:
                near.append((score, b.key))
        near.sort(key=lambda x: (-x[0], x[1]))
        for _, key in near[:k]:
            pair = (a.key, key) if a.key < key else (key, a.key)
            if pair not in done:
                out.add(pair)
    return sorted(out)


def _marked(it: Item, name: str) -> bool:
    """Whether ``it`` is said in the way ``name`` (hedged, conditional, question, reported,
    future)."""
    modalities = _modalities(it)
    if name == "hedged":
        return bool(modalities & _HEDGES)
    if name == "conditional":
        return it.claim.conditional or "conditional" in modalities
    if name == "future":
        return any(c.tense == "future" for c in it.claim.clauses)
    return name in modalities


def _modalities(it: Item) -> set[str]:
    return {c.modality for c in it.claim.clauses}


def _negated(it: Item) -> bool:
    return bool(_NEGATION.search(it.statement.content.text.casefold()))


def _names(a: Item, b: Item) -> bool:
    """Whether ``a``'s sentence names ``b``'s speaker (by the last word of the name)."""
    name = (b.speaker_name or "").split()
    return bool(name) and len(name[-1]) > 2 and name[-1].casefold() in a.sentence.casefold()


def _days(x: str | None, y: str | None) -> int | None:
    if not x or not y:
        return None
    try:
        dx, dy = date.fromisoformat(_day(x)), date.fromisoformat(_day(y))
    except ValueError:
        return None
    return abs((dx - dy).days)


def _day(s: str) -> str:
    return s[:10] if len(s) >= 10 else (s + "-01-01")[:10] if len(s) == 4 else (s + "-01")[:10]
