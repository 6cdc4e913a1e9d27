"""Score found contradictions against hand annotations (``examples/expected_matters.json``).

A reported disagreement counts as correct when both of its evidence statements match annotated
ones (same file, the excerpt and the content overlap), the pair is not a listed hard negative,
the two gold speakers are the sides of an annotated contradiction, reversal or rebuttal, and the
two statements share an annotated matter (or one is among that group's listed statements). A
second report of a group already counted is a duplicate. Recall is per required group.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Json
from .claims import Item
from .contradictions import Contradiction

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Group:
    kind: str
    speakers: frozenset[str]
    statements: frozenset[str]
    required: bool
    label: str


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text.replace("’", "'"))}


def match_gold(items: list[Item], sources: dict[str, str], gold: Json) -> dict[str, str]:
    """Map item keys to gold statement ids (``sources``: item key -> article source)."""
    out: dict[str, str] = {}
    for story in gold["stories"]:  # type: ignore[attr-defined]
        for st in story["statements"]:
            file, _, wire = st["file"].partition("#")
            ex = _words(st["excerpt"])
            best, score = None, 0.0
            for it in items:
                src = sources.get(it.key, "")
                if Path(src.split(":")[0]).name != file or (wire and it.article != wire):
                    continue
                words = _words(it.statement.content.text)
                overlap = len(ex & words) / max(1, min(len(ex), len(words)))
                if overlap > score:
                    best, score = it.key, overlap
            if best is not None and score >= 0.6 and best not in out:
                out[best] = st["id"]
    return out


def _groups(
    gold: Json,
) -> tuple[list[Group], dict[str, str], dict[str, set[str]], set[frozenset[str]]]:
    groups: list[Group] = []
    speaker: dict[str, str] = {}
    matters: dict[str, set[str]] = {}
    negatives: set[frozenset[str]] = set()
    for story in gold["stories"]:  # type: ignore[attr-defined]
        for st in story["statements"]:
            speaker[st["id"]] = st["speaker"]
        for m in story["matters"]:
            for label in ("yes", "no"):
                for sid in m[label]:
                    matters.setdefault(sid, set()).add(m["id"])
        for c in story["contradictions"]:
            ids = frozenset(s for pair in c["pairs"] for s in pair)
            groups.append(Group("contradiction", frozenset(c["between"]), ids, c["required"],
                                f"{c['matter']}: {' / '.join(c['between'])}"))  # fmt: skip
        for r in story["reversals"]:
            ids = frozenset(r["from"] + r["to"])
            groups.append(Group("reversal", frozenset([r["speaker"]]), ids, r["required"],
                                f"{r['matter']}: {r['speaker']} (reversal)"))  # fmt: skip
        for r in story["rebuttals"]:
            targets = {t.strip() for t in r["target"].split("/")}
            for t in targets:
                groups.append(Group("rebuttal", frozenset([r["by"], t]), frozenset(r["statements"]),
                                    False, f"{r['by']} rebuts {t}"))  # fmt: skip
        for n in story["hard_negatives"]:
            negatives.add(frozenset(n["pair"]))
    return groups, speaker, matters, negatives


@dataclass(slots=True)
class GroupScore:
    """Disagreements (one per group, :func:`.grouping.group_disagreements`) scored."""

    found: int = 0
    correct: int = 0
    duplicates: int = 0  # a second report of an annotated disagreement already counted
    evidence_annotated: int = 0  # correct groups whose evidence pair is itself annotated
    hard_negatives: list[tuple[str, str]] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    groups: dict[str, bool] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return sum(self.groups.values()) / len(self.groups) if self.groups else 0.0

    def to_dict(self) -> Json:
        return {
            "found": self.found, "correct": self.correct, "duplicates": self.duplicates,
            "precision": round(self.precision, 3), "recall": round(self.recall, 3),
            "required_groups": len(self.groups), "groups_found": sum(self.groups.values()),
            "evidence_annotated": self.evidence_annotated,
            "hard_negatives_flagged": len(self.hard_negatives), "groups": self.groups,
        }  # fmt: skip


def score_groups(found: list[Contradiction], mapping: dict[str, str], gold: Json) -> GroupScore:
    """Precision and recall of reported disagreements (one per group), not of pairs.

    A reported disagreement is correct when its evidence pair is not a hard negative and some
    pair of its statements (evidence and support, one from each side) is correct as in
    :func:`score`, for an annotated group not already credited to an earlier (more
    confident) report: a second report of the same annotated disagreement is a duplicate and
    counts as wrong.
    """
    groups, speaker, matters, negatives = _groups(gold)
    result = GroupScore(groups={g.label: False for g in groups if g.required})
    credited: set[str] = set()
    for c in sorted(found, key=lambda c: -c.confidence):
        result.found += 1
        ea, eb = mapping.get(c.a.statement), mapping.get(c.b.statement)
        if ea is not None and eb is not None and frozenset((ea, eb)) in negatives:
            result.hard_negatives.append((ea, eb))
            result.wrong.append(c.id)
            continue
        ids = [mapping[s] for s in c.statements if s in mapping]
        hits: list[Group] = []
        for x, a in enumerate(ids):
            for b in ids[x + 1 :]:
                if frozenset((a, b)) in negatives:
                    continue
                sides = frozenset((speaker[a], speaker[b]))
                if c.kind != "reversal" and len(sides) < 2:
                    continue
                shared = bool(matters.get(a, set()) & matters.get(b, set()))
                hits += [g for g in groups if g.speakers == sides
                         and (shared or a in g.statements or b in g.statements)]  # fmt: skip
        fresh = [g for g in hits if g.label not in credited]
        if not hits:
            result.wrong.append(c.id)
            continue
        if not fresh:
            result.duplicates += 1
            result.wrong.append(c.id)
            continue
        result.correct += 1
        if (
            ea is not None
            and eb is not None
            and any(g.speakers == frozenset((speaker[ea], speaker[eb])) for g in fresh)
        ):
            result.evidence_annotated += 1
        for g in fresh:
            credited.add(g.label)
            if g.required:
                result.groups[g.label] = True
    return result


def load_gold(path: str | Path) -> Json:
    data: Json = json.loads(Path(path).read_text(encoding="utf-8"))
    return data
