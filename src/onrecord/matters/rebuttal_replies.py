"""The rebutter's words told after a rebuttal sentence that quotes only the claim it rebuts.

News often gives a rebuttal a sentence of its own and the rebutter's answer in the next one:
"Pocock hit back at Marchbank's claim that residents had been told. "I was at that meeting,"
he said." Extraction reads the first sentence as the owner's claim (Marchbank's, cued by
"claim") and holds no statement of the rebutter there; the rebutting statement is the one
that follows at once, by the speaker the sentence names before its cue ("Pocock", or "he" /
"she"), never the owner.
"""

from __future__ import annotations

import re

from .claims import Item
from .sides import GENERIC_TARGET
from .words import tokens

# at most this many characters between the rebuttal sentence and its rebutter's words ('He
# said: "' is nine)
_NEXT = 40
_PRONOUNS = frozenset({"he", "she"})


def reply_after(
    i: int, items: list[Item], cue: re.Match[str], owner: set[str], known: dict[str, set[str]]
) -> int | None:
    """The index of the rebutter's statement that follows ``items[i]``, the claim a rebuttal
    sentence names (``cue``: the rebuttal cue matched in its sentence; ``owner``: the words
    that name the claim's owner; ``known``: speaker -> the words that name them), None when
    the next statement is not the rebutter's.

    The next statement in the article must begin right after the sentence, with no statement
    between; its speaker is not the owner and is named by the words before the cue ("Angela
    Rowe, the MP for Carnmouth, hit back at ..."), or those words are "he" or "she"."""
    claim = items[i]
    sentence = claim.statement.sentence
    if sentence is None:
        return None
    if any(
        it is not claim and it.article == claim.article and it.sentence == claim.sentence
        for it in items
    ):
        return None  # the rebutter's words are in the sentence ("..., saying ...")
    subject = [t.lower().strip("'’") for t in tokens(claim.sentence[: cue.start()])]
    subject = [t for t in subject if t[:1].isalnum()]
    if not subject:
        return None
    after = [
        (it.statement.content.start, j)
        for j, it in enumerate(items)
        if it.article == claim.article and it.statement.content.start >= sentence.end
    ]
    if not after:
        return None
    start, j = min(after)
    reply = items[j]
    if start - sentence.end > _NEXT or reply.speaker in (None, claim.speaker):
        return None
    words = known.get(reply.speaker or "", set())
    if owner & words:
        return None  # the owner answering the rebuttal
    if subject == [subject[0]] and subject[0] in _PRONOUNS:
        return j
    return j if (set(subject) - GENERIC_TARGET) & words else None
