"""Score predicted attributions against gold ones: per-role exact and partial P/R/F1.

How spans are compared (also in ``docs/evaluation.md``):

* **Normalization.** Each span is a tuple of ``(start, end)`` fragments. Whitespace at the edges
  of every fragment is trimmed, empty fragments are dropped, and fragments that touch, overlap or
  are separated only by whitespace are merged (brat splits a span at every line break).
* **Exact** match: the normalized extents are identical. Punctuation is *not* trimmed: the
  guidelines decide when a comma or a quote mark belongs to a span, and exact scoring holds the
  extractor to that.
* **Partial** match: ``overlap / max(len(gold), len(pred)) >= 0.5``, where lengths and overlap
  count characters of the normalized extents. Exactly 50% matches.
* **One-to-one.** Within a document and a role, candidate pairs are taken greedily by decreasing
  overlap ratio (then overlap size, then position); each span is matched at most once.
  Spans are counted per attribution: a source shared by two attributions counts twice.
* **Attribution** level: a gold and a predicted attribution match when every role matches
  partially, a role absent on both sides counting as a match; one-to-one, greedy by the summed
  overlap ratio.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..models import Json, Statement
from .brat import ROLES, ContentType, Extent, GoldAttribution, GoldDocument, Role
from .context import ErrorKind, SpanError, make_error

CONTENT_TYPES: tuple[ContentType, ...] = ("direct", "mixed", "indirect")


@dataclass(frozen=True, slots=True)
class PredictedAttribution:
    """What an extractor claims: source, cue and content extents (``()`` when absent)."""

    source: Extent
    cue: Extent
    content: Extent
    kind: str | None = None

    def role(self, name: Role) -> Extent:
        return self.source if name == "source" else self.cue if name == "cue" else self.content

    @classmethod
    def from_statement(cls, statement: Statement) -> PredictedAttribution:
        """Source = ``source_span`` or ``speaker.mention``; content = its parts or ``content``."""
        source = statement.source_span or statement.speaker.mention
        parts = statement.content_parts or (statement.content,)
        return cls(
            source=((source.start, source.end),) if source else (),
            cue=((statement.cue.start, statement.cue.end),) if statement.cue else (),
            content=tuple(sorted((p.start, p.end) for p in parts)),
            kind=statement.kind,
        )


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts of one comparison and the precision, recall and F1 they give."""

    tp: int
    gold: int
    predicted: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.gold + self.predicted
        return 2 * self.tp / total if total else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.gold + other.gold, self.predicted + other.predicted)

    def to_dict(self) -> Json:
        return {
            "tp": self.tp,
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class RoleScores:
    """Exact and partial scores of one role (source, cue or content)."""

    exact: PRF
    partial: PRF

    def to_dict(self) -> Json:
        return {"exact": self.exact.to_dict(), "partial": self.partial.to_dict()}


@dataclass(frozen=True, slots=True)
class TypeRecall:
    """Content recall restricted to gold attributions of one type (direct, mixed, indirect)."""

    type: ContentType
    gold: int
    exact: int
    partial: int

    def to_dict(self) -> Json:
        return {
            "gold": self.gold,
            "exact": round(self.exact / self.gold, 4) if self.gold else 0.0,
            "partial": round(self.partial / self.gold, 4) if self.gold else 0.0,
        }


@dataclass(frozen=True, slots=True)
class AttributionScores:
    """Per-role and attribution-level scores over a set of documents, with the span errors."""

    documents: int
    source: RoleScores
    cue: RoleScores
    content: RoleScores
    attribution: PRF
    content_recall: tuple[TypeRecall, ...]
    errors: tuple[SpanError, ...] = field(default=(), repr=False)

    def role(self, name: Role) -> RoleScores:
        return self.source if name == "source" else self.cue if name == "cue" else self.content

    def f1_scores(self) -> dict[str, float]:
        """Every F1 by name (``source_exact`` ... ``attribution_partial``), as the gate reads it."""
        f1s = {f"{r}_{m}": getattr(self.role(r), m).f1 for r in ROLES for m in ("exact", "partial")}
        f1s["attribution_partial"] = self.attribution.f1
        return f1s

    def to_dict(self, *, errors: bool = False) -> Json:
        d: Json = {
            "documents": self.documents,
            **{r: self.role(r).to_dict() for r in ROLES},
            "attribution": self.attribution.to_dict(),
            "content_recall_by_type": {t.type: t.to_dict() for t in self.content_recall},
        }
        if errors:
            d["errors"] = [e.to_dict() for e in self.errors]
        return d


def normalize(text: str, extent: Extent) -> Extent:
    """Trim whitespace at fragment edges and merge fragments separated only by whitespace."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(extent):
        s, e = max(start, 0), min(end, len(text))
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        if merged and (merged[-1][1] >= s or text[merged[-1][1] : s].isspace()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)


def length(extent: Extent) -> int:
    return sum(e - s for s, e in extent)


def overlap(a: Extent, b: Extent) -> int:
    """Characters shared by two normalized extents."""
    total, i, j = 0, 0, 0
    while i < len(a) and j < len(b):
        total += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def partial_ratio(gold: Extent, pred: Extent) -> float:
    """``overlap / max(len(gold), len(pred))``; 0.0 when either is empty."""
    longest = max(length(gold), length(pred))
    return overlap(gold, pred) / longest if longest else 0.0


def is_partial_match(gold: Extent, pred: Extent) -> bool:
    longest = max(length(gold), length(pred))
    return bool(longest) and 2 * overlap(gold, pred) >= longest  # integers: 50% is exact


def match(gold: Sequence[Extent], pred: Sequence[Extent], *, exact: bool) -> list[tuple[int, int]]:
    """One-to-one greedy matching of normalized extents; returns ``(gold_i, pred_j)`` pairs."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if (g == p) if exact else is_partial_match(g, p):
                candidates.append((-partial_ratio(g, p), -overlap(g, p), i, j))
    return _greedy(candidates)


def _greedy(candidates: list[tuple[float, int, int, int]]) -> list[tuple[int, int]]:
    pairs, used_gold, used_pred = [], set(), set()
    for *_, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class _Tally:
    """Mutable counts while scoring; frozen into :class:`AttributionScores` at the end."""

    exact: dict[Role, PRF] = field(default_factory=lambda: {r: PRF(0, 0, 0) for r in ROLES})
    partial: dict[Role, PRF] = field(default_factory=lambda: {r: PRF(0, 0, 0) for r in ROLES})
    attribution: PRF = PRF(0, 0, 0)
    by_type: dict[ContentType, list[int]] = field(
        default_factory=lambda: {t: [0, 0, 0] for t in CONTENT_TYPES}
    )
    errors: list[SpanError] = field(default_factory=list)


def score(
    gold_docs: Sequence[GoldDocument],
    predicted: Mapping[str, Sequence[PredictedAttribution]],
) -> AttributionScores:
    """Compare predictions with gold, per role and per attribution.

    Args:
        gold_docs: the gold documents; only these are scored.
        predicted: predictions by ``doc_id``; a missing document counts as no predictions.

    Returns:
        The scores, with every missed, spurious and mis-bounded span in ``errors``.
    """
    tally = _Tally()
    for doc in gold_docs:
        _score_document(doc, predicted.get(doc.doc_id, ()), tally)
    return AttributionScores(
        documents=len(gold_docs),
        source=RoleScores(tally.exact["source"], tally.partial["source"]),
        cue=RoleScores(tally.exact["cue"], tally.partial["cue"]),
        content=RoleScores(tally.exact["content"], tally.partial["content"]),
        attribution=tally.attribution,
        content_recall=tuple(TypeRecall(t, *tally.by_type[t]) for t in CONTENT_TYPES),
        errors=tuple(tally.errors),
    )


def _score_document(
    doc: GoldDocument, predictions: Sequence[PredictedAttribution], tally: _Tally
) -> None:
    text = doc.text
    gold = [{r: normalize(text, a.role(r)) for r in ROLES} for a in doc.attributions]
    pred = [{r: normalize(text, p.role(r)) for r in ROLES} for p in predictions]
    for role in ROLES:
        g_idx = [i for i, a in enumerate(gold) if a[role]]
        p_idx = [j for j, p in enumerate(pred) if p[role]]
        g_ext, p_ext = [gold[i][role] for i in g_idx], [pred[j][role] for j in p_idx]
        exact = match(g_ext, p_ext, exact=True)
        partial = match(g_ext, p_ext, exact=False)
        tally.exact[role] += PRF(len(exact), len(g_ext), len(p_ext))
        tally.partial[role] += PRF(len(partial), len(g_ext), len(p_ext))
        if role == "content":
            _count_types(doc.attributions, g_idx, exact, partial, tally)
        tally.errors.extend(_role_errors(doc, role, g_ext, p_ext, partial))
    tally.attribution += PRF(len(_match_attributions(gold, pred)), len(gold), len(pred))


def _count_types(
    attributions: Sequence[GoldAttribution],
    g_idx: list[int],
    exact: list[tuple[int, int]],
    partial: list[tuple[int, int]],
    tally: _Tally,
) -> None:
    for i in g_idx:
        tally.by_type[attributions[i].type][0] += 1
    for column, pairs in ((1, exact), (2, partial)):
        for i, _ in pairs:
            tally.by_type[attributions[g_idx[i]].type][column] += 1


def _match_attributions(
    gold: list[dict[Role, Extent]], pred: list[dict[Role, Extent]]
) -> list[tuple[int, int]]:
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if all(g[r] == p[r] == () or is_partial_match(g[r], p[r]) for r in ROLES):
                ratio = sum(partial_ratio(g[r], p[r]) if g[r] else 1.0 for r in ROLES)
                candidates.append((-ratio, 0, i, j))
    return _greedy(candidates)


def _role_errors(
    doc: GoldDocument,
    role: Role,
    gold: list[Extent],
    pred: list[Extent],
    partial: list[tuple[int, int]],
) -> list[SpanError]:
    matched_gold = {i for i, _ in partial}
    matched_pred = {j for _, j in partial}
    found: list[tuple[ErrorKind, Extent, Extent]] = [
        ("boundary", gold[i], pred[j]) for i, j in partial if gold[i] != pred[j]
    ]
    found += [("missed", g, ()) for i, g in enumerate(gold) if i not in matched_gold]
    found += [("spurious", (), p) for j, p in enumerate(pred) if j not in matched_pred]
    found.sort(key=lambda e: (e[1] or e[2])[0])
    return [make_error(doc.doc_id, doc.text, role, kind, g, p) for kind, g, p in found]
