"""Contradictions, reversals and rebuttals between statements, with their evidence.

* **contradiction**: two different speakers, both certain and opposite on one matter, about
  the same time frame.
* **reversal**: one speaker, certain and opposite on one matter at two different dates.
* **rebuttal**: explicit language ("pushed back on Sanders' statement", "disputed the
  mayor's timeline", "contradicting the official stance of the White House") links the
  rebutting statement to the target's closest statement, even within one sentence.

Hedged, conditional, differently timed pairs are not contradictions; nor is a speaker quoting
an opponent (the quoted words are "reported" in :mod:`.claims` and take no stance).
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass
from typing import Literal

from ..models import Json
from . import lexicon as lx
from .claims import Item, tokens
from .cluster import BM25, Matter, Position, context_terms

Kind = Literal["contradiction", "reversal", "rebuttal"]

# present-tense claims are about the day they were made: compared only this close together
PRESENT_WINDOW_DAYS = 2
_GENERIC_TARGET = frozenset({
    "the", "a", "an", "of", "'s", "s", "'", "official", "its", "his", "her", "their", "own",
    "earlier", "latest", "recent", "new",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Evidence:
    """One side of a contradiction: the statement, its speaker, date, article and stance."""

    statement: str
    speaker: str | None
    date: str | None
    article: str
    outlet: str | None
    text: str
    start: int
    end: int
    stance: str
    words: tuple[str, ...] = ()

    @classmethod
    def of(cls, pos: Position | Item) -> Evidence:
        item = pos.item if isinstance(pos, Position) else pos
        stance = pos.stance.label if isinstance(pos, Position) else "unclear"
        words = pos.stance.words if isinstance(pos, Position) else ()
        c = item.statement.content
        return cls(item.key, item.speaker_name, item.said, item.article, item.outlet, c.text,
                   c.start, c.end, stance, words)  # fmt: skip

    def to_dict(self) -> Json:
        return {
            "statement": self.statement, "speaker": self.speaker, "date": self.date,
            "article": self.article, "outlet": self.outlet, "text": self.text,
            "start": self.start, "end": self.end, "stance": self.stance, "words": list(self.words),
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two statements that cannot both hold, with the confidence and the evidence."""

    id: str
    kind: Kind
    a: Evidence
    b: Evidence
    confidence: float
    matter: str | None = None
    cue: str | None = None
    reason: str = ""

    def to_dict(self) -> Json:
        return {
            "id": self.id, "kind": self.kind, "matter": self.matter,
            "confidence": round(self.confidence, 3), "cue": self.cue, "reason": self.reason,
            "a": self.a.to_dict(), "b": self.b.to_dict(),
        }  # fmt: skip


def _days(a: str | None, b: str | None) -> int | None:
    try:
        da = datetime.date.fromisoformat((a or "")[:10])
        db = datetime.date.fromisoformat((b or "")[:10])
    except ValueError:
        return None
    return abs((da - db).days)


def same_time_frame(p: Position, q: Position) -> bool:
    """Whether two stances are about the same time (and so can contradict)."""
    if p.stance.times and q.stance.times:
        return bool(p.stance.times & q.stance.times)
    if p.stance.future or q.stance.future:
        return True  # a plan or a forecast, against one that is untimed or also ahead
    days = _days(p.item.said, q.item.said)
    return days is not None and days <= PRESENT_WINDOW_DAYS


def _cid(kind: str, a: str, b: str) -> str:
    return "c" + hashlib.sha1(f"{kind}|{a}|{b}".encode()).hexdigest()[:10]


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def find_contradictions(matters: list[Matter]) -> list[Contradiction]:
    """Contradictions and reversals within each matter."""
    out: dict[tuple[str, str], Contradiction] = {}
    for matter in matters:
        yes = [p for p in matter.positions if p.stance.label == "yes" and p.stance.certain]
        no = [p for p in matter.positions if p.stance.label == "no" and p.stance.certain]
        for p in yes:
            for q in no:
                found = _judge(p, q, matter)
                if found is not None:
                    key = _pair(p.item.key, q.item.key)
                    if key not in out or out[key].confidence < found.confidence:
                        out[key] = found
    return list(out.values())


def _judge(p: Position, q: Position, matter: Matter) -> Contradiction | None:
    a, b = p.item, q.item
    if a.speaker is None or b.speaker is None or not same_time_frame(p, q):
        return None
    ents_p, ents_q = p.stance.entities, q.stance.entities
    if ents_p and ents_q and not ents_p & ents_q:
        return None  # about different people or things ("Manafort pleaded" vs "Papadopoulos")
    first, second = (p, q) if (a.said or "", a.key) <= (b.said or "", b.key) else (q, p)
    confidence = 0.55 + 0.15 * (p.stance.certainty + q.stance.certainty - 1.0)
    if p.stance.times and q.stance.times:
        confidence += 0.1
    if a.speaker == b.speaker:
        days = _days(a.said, b.said)
        if a.article == b.article or not days:
            return None  # one speaker, one occasion: more likely our misreading than a U-turn
        kind: Kind = "reversal"
        reason = f"{a.speaker_name} answered {matter.question!r} both ways, {days} days apart"
    else:
        kind = "contradiction"
        reason = (
            f"{a.speaker_name} and {b.speaker_name} give opposite answers to {matter.question!r}"
        )
    ea, eb = Evidence.of(first), Evidence.of(second)
    return Contradiction(_cid(kind, ea.statement, eb.statement), kind, ea, eb,
                         min(confidence, 0.95), matter.id, None, reason)  # fmt: skip


def find_rebuttals(items: list[Item], matters: list[Matter]) -> list[Contradiction]:
    """Statements whose sentence rebuts another speaker, linked to that speaker's statement."""
    if not items:
        return []
    terms = [context_terms(it) for it in items]
    index = BM25(terms)
    matter_of = {p.item.key: m.id for m in matters for p in m.positions}
    out: dict[tuple[str, str], Contradiction] = {}
    for i, it in enumerate(items):
        if it.speaker is None:
            continue
        for m in lx.REBUTTAL.finditer(it.sentence):
            target = _target_words(m["target"])
            if not target:
                continue
            best = _best_target(i, items, index, terms, target, it.sentence)
            if best is None:
                continue
            other = items[best]
            key = _pair(it.key, other.key)
            cue = m.group(0).strip()
            same = other.sentence == it.sentence
            evidence = (
                "within one sentence"
                if same
                else "in the same article"
                if (other.article == it.article)
                else "across articles"
            )
            found = Contradiction(
                _cid("rebuttal", it.key, other.key), "rebuttal", Evidence.of(it),
                Evidence.of(other), 0.9 if same or other.article == it.article else 0.8,
                matter_of.get(it.key) or matter_of.get(other.key), cue,
                f"{it.speaker_name} rebuts {other.speaker_name} ({cue!r}, {evidence})",
            )  # fmt: skip
            out.setdefault(key, found)
    return list(out.values())


def _target_words(phrase: str) -> set[str]:
    words = {t.lower().strip("'’") for t in tokens(phrase)}
    return {w for w in words if w and w[0].isalnum() and w not in _GENERIC_TARGET}


def _speaker_words(item: Item) -> set[str]:
    text = " ".join([item.speaker_name or "", *item.roles])
    if item.statement.speaker.mention is not None:
        text += " " + item.statement.speaker.mention.text
    return {t.lower().strip("'’") for t in tokens(text) if t[0].isalnum()} - _GENERIC_TARGET


def _best_target(
    i: int, items: list[Item], index: BM25, terms: list[list[str]], target: set[str], sentence: str
) -> int | None:
    """The target speaker's statement most like the rebutting one (same sentence first)."""
    me = items[i]
    scored: list[tuple[float, int]] = []
    for j, other in enumerate(items):
        if j == i or other.speaker is None or other.speaker == me.speaker:
            continue
        if not target & _speaker_words(other):
            continue
        if other.article != me.article and not other.claim.events:
            continue
        bonus = 2.0 if other.sentence == sentence else 1.0 if other.article == me.article else 0.0
        sim = index.similarity(terms[i], i, j)
        if bonus < 2.0 and sim < 0.05:
            continue
        scored.append((bonus + sim, j))
    return max(scored)[1] if scored else None
