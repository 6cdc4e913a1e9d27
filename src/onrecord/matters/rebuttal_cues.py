"""Rebuttal cues in a statement's own sentence: whether a statement's content is the claim
its speaker rebuts ("X pushed back on Y's claim that <content>"), whether a cue denies the
claim its "that"-clause states ("denied that the council ignored warnings"), and whether a
cue is negated or a noun ("did not dispute", "the dispute is why")."""

from __future__ import annotations

import re

from ..models import Statement
from . import lexicon as lx
from .rebuttal_targets import whose
from .words import tokens


def rebutted_cue(statement: Statement) -> str | None:
    """The rebuttal cue when the statement's content is the claim its speaker rebuts.

    "X pushed back on Y's claim that the increase was unavoidable" (or "X denied that the
    increase was unavoidable", "X disputed Y's finding that it was unavoidable") can come out
    of extraction as a statement by X whose content is the claim (with or without "Y's claim
    that"): X does not assert it, X rejects it. The cue must open the rebuttal ("pushed back
    on ... claim/statement ...") and the content follow it.
    """
    cue, sentence = statement.cue, statement.sentence
    if cue is None or sentence is None:
        return None
    at = cue.start - sentence.start
    if not 0 <= at < len(sentence.text):
        return None
    m = _cue_match(sentence.text, at, len(cue.text))
    if m is None or negated_cue(m, sentence.text):
        return None
    owned = None if m["object"] else whose(m["target"])[1]  # "Y's finding |that <claim>"
    if m["object"] is None and owned is None and not denial_that(m, sentence.text):
        return None  # "denied that <claim>" names the claim with no one's "claim" before it
    if statement.content.start - sentence.start <= at:
        return None  # the content is not what follows the cue
    end = m.end() if owned is None else m.start("target") + owned
    return sentence.text[m.start() : end].strip()


def _cue_match(text: str, at: int, length: int) -> re.Match[str] | None:
    """The rebuttal cue of :data:`.lexicon.REBUTTAL` that opens at a word of the extracted cue
    (``length`` characters at ``at`` in ``text``): extraction keeps an adverb before the verb
    ("also disputed Y's claim that ...", "still denied that ...", "again rejected ..."), and
    the rejected claim is no more the speaker's own for it."""
    for word in re.finditer(r"\S+", text[at : at + length]):
        m = lx.REBUTTAL.match(text, at + word.start())
        if m is not None:
            return m
    return None


# the cues whose "that"-clause is a claim the speaker rejects (:data:`.lexicon.DENYING_VERBS`):
# "countered that X", "challenged that X" assert X (the speaker's own claim), so they are out
_DENIAL_THAT = re.compile(r"(?:" + "|".join(lx.DENYING_VERBS) + r")$", re.IGNORECASE)
# "denied that X", "rejected suggestions that X", "disputed the latest claims that X": a claim
# no one owns (``noun``: named as a claim, which any rebuttal cue rejects)
_UNOWNED_CLAIM = re.compile(
    r"(?P<noun>(?:(?:the|any|these|those|such|latest|recent|new|further|fresh|repeated|"
    r"unfounded|false|wild|persistent|earlier)\s+){0,2}['‘\"“]?(?:suggestions?|claims?|"
    r"allegations?|accusations?|reports?|assertions?|charges?|speculation|rumou?rs?)"
    r"['’\"”]?\s+)?that\s",
    re.IGNORECASE,
)
_NOT_DENYING = frozenset({"refused", "declined", "refuses", "declines", "refusing", "declining"})


def denial_that(m: re.Match[str], text: str) -> bool:
    """Whether the rebuttal cue ``m`` (of :data:`.lexicon.REBUTTAL`, matched in ``text``)
    denies the claim its "that"-clause states: "denied that the council ignored warnings".
    A bare "that" only after verbs of denial ("countered that X" says X); a claim named as
    one ("the suggestion that X", "claims that X") after any rebuttal cue ("pushed back on
    the suggestion that X", "challenged claims that X", "took issue with reports that X").
    Never negated ("did not deny that X", "has never disputed that X", "declined to deny that
    X" concede or leave X)."""
    unowned = _UNOWNED_CLAIM.match(text, m.start("target"))  # past the object word: "the
    # latest claims that", "claims that it ignored its own report" (the claim's object)
    if unowned is None:
        return False
    if unowned["noun"] is None and not _DENIAL_THAT.match(m["cue"]):
        return False  # "countered that X", "challenged that X": the speaker's own claim X
    if unowned["noun"] is not None and _relative(re.split(r"[,.;:]", text[unowned.end() :])[0]):
        return False  # "the report that the council published in May": which report
    return not negated_cue(m, text)  # "pushed back on the suggestion that X" rejects X


# verbs that make or spread a claim or a report ("the report that the council published",
# "the claims that he made"): after a claim noun and "that", a subject and one of these with
# no object is a relative clause that says which report, not what it says
_MAKING = frozenset({
    "made", "published", "issued", "released", "wrote", "written", "produced", "commissioned",
    "filed", "sent", "presented", "circulated", "spread", "repeated", "put", "drew", "drawn",
    "prepared", "compiled", "heard", "received", "read", "cited", "quoted", "leaked",
    "submitted", "delivered", "gave", "given", "offered", "raised", "voiced", "aired",
    "levelled", "leveled", "lodged", "floated", "posted", "shared", "ran", "broadcast",
})  # fmt: skip
_PARTICLES = frozenset({"forward", "out", "up", "again"})
_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
# the words that follow a relative clause's verb with its object gone: a preposition, a time
# ("in May", "last week", "on Tuesday") or the clause's end
_AFTER_RELATIVE = frozenset({
    "in", "on", "at", "for", "to", "from", "by", "with", "about", "over", "after", "before",
    "during", "last", "this", "yesterday", "today", "earlier", "recently", "when", "which",
})  # fmt: skip


def _relative(clause: str) -> bool:
    """Whether the words after a claim noun's "that" are a relative clause with its object
    gone ("the council published for Mill Lane in May", "he made earlier"): a subject of a
    few words, then a verb that makes a claim or a report (:data:`_MAKING`), not passive,
    and no object after it. "the council published false figures" is a claim."""
    low = [t.lower() for t in tokens(clause)]
    for k, word in enumerate(low[:6]):
        if word not in _MAKING:
            continue
        if k == 0 or low[k - 1] in _PASSIVE:
            return False  # no subject, or "the report was published in May": a claim
        rest = low[k + 1 :]
        while rest and rest[0] in _PARTICLES:
            rest = rest[1:]  # "the suggestion that she put forward"
        return not rest or rest[0] in _AFTER_RELATIVE or rest[0].endswith("ly")
    return False


def negated_cue(m: re.Match[str], text: str) -> bool:
    """Whether the rebuttal cue ``m`` (matched in ``text``) is negated, declined or hedged
    within three words before it ("did not dispute", "has never denied", "declined to
    challenge", "may yet hit back", "could challenge"), or is a noun ("the dispute is why
    ...", "a challenge to the plan"): no one rebuts anything."""
    before = [t.lower() for t in tokens(text[: m.start()])][-3:]
    if before and before[-1] in _NOUN_DETERMINERS:
        return True
    return any(lx.negating(w) or w in _NOT_DENYING or w in _HEDGES for w in before)


# a modal before the cue: a rebuttal that may come, not one made
_HEDGES = frozenset({"may", "might", "could", "would", "should", "will", "'ll", "shall",
                     "must", "can"})  # fmt: skip


_NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her",
                               "our", "any", "every", "'s"})  # fmt: skip


# a preposition and an indefinite article before a cue's object noun: the noun is the manner
# or the place of the rebuttal ("in a brief statement", "in an interview"), not the thing it
# rebuts, which no one's "statement" would be with "a"
_MANNER = re.compile(r"\b(?:in|on|at|with|during|through)\s+an?\b", re.IGNORECASE)


def manner_object(m: re.Match[str]) -> bool:
    """Whether the rebuttal cue ``m`` read an object noun that closes a phrase of its manner
    ("rejected the account in a brief statement outside police headquarters"): its target is
    then no one's words named ("the account in a brief" names no speaker), and the match names
    no owner."""
    return m["object"] is not None and _MANNER.search(m["target"]) is not None
