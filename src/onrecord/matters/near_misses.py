"""Near misses: pairs of statements the rules bring close to a report and then reject.

Two statements in one matter (:mod:`.cluster`) are compared by their stances: a certain "yes"
against a certain "no" goes to :func:`.contradictions.verdict`, whose checks may reject it (two
time frames, two things, one side, one occasion). Such a pair, or one whose stances are
opposite but not both certain, or (``any_stance``) one whose stances agree or are unclear, is a
*near miss*: not a report, but a candidate whose rejecting stage a learned judge of pairs
(:mod:`.pair_judge`) can weigh beside the pair's other features (``near:STAGE``).

:func:`cue_near_misses` gives the rebuttals' near misses: a statement whose sentence carries a
rebuttal cue ("disputed the mayor's timeline") with each statement, in its story, of the
speakers the cue names, the one :mod:`.rebuttals` chose left out (stage "cue").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import lexicon as lx
from .claims import Item
from .cluster import Matter, Position
from .contradictions import Contradiction, ordered_pair, verdict
from .rebuttal_cues import negated_cue
from .rebuttals import named_owner, naming_speakers, target_words, words_by_speaker
from .stories import same_story

# the stages a near miss can stop at, from the latest to the earliest: "passed" (every check
# passed, the pair dropped later: grouped under another pair, or its matter unjoined), the
# checks of :func:`.contradictions.verdict` (the last first), then the stances themselves
STAGES = ("passed", "occasion", "side", "topic", "time", "uncertain", "agree", "unclear", "cue")
OPPOSITE = frozenset(STAGES[:6])  # the stages of two opposite stances


@dataclass(frozen=True, slots=True)
class NearMiss:
    """Two statements of one matter the rules did not report, and where they stopped."""

    a: Item
    b: Item
    matter: str
    stage: str  # one of STAGES
    check: str = ""  # the check of :func:`.contradictions.verdict` that stopped it, if one did


def near_misses(
    matters: Iterable[Matter],
    reported: Iterable[Iterable[str]] = (),
    *,
    any_stance: bool = False,
) -> list[NearMiss]:
    """The near misses among ``matters``' positions (each pair of statements of known speakers
    once, at its latest stage), sorted by statement keys. A pair whose two statements are both
    among one report's ``reported`` statements (its pair and its support:
    :attr:`.Contradiction.statements`) is left out: that disagreement is reported already.
    ``any_stance``: also the pairs whose stances are not opposite."""
    member = _members(reported)
    best: dict[tuple[str, str], NearMiss] = {}
    for matter in matters:
        positions = [p for p in matter.positions if p.item.speaker is not None]
        for i, p in enumerate(positions):
            for q in positions[i + 1 :]:
                key = ordered_pair(p.item.key, q.item.key)
                if p.item.key == q.item.key or _told(p.item.key, q.item.key, member):
                    continue
                check = _stage(p, q, matter)
                stage = check.split(":")[0]
                if not any_stance and stage not in OPPOSITE:
                    continue
                a, b = (p.item, q.item) if p.item.key == key[0] else (q.item, p.item)
                old = best.get(key)
                if old is None or STAGES.index(stage) < STAGES.index(old.stage):
                    best[key] = NearMiss(a, b, matter.id, stage, check if ":" in check else "")
    return [best[k] for k in sorted(best)]


def _stage(p: Position, q: Position, matter: Matter) -> str:
    labels = {p.stance.label, q.stance.label}
    if labels == {"yes", "no"}:
        if not (p.stance.certain and q.stance.certain):
            return "uncertain"
        found = verdict(p, q, matter) if p.stance.label == "yes" else verdict(q, p, matter)
        return "passed" if isinstance(found, Contradiction) else found
    if labels <= {"yes", "no"}:
        return "agree"
    return "unclear"


def cue_near_misses(
    items: list[Item],
    reported: Iterable[Iterable[str]] = (),
    stories: dict[str, frozenset[str]] | None = None,
) -> list[NearMiss]:
    """Each statement whose sentence carries a rebuttal cue (not negated: "did not dispute")
    with each statement of the story by the speakers the cue's target names most, not its own
    speaker; a pair within one ``reported`` disagreement left out (see :func:`near_misses`)."""
    member = _members(reported)
    known = words_by_speaker(items)
    out: dict[tuple[str, str], NearMiss] = {}
    for it in items:
        if it.speaker is None:
            continue
        for m in lx.REBUTTAL.finditer(it.sentence):
            if negated_cue(m, it.sentence):
                continue
            owners = naming_speakers(target_words(named_owner(m)), known) - {it.speaker}
            for other in items:
                if other.speaker not in owners or not same_story(stories, it, other):
                    continue
                key = ordered_pair(it.key, other.key)
                if key in out or _told(it.key, other.key, member):
                    continue
                a, b = (it, other) if it.key == key[0] else (other, it)
                out[key] = NearMiss(a, b, "", "cue")
    return [out[k] for k in sorted(out)]


def _members(reported: Iterable[Iterable[str]]) -> dict[str, list[frozenset[str]]]:
    member: dict[str, list[frozenset[str]]] = {}
    for g in map(frozenset, reported):
        for statement in g:
            member.setdefault(statement, []).append(g)
    return member


def _told(a: str, b: str, member: Mapping[str, list[frozenset[str]]]) -> bool:
    """Whether ``a`` and ``b`` are both statements of one reported disagreement."""
    return any(b in g for g in member.get(a, ()))
