"""A statement whose subject is a "that" pointing back: "Marwood said that was false",
"Pardoe said that had not been decided", "the captain said that was wrong".

After a verb of saying, "that" is usually the conjunction ("said that the fare would rise"),
and extraction takes it so: the content then starts with the verb ("was false"), its subject
lost. The subject is the demonstrative: the claim told just before, someone else's as often
as not. What the speaker calls false or undecided is that earlier claim, which the content
does not name, so the statement answers no matter of its own; two such judgements ("was
false", "was wrong") of two different claims are not opposite. The claim judged is found
through the quote that usually follows (:mod:`.lead_ins`) or a rebuttal cue.
"""

from __future__ import annotations

import re

from ..models import Statement

# a content that starts with a finite verb: its subject was the "that" before it
_FINITE_START = re.compile(
    r"(?:was|is|were|are|had|has|have|would|will|could|did|does|do)\b", re.IGNORECASE
)
_THAT_BEFORE = re.compile(r"\bthat\s*$", re.IGNORECASE)


def points_back(statement: Statement) -> bool:
    """Whether ``statement``'s subject is a "that" standing for a claim told before it."""
    sentence, content = statement.sentence, statement.content
    if sentence is None or statement.cue is None:
        return False
    if not _FINITE_START.match(content.text):
        return False
    before = sentence.text[: max(0, content.start - sentence.start)]
    return _THAT_BEFORE.search(before) is not None
