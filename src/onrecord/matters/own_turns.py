"""One speaker who answers one event both ways in two reports of a story, with nothing else in
common: a reversal no matter joins.

Matters join two statements of two articles only when they share a word besides their event
(:mod:`.cluster`): "No one on the estate has been overcharged" and, weeks later, "Some 140
households were overcharged" share only "overcharged", and stay apart. Said by two speakers,
such a pair is too often two things; said by one person, sure both times, about one story's
event on two days, it is most often the same question answered again. So a speaker's certain
answer and their later certain opposite answer on one event key, both in their own quoted
words, in another article of the story, are judged as if one matter held them
(:func:`.contradictions.verdict`: its checks of time frames, things named, a plan and a
routine keep out two questions).

Not a reversal: words the reporter tells in their own ("the date had moved", "she would run
in the 200 metres only"), a summary of another question as often as the speaker's answer; a
hedge or a condition on either side; two statements one matter already holds, which judged
them; a statement already shown in a reversal; an earlier statement on the same day or in the
same article (:func:`.owned_reversals.said_before`); of several earlier statements, none when
two answer alike (which one changed is not told).
"""

from __future__ import annotations

from .claims import Item
from .cluster import Matter, Position
from .contradictions import Contradiction, verdict
from .owned_reversals import said_before
from .reversal_checks import said_surely
from .stance import stance_of

__all__ = ["own_turns"]

# how far apart the two may be and still be one question answered again
_WITHIN_DAYS = 366
# how sure before :mod:`.confidence` sets it: no matter joins the two
_CONFIDENCE = 0.55


def own_turns(
    items: list[Item],
    found: list[Contradiction],
    matters: tuple[Matter, ...] | list[Matter],
    stories: dict[str, frozenset[str]] | None = None,
) -> list[Contradiction]:
    """Reversals of one speaker's certain answer on one event key, in two articles of one story
    that no matter joins (see the module)."""
    shown = {s for c in found if c.kind == "reversal" for s in (c.a.statement, c.b.statement)}
    reported = {frozenset((c.a.statement, c.b.statement)) for c in found}
    in_matters: dict[str, set[str]] = {}
    for m in matters:
        for p in m.positions:
            in_matters.setdefault(p.item.key, set()).add(m.id)
    by_speaker: dict[str, list[Item]] = {}
    for it in items:
        if it.speaker is not None and it.statement.kind == "direct" and said_surely(it):
            by_speaker.setdefault(it.speaker, []).append(it)
    out: list[Contradiction] = []
    for told in by_speaker.values():
        told.sort(key=lambda it: (it.said or "", it.key))
        for later in told:
            if later.key in shown:
                continue
            hits = [
                (it, found_)
                for it in told
                if it.key not in shown
                and frozenset((it.key, later.key)) not in reported
                and said_before(it, later, stories, _WITHIN_DAYS)
                and not in_matters.get(it.key, set()) & in_matters.get(later.key, set())
                and (found_ := _turned(it, later)) is not None
            ]
            if len(hits) != 1:
                continue  # none, or two earlier answers: which one changed is not told
            earlier = hits[0][0]
            why = f"{later.speaker_name} answered one question both ways, in two reports"
            out.append(Contradiction.reversal(earlier, later, _CONFIDENCE, why))
            shown |= {earlier.key, later.key}
    return out


def _turned(earlier: Item, later: Item) -> Contradiction | None:
    """The reversal the two answer on one event key, both certain and opposite, when the checks
    of one matter pass it."""
    keys = {e.key for e in earlier.claim.events} & {e.key for e in later.claim.events}
    for key in sorted(keys):
        sa, sb = stance_of(earlier.claim, key), stance_of(later.claim, key)
        if not (sa.certain and sb.certain) or {sa.label, sb.label} != {"yes", "no"}:
            continue
        p, q = Position(earlier, sa), Position(later, sb)
        yes, no = (p, q) if sa.label == "yes" else (q, p)
        matter = Matter(f"turn-{key}", f"{key}?", key, (p, q))
        c = verdict(yes, no, matter)
        if isinstance(c, Contradiction) and c.kind == "reversal":
            return c
    return None
