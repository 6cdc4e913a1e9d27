"""Marks of a clause read from its words: the past told ("sales fell", "it closed"), an
expectation no one owns ("is expected to"), a fear or a tendency ("fears", "tend to"), an aim
("our aim is to ..."), and a clause that calls what precedes it false ("... is a myth").
"""

from __future__ import annotations

import re

PAST_FORMS = frozenset(
    {
        "was",
        "were",
        "did",
        "had",
        "fell",
        "rose",
        "grew",
        "went",
        "came",
        "saw",
        "took",
        "made",
        "lost",
        "won",
        "sold",
        "paid",
        "cut",
        "shut",
        "began",
    }
)


def tells_past(low: list[str]) -> bool:
    """Whether a clause not in the future tells the past ("sales fell", "it closed")."""
    return any(w in PAST_FORMS or (k and w.endswith("ed") and low[k - 1] not in _PERFECT_OR_PASSIVE)
               for k, w in enumerate(low))  # fmt: skip


_PERFECT_OR_PASSIVE = frozenset(
    {"is", "are", "be", "been", "being", "has", "have", "am", "'s", "'re", "'ve", "get", "gets"}
)


# "the trial is expected to end": an expectation no one owns, not the speaker's belief
EXPECTED = re.compile(r"\b(?:is|are|was|were|be|been) (?:\w+ly )?expected to\b")
# a fear or a tendency, not a claim: "she fears price increases", "prices tend to rise"; the
# verb only (not "fears of layoffs were unfounded", "the worried residents")
ATTITUDE = re.compile(
    r"(?<!\bthe )(?<!\bof )(?<!\bno )(?<!\bany )(?<!\bdespite )(?<!\ballay )"
    r"\b(?:fear|fears|feared|worry|worries|worried)\b"
    r"(?! (?:of|about|over|for|were|are|was|is|that the worst)\b)(?= \w)"
    r"|\btend(?:s|ed)? to\b"
)
# an aim, not a claim: "our first aim is to keep the buses running" says what is wanted
GOAL = re.compile(
    r"\b(?:aim|aims|goal|goals|objective|objectives|ambition|priority|hope|wish|intention)"
    r" (?:is|are|was|were|remains|will be) (?:still )?to\b"
)
# a clause that ends by calling what precedes it false
REFUTED = re.compile(r"\b(?:is|are|was|were) (?:false|wrong|untrue|not true|a myth|nonsense)\b")
