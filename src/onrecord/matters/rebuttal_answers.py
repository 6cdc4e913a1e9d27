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

from typing import NamedTuple

from . import lexicon as lx
from .claim_words import clause_terms, content_terms
from .claims import Claim, Item, parse_claim
from .rebuttal_replies import next_statement


class Answer(NamedTuple):
    """The rebutter's own words against a claim: their content terms, and those of them said
    in a denied clause ("not about cutting the library budget")."""

    terms: frozenset[str] = frozenset()
    denied: frozenset[str] = frozenset()


NO_ANSWER = Answer()


def answering_terms(
    i: int, items: list[Item], reply: str = "", rebuttal: Item | None = None
) -> Answer:
    """The rebutter's own words in the rebuttal ``items[i]``: its own content unless that is
    the claim rebutted, ``reply`` (the words after the claim in its sentence, "..., saying
    ..."), and the rebutter's statement that follows the rebuttal's sentence at once
    (``rebuttal``, the item of that sentence, ``items[i]`` when None;
    :func:`.rebuttal_replies.next_statement`), the first only: a longer run goes on to other
    points."""
    me = items[i]
    claims = [] if me.claim.rebutted else [me.claim]
    if reply:
        claims.append(parse_claim(reply))
    k = next_statement(rebuttal or me, items)
    if k is not None and k != i and items[k].speaker == me.speaker:
        claims.append(items[k].claim)
    terms = [_terms(c) for c in claims]
    denied = [_terms(c, denied=True) for c in claims]
    return Answer(frozenset().union(*terms), frozenset().union(*denied))


def _terms(claim: Claim, denied: bool = False) -> set[str]:
    """The claim's content terms and the words of its events ("saving money": both), of its
    asserted clauses only: "will have to repay it if the whole lane is taken out" does not
    speak of the lane going, only on that condition (``denied``: of its asserted clauses
    that deny an event only, "not about saving money")."""
    verbs = {lx.stem(e.word.lower()) for c in claim.clauses for e in c.events}
    said = set().union(*(clause_terms(c) for c in claim.clauses if c.asserted
                         and (not denied or any(e.negators for e in c.events))))  # fmt: skip
    return (content_terms(claim) | (verbs & set(claim.terms))) & said
