"""The pairs the answers an article marks add to the disagreements found (:mod:`.answers`).

An answer whose speaker's words follow it is a contradiction between those words and the
claim answered, the answer sentence its cue; a verdict with no words after it ("Danvers said
that was untrue.") is a rebuttal of the claim. A pair of the same two speakers already found
with the claim or the answer stands; the very pair the answer links takes the answer as its
cue when it has none (another pair of the two with one of its statements does not: the
answer marks its own claim, not theirs). The new pair is on no matter: the answer sentence
joins its two statements, not shared words, and two answers of the same two speakers are two
exchanges (:func:`.grouping.group_key`). How sure it is, is what :mod:`.confidence`
says of any pair with rebuttal language (a rebuttal in one article 0.9; a contradiction from
0.7, with 0.1 for an answer sentence's cue and 0.2 for a verdict's), set here as it will be
shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .answers import answers
from .claims import Item
from .confidence import confidence_of
from .contradictions import Contradiction, Evidence, Kind, contradiction_id, ordered_pair


def with_answers(
    found: list[Contradiction],
    items: list[Item],
    texts: Mapping[str, str] | None = None,
) -> list[Contradiction]:
    """``found`` with the pairs of the answers in ``items`` (``texts``: each article's title
    and text)."""
    out = {ordered_pair(c.a.statement, c.b.statement): c for c in found}
    for answer in answers(items, texts):
        by = answer.words or answer.verdict
        assert by is not None
        claim = answer.claim
        pair = ordered_pair(by.key, claim.key)
        speakers = {by.speaker_name, claim.speaker_name}
        held = [
            p
            for p, c in out.items()
            if p == pair or ({c.a.speaker, c.b.speaker} == speakers and set(p) & set(pair))
        ]
        if held:  # the exchange already found, with the claim or the answer: it stands
            if pair in out and out[pair].cue is None:  # the answer marks this very pair
                out[pair] = replace(out[pair], cue=answer.cue)
            continue
        kind: Kind = "contradiction" if answer.words is not None else "rebuttal"
        what = "calls" if answer.verdict is not None else "answers"
        made = Contradiction(
            contradiction_id(kind, by.key, claim.key), kind, Evidence.of(by), Evidence.of(claim),
            0.0, None, answer.cue,
            f"{by.speaker_name} {what} {claim.speaker_name}'s claim"
            + (" false" if answer.verdict is not None else "") + f" ({answer.cue!r})",
        )  # fmt: skip
        value, factors = confidence_of(made, by, claim)  # as :mod:`.confidence` will show it
        out[pair] = replace(made, confidence=value, factors=factors)
    return list(out.values())
