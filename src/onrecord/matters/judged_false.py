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

A verb of denial whose object is that same "that" is a verdict too: "Danvers rejected that."
("disputed that.", "again dismissed that.", "denied it."): the sentence ends on the
pronoun, so it names no claim of its own and answers the claim told just before. Not "denied
that the firm was owed anything" (the claim named: :mod:`.rebuttals`), not "rejected it" (an
offer or a plan is rejected as often as words), not "did not dispute that" (conceded).

The verdict's speaker's next words ("Every supplier has been paid in full," he said) are the
rebuttal's evidence when there are any: they state the other side of the claim, so the two
statements contradict each other, the verdict its cue (:func:`with_verdicts`). How sure each
one is, is what :mod:`.confidence` says of any pair with rebuttal language (a rebuttal in one
article 0.9; a contradiction from 0.7, with 0.2 for the cue), set here as it will be shown.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from .claims import Item
from .cluster import Matter
from .confidence import confidence_of
from .contradictions import Contradiction, Evidence, Kind, contradiction_id, ordered_pair
from .points_back import points_back
from .words import tokens

# the verdict: "was untrue", "is simply wrong", "was not the case", "is nonsense"
_FALSE = re.compile(
    r"(?:was|is|were|are)\s+(?:(?:simply|completely|entirely|just|totally|plainly)\s+)?"
    r"(?:untrue|not\s+true|false|wrong|incorrect|inaccurate|nonsense|not\s+the\s+case)\W*$",
    re.IGNORECASE,
)
# the denial of a "that" pointing back, ending its sentence: "rejected that.", "denied it.",
# an adverb the cue holds before it ("again dismissed that.")
_DENIED_BACK = re.compile(
    r"(?:[a-z]+\s+)?(?:(?:" + "|".join(lx.DENYING_VERBS) + r")\s+(?:that|this)|(?:den(?:ied|ies|y)|"
    r"disput(?:ed|es|e)|refut(?:ed|es|e))\s+it)\W*$",
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
        made = Contradiction(
            contradiction_id(kind, by.key, claim.key), kind, Evidence.of(by), Evidence.of(claim),
            0.0, matter_of.get(by.key) or matter_of.get(claim.key), cue,
            f"{by.speaker_name} calls {claim.speaker_name}'s claim false ({cue!r})",
        )  # fmt: skip
        on = next((m for m in matters if m.id == made.matter), None)
        value, factors = confidence_of(made, by, claim, on)  # as :mod:`.confidence` will show it
        out[pair] = replace(made, confidence=value, factors=factors)
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
        if st.sentence is None or st.cue is None or it.speaker is None:
            continue
        called_false = points_back(st) and _FALSE.match(st.content.text)
        if not called_false and not _denies_back(it):
            continue
        run = _told_before(i, items)
        if not run or items[run[-1]].speaker == it.speaker:
            continue  # nothing told just before, or the speaker's own words: owning up
        follow = _next_words(i, items)
        if follow is None and not called_false:
            continue  # "rejected that." says nothing of its own: its next words answer
        wanted = set(items[follow].claim.terms) if follow is not None else set()
        best = max(run, key=lambda j: (len(wanted & set(items[j].claim.terms)), j))
        at = st.sentence.start
        cue = st.sentence.text[st.cue.start - at : st.content.end - at]
        out.append((i, best, follow, cue.strip()))
    return out


def _denies_back(item: Item) -> bool:
    """Whether ``item`` is a denial of a "that" pointing back, its sentence ending on it:
    "Danvers rejected that.", "Penhale again dismissed that.", "Kerr denied it."."""
    st = item.statement
    if (
        st.sentence is None
        or st.cue is None
        or st.content.text.strip(" .,;").lower() not in ("that", "this", "it")
    ):
        return False
    at = st.sentence.start
    said = st.sentence.text[st.cue.start - at : st.content.end - at]
    rest = st.sentence.text[st.content.end - at :]
    before = [t.lower() for t in tokens(st.sentence.text[: st.content.start - at])][-4:]
    if any(lx.negating(w) for w in before):
        return False  # "did not dispute that": conceded
    return bool(_DENIED_BACK.fullmatch(said + rest.strip()))


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
