"""The rebutter's own words against the claim a rebuttal names.

A rebuttal names the claim in the reporter's words, often a paraphrase that shares little
with what its owner said ("Mortlake dismissed the claim that the decision was about cost",
after Vane's "This is about saving money and nothing else"); the rebutter's answer, in the
same sentence ("..., saying ...") or quoted right after it ("'This is about applying the law
fairly, not about saving money,' he said"), speaks of the very things the owner spoke of, to
say the other thing. Those words find the claim the reporter set before the rebuttal
(:func:`.set_before.set_before`) when the claim's own words do not.
"""

from __future__ import annotations

from . import lexicon as lx
from .claim_words import clause_terms, content_terms
from .claims import Claim, Item, parse_claim

# at most this many characters between the rebuttal's sentence and the rebutter's words that
# follow it ('He said: "' is nine)
_NEXT = 40


def answering_terms(i: int, items: list[Item], reply: str = "") -> frozenset[str]:
    """The content terms of the rebutter's own words in the rebuttal ``items[i]``: its own
    content unless that is the claim rebutted, ``reply`` (the words after the claim in its
    sentence, "..., saying ..."), and the rebutter's statement whose sentence follows at once
    (within :data:`_NEXT` characters), the first only: a longer run goes on to other points."""
    me = items[i]
    terms: set[str] = set()
    if not me.claim.rebutted:
        terms |= _terms(me.claim)
    if reply:
        terms |= _terms(parse_claim(reply))
    sentence = me.statement.sentence
    if sentence is None:
        return frozenset(terms)
    after = [
        (s.start, k)
        for k, it in enumerate(items)
        if it.article == me.article and (s := it.statement.sentence) is not None
        and s.start >= sentence.end
    ]  # fmt: skip
    if after:
        start, k = min(after)
        if items[k].speaker == me.speaker and start - sentence.end <= _NEXT:
            terms |= _terms(items[k].claim)
    return frozenset(terms)


def _terms(claim: Claim) -> set[str]:
    """The claim's content terms and the words of its events ("saving money": both), of its
    asserted clauses only: "will have to repay it if the whole lane is taken out" does not
    speak of the lane going, only on that condition."""
    verbs = {lx.stem(e.word.lower()) for c in claim.clauses for e in c.events}
    said = set().union(*(clause_terms(c) for c in claim.clauses if c.asserted))
    return (content_terms(claim) | (verbs & set(claim.terms))) & said
