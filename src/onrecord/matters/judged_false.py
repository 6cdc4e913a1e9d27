"""A claim called false right after it is told: "Simms said the firm was owed 38,000 pounds.",
then "Danvers said that was untrue." (or "was not true", "was simply wrong", "was false", "is
nonsense", "was not the case").

News tells a rebuttal this way as often as with a cue word: the claim in one sentence, the
rebutter's verdict on it in the next, its subject a "that" pointing back
(:func:`.points_back.points_back`). The verdict rebuts the claim told just before by another
speaker: the statements of that speaker that end right before the verdict's sentence, with
no other sentence between. Not when the words told just before are the speaker's own (owning
up: "I said the pool would open in May. That was wrong."), nor when nothing was told just
before ("Parents accused the board of a secret deal. The board said that was untrue.": an
accusation nobody is quoted making).

The verdict's speaker's next words ("Every supplier has been paid in full," he said) are the
rebuttal's evidence when there are any: they state the other side of the claim, so the two
statements contradict each other, the verdict its cue (:func:`with_verdicts`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claims import Item
from .cluster import Matter
from .contradictions import Contradiction, Evidence, Kind, contradiction_id, ordered_pair
from .points_back import points_back

# the verdict: "was untrue", "is simply wrong", "was not the case", "is nonsense"
_FALSE = re.compile(
    r"(?:was|is|were|are)\s+(?:(?:simply|completely|entirely|just|totally|plainly)\s+)?"
    r"(?:untrue|not\s+true|false|wrong|incorrect|inaccurate|nonsense|not\s+the\s+case)\W*$",
    re.IGNORECASE,
)
# at most this many characters between the claim's sentence and the verdict's ('"\n\n' is 3)
_NEXT = 12


def with_verdicts(
    found: list[Contradiction], items: list[Item], matters: list[Matter]
) -> list[Contradiction]:
    """``found`` with the verdicts of :func:`judged_false`: a pair already found keeps its
    kind and takes the verdict as its cue; a new one is a contradiction between the verdict's
    speaker's next words and the claim, or the verdict's rebuttal of the claim when no words
    follow it."""
    matter_of = {p.item.key: m.id for m in matters for p in m.positions}
    out = {ordered_pair(c.a.statement, c.b.statement): c for c in found}
    for i, j, k, cue in judged_false(items):
        by, claim = items[k if k is not None else i], items[j]
        pair = ordered_pair(by.key, claim.key)
        held = [
            p
            for p in out
            if pair == p or (_same_speakers(out[p], by, claim) and set(p) & set(pair))
        ]
        if held:  # the exchange already found, with the claim or the answer: the verdict backs it
            for p in held:
                if out[p].cue is None:
                    out[p] = replace(out[p], cue=cue)
            continue
        kind: Kind = "contradiction" if k is not None else "rebuttal"
        out[pair] = Contradiction(
            contradiction_id(kind, by.key, claim.key), kind, Evidence.of(by), Evidence.of(claim),
            0.85, matter_of.get(by.key) or matter_of.get(claim.key), cue,
            f"{by.speaker_name} calls {claim.speaker_name}'s claim false ({cue!r})",
        )  # fmt: skip
    return list(out.values())


def _same_speakers(c: Contradiction, one: Item, other: Item) -> bool:
    return {c.a.speaker, c.b.speaker} == {one.speaker_name, other.speaker_name}


def judged_false(items: list[Item]) -> list[tuple[int, int, int | None, str]]:
    """The verdicts that call the claim told just before false, each as (the verdict's index,
    the index of the statement it rebuts, the index of the verdict's speaker's next words or
    None, the verdict's words from its cue: "said that was untrue").

    Of the other speaker's statements told just before (one run of them, ending right before
    the verdict's sentence), the one that shares most content words with the verdict's
    speaker's next words ("Every supplier has been paid in full" against "the firm is owed
    38,000 pounds for last year's festival"); the last of them when none shares any."""
    out: list[tuple[int, int, int | None, str]] = []
    for i, it in enumerate(items):
        st = it.statement
        if st.sentence is None or st.cue is None or not points_back(st):
            continue
        if it.speaker is None or not _FALSE.match(st.content.text):
            continue
        run = _told_before(i, items)
        if not run or items[run[-1]].speaker == it.speaker:
            continue  # nothing told just before, or the speaker's own words: owning up
        follow = _next_words(i, items)
        wanted = set(items[follow].claim.terms) if follow is not None else set()
        best = max(run, key=lambda j: (len(wanted & set(items[j].claim.terms)), j))
        at = st.sentence.start
        cue = st.sentence.text[st.cue.start - at : st.content.end - at]
        out.append((i, best, follow, cue.strip()))
    return out


def _told_before(i: int, items: list[Item]) -> list[int]:
    """The statements of one other speaker that end right before the sentence of
    ``items[i]``, in their order: the last statement told before it, within :data:`_NEXT`
    characters, and that speaker's statements before it with no other speaker's between."""
    me = items[i]
    start = me.statement.sentence.start if me.statement.sentence else 0
    before = sorted(
        (it.statement.content.start, j)
        for j, it in enumerate(items)
        if j != i and it.article == me.article and it.statement.sentence is not None
        and it.statement.sentence.end <= start
    )  # fmt: skip
    if not before:
        return []
    last = items[before[-1][1]]
    told = last.statement
    if told.sentence is None or start - max(told.sentence.end, told.content.end) > _NEXT:
        return []
    run: list[int] = []
    for _, j in reversed(before):
        if items[j].speaker != last.speaker:
            break
        run.append(j)
    return run[::-1]


def _next_words(i: int, items: list[Item]) -> int | None:
    """The statement of the verdict's speaker told right after it, when there is one."""
    me = items[i]
    end = me.statement.sentence.end if me.statement.sentence else 0
    after = sorted(
        (it.statement.content.start, j)
        for j, it in enumerate(items)
        if j != i and it.article == me.article and it.statement.content.start >= end
    )
    if not after:
        return None
    j = after[0][1]
    st = items[j].statement
    begins = min(st.content.start, st.sentence.start if st.sentence else st.content.start)
    if items[j].speaker != me.speaker or begins - end > _NEXT:
        return None  # the sentence may be the quote's last one: where the quote begins counts
    return j
