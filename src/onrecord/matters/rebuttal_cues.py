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
    m = lx.REBUTTAL.match(sentence.text, at)
    if m is None or negated_cue(m, sentence.text):
        return None
    owned = None if m["object"] else whose(m["target"])[1]  # "Y's finding |that <claim>"
    if m["object"] is None and owned is None and not denial_that(m, sentence.text):
        return None  # "denied that <claim>" names the claim with no one's "claim" before it
    if statement.content.start - sentence.start <= at:
        return None  # the content is not what follows the cue
    end = m.end() if owned is None else m.start("target") + owned
    return sentence.text[m.start() : end].strip()


# the cues whose "that"-clause is a claim the speaker rejects (:data:`.lexicon.DENYING_VERBS`):
# "countered that X", "challenged that X" assert X (the speaker's own claim), so they are out
_DENIAL_THAT = re.compile(r"(?:" + "|".join(lx.DENYING_VERBS) + r")$", re.IGNORECASE)
# "denied that X", "rejected suggestions that X", "disputed claims that X": a claim no one owns
# (``noun``: named as a claim, which any rebuttal cue rejects)
_UNOWNED_CLAIM = re.compile(
    r"(?P<noun>(?:the\s+)?(?:suggestions?|claims?|allegations?|accusations?|reports?|"
    r"assertions?|charges?|speculation|rumou?rs?)\s+)?that\s",
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
    unowned = _UNOWNED_CLAIM.match(m["target"])
    if m["object"] is not None or unowned is None:
        return False
    if unowned["noun"] is None and not _DENIAL_THAT.match(m["cue"]):
        return False  # "countered that X", "challenged that X": the speaker's own claim X
    return not negated_cue(m, text)  # "pushed back on the suggestion that X" rejects X


def negated_cue(m: re.Match[str], text: str) -> bool:
    """Whether the rebuttal cue ``m`` (matched in ``text``) is negated or declined within three
    words before it ("did not dispute", "has never denied", "declined to challenge"), or is a
    noun ("the dispute is why ...", "a challenge to the plan"): no one rebuts anything."""
    before = [t.lower() for t in tokens(text[: m.start()])][-3:]
    if before and before[-1] in _NOUN_DETERMINERS:
        return True
    return any(lx.negating(w) or w in _NOT_DENYING for w in before)


_NOUN_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her",
                               "our", "any", "every", "'s"})  # fmt: skip
