"""Where each gold pair of a held-out matters set was lost: a census of the pipeline's stages.

For each gold pair of a set (:func:`.gold_pairs.load_gold`), :func:`census` names the furthest
stage of :data:`STAGES` it reached (furthest first), from the pipeline's own intermediate
results: the reports after the learned judge (as ``benchmarks/eval_matters.py`` scores them)
and before it, the matters and the near misses in them (:mod:`~onrecord.matters.near_misses`:
which check of :func:`~onrecord.matters.contradictions.verdict` or which stances stopped a
pair), the event keys of each statement's claim and the links of :mod:`~onrecord.matters.cluster`,
and the rebuttals read (:mod:`~onrecord.matters.rebuttals`, :mod:`~onrecord.matters.answers`).

A gold side names statements by speaker and words (:class:`.gold_pairs.Side`); each pair of a
statement of one side and one of the other is a candidate, and the gold pair is at the
furthest stage any candidate reached. The stages are exclusive and exhaustive: the counts of a
set sum to its gold pairs, and ``found`` is the scorer's ``gold_found``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..matters import analyze_corpus, load_items, rules_only
from ..matters import lexicon as lx
from ..matters.answers import answers
from ..matters.claims import Item
from ..matters.cluster import BM25, Matter, context_terms, event_groups, matter_keys
from ..matters.contradictions import Contradiction, ordered_pair
from ..matters.near_misses import NearMiss, cue_near_misses, near_misses
from ..matters.persons import named_in_full
from ..matters.rebuttal_cues import negated_cue
from ..matters.rebuttals import find_rebuttals
from ..matters.stance import stance_of
from ..matters.stories import story_names
from ..runners.local import ingest
from ..store import Store
from .gold_pairs import KINDS, GoldPair, Said, load_gold, said_of

# furthest first: a gold pair is counted at the first stage any of its candidates reached
STAGES = (
    "found",  # a report after the judge matches it with a kind its gold accepts
    "dropped by the judge",  # the rules reported it; the judge scored it below its floor
    "wrong kind",  # reported, only as a kind its gold does not accept
    "grouped under another pair",  # both statements back one report shown by another pair
    "passed, dropped later",  # a matter's checks or the rebuttal reader passed it; unreported
    "rebuttal: another target",  # the rebutting words linked to another statement
    "rebuttal: cue read, no target",  # a rebuttal cue in the sentence, linked to nothing
    "rebuttal: no cue read",  # a rebuttal only, with no rebuttal cue read in its sentence
    "rejected at occasion",  # one matter; one speaker, one occasion (verdict)
    "rejected at side",  # one matter; one side, two doers, own acts (verdict)
    "rejected at topic",  # one matter; two things, quantities or causes (verdict)
    "rejected at time",  # one matter; two time frames (verdict)
    "rejected at speaker",  # one matter; a speaker unknown
    "not opposite: uncertain",  # one matter; opposite, but not both certain
    "not opposite: agree",  # one matter; the same answer
    "not opposite: unclear",  # one matter; an answer hedged or unclear
    "never in one matter",  # linked on a shared event, yet no matter holds both
    "shared key, not linked",  # an event key shared, the link kept them apart
    "events differ",  # both have events, none shared
    "no event",  # a side's claim has no event a matter is made of, and is in no matter
    "side not used",  # a side extracted, but not by the rules (the matters read theirs only)
    "side not extracted",  # no statement of that speaker with that content
)
_NEAR = {"passed": "passed, dropped later", "uncertain": "not opposite: uncertain",
         "agree": "not opposite: agree", "unclear": "not opposite: unclear"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sighting:
    """One statement of a gold side as the pipeline read it."""

    side: str  # "a" or "b"
    key: str
    speaker: str
    text: str
    file: str
    events: tuple[str, ...] = ()
    stance: str = ""  # its answer where the stage reads one ("yes 0.9")

    def to_dict(self) -> dict[str, Any]:
        return {"side": self.side, "key": self.key, "speaker": self.speaker, "text": self.text,
                "file": self.file, "events": list(self.events), "stance": self.stance}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PairStage:
    """A gold pair, the furthest stage it reached, why, and the statements that reached it."""

    id: str
    type: str
    stage: str  # one of STAGES
    detail: str = ""
    sides: tuple[Sighting, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "stage": self.stage, "detail": self.detail,
                "sides": [s.to_dict() for s in self.sides]}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Census:
    """The stage of each gold pair of one set."""

    name: str
    pairs: tuple[PairStage, ...]

    def counts(self) -> dict[str, dict[str, int]]:
        """Per stage (in :data:`STAGES` order, only those reached): per type and ``all``."""
        return count_stages(self.pairs)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "counts": self.counts(),
                "pairs": [p.to_dict() for p in self.pairs]}  # fmt: skip


def count_stages(pairs: Iterable[PairStage]) -> dict[str, dict[str, int]]:
    """Per stage (in :data:`STAGES` order, only those reached): per type and ``all``."""
    c = Counter((p.stage, p.type) for p in pairs)
    out: dict[str, dict[str, int]] = {}
    for stage in STAGES:
        row = {k: c[stage, k] for k in KINDS}
        if any(row.values()):
            out[stage] = {**row, "all": sum(row.values())}
    return out


@dataclass(frozen=True, slots=True)
class Pipeline:
    """A set's statements and the pipeline's intermediate results on them."""

    said: Mapping[str, Said]
    items: Mapping[str, Item]  # the statements the matters read (the rules' own)
    judged: tuple[Contradiction, ...]  # the reports, after the judge
    reported: tuple[Contradiction, ...]  # the rules' reports, before the judge
    matters: tuple[Matter, ...]
    near: Mapping[tuple[str, str], NearMiss]  # every pair of one matter, at its latest stage
    links: frozenset[tuple[str, str]]  # (rebutting words, target) the rebuttal readers linked
    cue_pairs: frozenset[frozenset[str]]  # a cue's statement and one of the speakers it names
    stories: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, folder: Path) -> Pipeline:
        """Ingest ``folder``'s articles into an in-memory store and run the pipeline on them
        as the benchmark does (the judge on), and once more with the judge off."""
        store = Store.open(":memory:")
        try:
            ingest(sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html")), store)
            said = said_of(store)
            texts = {
                uid: f"{title or ''}\n{text}"
                for uid, title, text in store.conn.execute("SELECT uid, title, text FROM articles")
            }
            rules = analyze_corpus(store, judge=False)
            judged = analyze_corpus(store)
            items = named_in_full(rules_only(load_items(store)), texts)
        finally:
            store.close()
        matters = rules.matters
        rebuttals = find_rebuttals(items, list(matters), texts)
        links = {(r.a.statement, r.b.statement) for r in rebuttals}
        for a in answers(items, texts):
            by = a.words or a.verdict
            if by is not None:
                links.add((by.key, a.claim.key))
        near = {(n.a.key, n.b.key): n for n in near_misses(matters, any_stance=True)}
        stories = story_names(items, texts)
        cued = frozenset(frozenset((n.a.key, n.b.key)) for n in cue_near_misses(items, (), stories))
        return cls(said, {it.key: it for it in items}, judged.contradictions,
                   rules.contradictions, matters, near, frozenset(links), cued,
                   stories)  # fmt: skip


def census(folder: Path, name: str | None = None) -> Census:
    """The stage of each gold pair of the set in ``folder``."""
    pairs, _, _ = load_gold(folder)
    return Census(name or folder.name, tuple(stages(pairs, Pipeline.of(folder))))


def stages(pairs: Iterable[GoldPair], run: Pipeline) -> list[PairStage]:
    """The stage of each of ``pairs`` in ``run``."""
    reader = _Reader(run)
    return [reader.stage(p) for p in pairs]


class _Reader:
    """Reads one pipeline run, caching what several pairs ask of it."""

    def __init__(self, run: Pipeline) -> None:
        self.run = run
        self.matters_of: dict[str, list[Matter]] = {}
        for m in run.matters:
            for pos in m.positions:
                self.matters_of.setdefault(pos.item.key, []).append(m)
        self.order = list(run.items.values())
        self._index: tuple[BM25, list[list[str]]] | None = None

    def stage(self, pair: GoldPair) -> PairStage:
        reports = self._reports(pair)
        if reports:
            return reports
        by = pair.type == "rebuttal"
        said = self.run.said
        a_keys = [k for k, s in said.items() if pair.a.matches(s, sentence=by)]
        b_keys = [k for k, s in said.items() if pair.target_is(s)]
        candidates = [(x, y) for x in a_keys for y in b_keys if x != y]
        if not candidates:
            return self._unextracted(pair, a_keys, b_keys)
        best: tuple[int, str, str, tuple[str, str]] | None = None
        for x, y in candidates:
            stage, detail = self._pair_stage(pair, x, y)
            rank = STAGES.index(stage)
            if best is None or rank < best[0]:
                best = (rank, stage, detail, (x, y))
        assert best is not None
        _, stage, detail, (x, y) = best
        return PairStage(pair.id, pair.type, stage, detail, self._sightings(x, y))

    def _reports(self, pair: GoldPair) -> PairStage | None:
        """The stage of a pair some report matches: found, dropped by the judge, wrong kind."""
        said = self.run.said

        def matching(found: Iterable[Contradiction]) -> list[Contradiction]:
            return [c for c in found
                    if pair.found_in((said[c.a.statement], said[c.b.statement]))]  # fmt: skip

        after, before = matching(self.run.judged), matching(self.run.reported)
        for stage, reports in (("found", after), ("dropped by the judge", before)):
            right = [c for c in reports if c.kind in pair.kinds()]
            if right:
                c = right[0]
                detail = f"{c.kind}, confidence {c.confidence:.2f}"
                sides = self._sightings(c.a.statement, c.b.statement)
                return PairStage(pair.id, pair.type, stage, detail, sides)
        if after or before:
            c = (after or before)[0]
            kept = "kept" if after else "dropped"
            detail = f"reported as {c.kind} ({kept} by the judge)"
            sides = self._sightings(c.a.statement, c.b.statement)
            return PairStage(pair.id, pair.type, "wrong kind", detail, sides)
        return None

    def _unextracted(self, pair: GoldPair, a_keys: list[str], b_keys: list[str]) -> PairStage:
        """No statement of a side (or the two sides one statement): where its words went."""
        by = pair.type == "rebuttal"
        parts, sides = [], []
        for name, side, keys in (("a", pair.a, a_keys), ("b", pair.b, b_keys)):
            if keys:
                continue
            anyone = replace(side, surname="")  # the words, whoever said them
            told = by and name == "a"  # a rebuttal named by its sentence
            other = [s for s in self.run.said.values() if anyone.matches(s, sentence=told)]
            if other:
                parts.append(f"{name}: its words under {other[0].speaker or '?'!r}")
                sides.append(self._sighting(name, other[0].key))
            else:
                parts.append(f"{name}: its words in no statement")
        if not parts:
            parts.append("the two sides are one statement")
        return PairStage(pair.id, pair.type, "side not extracted", "; ".join(parts), tuple(sides))

    def _pair_stage(self, pair: GoldPair, x: str, y: str) -> tuple[str, str]:
        """The stage of the candidate ``x`` (the a side's statement), ``y`` (the b side's)."""
        items = self.run.items
        unused = [k for k in (x, y) if k not in items]
        if unused:
            return "side not used", "not a statement of the rules: " + ", ".join(unused)
        for c in self.run.reported:
            if x in c.statements and y in c.statements:
                a, b = self.run.said[c.a.statement], self.run.said[c.b.statement]
                return "grouped under another pair", f"{c.kind}: {a.brief()} / {b.brief()}"
        stage, detail = self._matter_stage(x, y)
        if stage == "passed, dropped later":
            return stage, detail
        if "rebuttal" in pair.kinds():
            # the rebutting words: the a side's in a rebuttal's gold, either in another's
            by = (x,) if pair.type == "rebuttal" else (x, y)
            if {(x, y), (y, x)} & self.run.links:
                return "passed, dropped later", "a rebuttal read, not reported"
            targets = [t for r, t in sorted(self.run.links) if r in by]
            if targets:
                told = self.run.said[targets[0]]
                return "rebuttal: another target", told.brief()
            cues = [cue for k in by if (cue := _cue_read(items[k].sentence))]
            if cues:
                named = "names" if frozenset((x, y)) in self.run.cue_pairs else "does not name"
                return "rebuttal: cue read, no target", f"{cues[0]!r} {named} the other speaker"
            if pair.kinds() == ("rebuttal",):
                return "rebuttal: no cue read", f"as a matter: {stage} {detail}".strip()
        return stage, detail

    def _matter_stage(self, x: str, y: str) -> tuple[str, str]:
        """Where two statements stopped on the way to one matter, or in it."""
        items = self.run.items
        shared = self._shared(x, y)
        if shared:
            near = self.run.near.get(ordered_pair(x, y))
            if near is None:
                return "rejected at speaker", f"matter {shared[0].event!r}: a speaker unknown"
            m = next((m for m in shared if m.id == near.matter), shared[0])
            stage = _NEAR.get(near.stage, f"rejected at {near.stage}")
            return stage, f"matter {m.event!r}: {near.check or near.stage}"
        kx, ky = self._keys(x), self._keys(y)
        if not kx or not ky:
            sides = [n for n, k in (("a", kx), ("b", ky)) if not k]
            return "no event", f"no event read in {' and '.join(sides)}"
        both = sorted(kx & ky)
        if not both:
            return "events differ", f"{sorted(kx)} / {sorted(ky)}"
        for key in both:
            if (
                key in matter_keys(items[x])
                and key in matter_keys(items[y])
                and self._linked(key, x, y)
            ):
                return "never in one matter", f"linked on {key!r}: no yes or no answer in the group"
        return "shared key, not linked", f"shared {both}"

    def _keys(self, key: str) -> set[str]:
        """The events a statement can meet another on: its claim's that make matters, and
        those of the matters it is in (a figure's "cost:¤")."""
        return matter_keys(self.run.items[key]) | {m.event for m in self.matters_of.get(key, [])}

    def _linked(self, key: str, x: str, y: str) -> bool:
        """Whether :func:`~onrecord.matters.cluster.event_groups` links ``x`` and ``y``, the
        statements naming the event ``key``, as :func:`~onrecord.matters.cluster.find_matters`
        does."""
        if self._index is None:
            terms = [context_terms(it) for it in self.order]
            self._index = (BM25(terms), terms)
        index, terms = self._index
        members = [i for i, it in enumerate(self.order) if key in matter_keys(it)]
        at = {self.order[i].key: i for i in members}
        stories = dict(self.run.stories)
        groups = event_groups(self.order, members, index, terms, key, None, stories)
        return any(at[x] in g and at[y] in g for g in groups)

    def _shared(self, x: str, y: str) -> list[Matter]:
        """The matters that hold both statements."""
        ys = {m.id for m in self.matters_of.get(y, [])}
        return [m for m in self.matters_of.get(x, []) if m.id in ys]

    def _sightings(self, x: str, y: str) -> tuple[Sighting, ...]:
        """The two statements, each with its answer in the matter they share, or else on the
        first event they share."""
        shared = self._shared(x, y)
        event = ""
        if not shared and x in self.run.items and y in self.run.items:
            event = min(self._keys(x) & self._keys(y), default="")
        return self._sighting("a", x, shared[:1], event), self._sighting("b", y, shared[:1], event)

    def _sighting(
        self, side: str, key: str, matters: list[Matter] | None = None, event: str = ""
    ) -> Sighting:
        s = self.run.said[key]
        it = self.run.items.get(key)
        if it is None:
            return Sighting(side, key, s.speaker, s.text, s.file)
        stance = ""
        for m in matters or []:
            st = next(p.stance for p in m.positions if p.item.key == key)
            stance = f"{st.label} {st.certainty:.2f} on {m.event!r}"
        if event and not matters:
            st = stance_of(it.claim, event)
            stance = f"{st.label} {st.certainty:.2f} on {event!r}"
        return Sighting(side, key, s.speaker, s.text, s.file,
                        tuple(sorted(it.claim.event_keys())), stance)  # fmt: skip


def _cue_read(sentence: str) -> str:
    """The rebuttal language in ``sentence`` the rebuttal reader reads (not negated: "did not
    dispute"), or ""."""
    return next((m[0] for m in lx.REBUTTAL.finditer(sentence) if not negated_cue(m, sentence)), "")
