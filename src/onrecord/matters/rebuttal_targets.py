"""Whom a rebuttal with no word for the thing rebutted names: "disputed the fire marshal's
finding that ...", "challenged the provost's numbers", "challenged Mayor Lund, saying ...".
A thing someone owns is not their words: "will challenge the city's cap in court",
"rejected the company's pay offer" rebut no one. The owner may also follow the words for
what was said, with "by" or "from", when the claim itself follows ("rejected the claim by
Jon Faraday, the club's former treasurer, that ...": :func:`claim_by`)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .words import tokens

# a possessive that opens a rebuttal's target: "the fire marshal's finding that ..."
_POSSESSOR = re.compile(r"^((?:[^\s,.;:]+\s+){0,4}?[^\s,.;:]+?)(?:'s|’s|(?<=s)'|(?<=s)’)(?=\s)")
# what is owned, up to a claim it names: "finding that ...", "repeated assurance that ..."
_OWNED_CLAIM = re.compile(r"\s*((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?=that\s)", re.IGNORECASE)
# the words for what someone said, besides those of ``lexicon.REBUTTAL_OBJECTS``
_SAID = frozenset({
    "finding", "findings", "numbers", "estimate", "estimates", "forecast", "forecasts",
    "projection", "projections", "prediction", "predictions", "assurance", "assurances",
    "argument", "arguments", "explanation", "conclusion", "conclusions", "warning", "warnings",
    "insistence", "contention", "accusation", "accusations", "denial", "denials", "analysis",
    "interpretation", "portrayal", "depiction", "narrative", "testimony", "data",
    "words", "story",
})  # fmt: skip
# the words that end what is owned: "the university's numbers on the deficit"
_OWNED_END = re.compile(r"\s+(?:on|about|of|over|for|in|at|to|from|before|with)\s", re.IGNORECASE)


# "the claim by Jon Faraday, the club's former treasurer, that ...", "claims from the
# opposition that ...": the words for what was said, its owner after "by" or "from" (five
# words at most), an apposition between commas, then the claim
_CLAIM_BY = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:" + "|".join((*lx.REBUTTAL_OBJECTS, *_SAID)) + r")\s+(?:by|from)\s+"
    r"(?P<owner>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*(?:,[^,;:.]{1,80},\s*)?(?=that\s)",
    re.IGNORECASE,
)


def claim_by(sentence: str, start: int) -> tuple[str, int] | None:
    """The owner named after the words for what was said, and where the claim begins ("the
    claim by Jon Faraday, the club's former treasurer, that the hut was sold": Jon Faraday,
    at "that"), for a rebuttal's target that starts at ``start`` in ``sentence``; None when
    no claim follows ("rejected the claim by email", "the figures from the survey")."""
    m = _CLAIM_BY.match(sentence, start)
    return (m["owner"], m.end()) if m is not None else None


# the cues that, said of a person, do something to them rather than rebut their words:
# "dismissed Nadia Reid" (fired her), "rejected Ortiz" (turned him down), "denied Lunn a
# place", "contested Mayor Hale" (stood against her)
_ACTS_ON_PERSONS = re.compile(r"(?:dismiss|reject|den[iy]|contest)", re.IGNORECASE)


def whose(phrase: str, cue: str = "") -> tuple[str, int | None]:
    """Whom a rebuttal's target ``phrase`` (with no word of ``lexicon.REBUTTAL_OBJECTS``)
    names, and where in it the claim it names begins ("the fire marshal's finding that the
    truss was missing braces": the fire marshal, at "that"), None when it names none.

    The owner of a possessive that opens it, when what is owned is someone's words: a word
    for them ("numbers", "finding") or a claim ("assurance that ..."); a target that is a
    name, unless the ``cue`` acts on the person it names ("dismissed Nadia Reid" fired her).
    Anything else gives no one ("would challenge the policy before the board", "the
    city's cap in court", "the company's pay offer"): a thing is not someone's words."""
    m = _POSSESSOR.match(phrase)
    if m is not None:
        rest = phrase[m.end() :]
        claim = _OWNED_CLAIM.match(rest)
        if claim is not None:
            return m.group(1), m.end() + claim.end()
        owned = _OWNED_END.split(rest, maxsplit=1)[0].split()
        said = not owned or owned[-1].lower().strip("'’") in _SAID
        return (m.group(1) if said else ""), None
    if _ACTS_ON_PERSONS.match(cue):
        return "", None  # a person dismissed, rejected or denied something: not their words
    words = [t for t in tokens(phrase) if t.lower() not in ("the", "a", "an")]
    return (phrase if words and all(t[:1].isupper() for t in words) else ""), None
