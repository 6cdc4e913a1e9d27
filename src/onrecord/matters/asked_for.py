"""What an asking asks for: the thing after "for", or the act after "to".

"Nobody has asked us to stop issuing notices" and "we have asked for the data" share the
verb, and one of them names no object, so their themes (:mod:`.themes`) compared as any
two things: read as one question, the two made a contradiction. An asking is told apart by
whom it asks and what it asks for: "asked the council for a crowd plan" and "asked for the
crowd plan in writing" are one request; "asked us for a penny" and "asking the council to fix
the lights" are two. :func:`request_spans` gives the spans that say so, the one asked (the
words between the verb and "for" or "to") and the request (what follows, to the end of its
phrase), whose content words join the event's theme. An asking with neither ("nobody has
even asked", "asked for it") adds nothing, and compares with anything as before.
"""

from __future__ import annotations

ASKING = frozenset({"ask", "asks", "asked", "asking"})
# words between the verb and "for" / "to" that end the one asked: another clause or a question
_NOT_ASKED = frozenset({"that", "about", "whether", "how", "why", "what", "when", "where",
                        "if", "but", "because", "while", "since"})  # fmt: skip
# the most words the one asked takes ("asked the chief executive of the trust to")
_ASKED_WORDS = 6
# words that end the request: a clause of its own, a time, a reason
_REQUEST_END = frozenset({"that", "which", "who", "because", "while", "when", "before",
                          "after", "until", "unless", "if", "since", "so", "but", "and", "or",
                          "as", "than", "whether", "although", "though"})  # fmt: skip


def request_spans(low: list[str], at: int) -> tuple[tuple[int, int], ...]:
    """The spans (start, end) of the one asked and of the request, when the word at ``at`` is
    a form of "ask" followed within a few words by "for" or "to" ("asked the club for a
    loan", "asked us to stop issuing notices", "was asked to leave"); none otherwise. The
    request after "to" starts with its verb (see :func:`acts`)."""
    if low[at] not in ASKING:
        return ()
    for k in range(at + 1, min(len(low), at + 2 + _ASKED_WORDS)):
        if low[k] in ("for", "to"):
            end = k + 1
            while end < len(low) and low[end][:1].isalnum() and low[end] not in _REQUEST_END:
                end += 1
            return (at + 1, k), (k + 1, end)
        if low[k] in _NOT_ASKED or not (low[k][:1].isalnum() or low[k] in ("'s", "'")):
            return ()
    return ()


def acts(low: list[str], spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether the request of ``spans`` is an act ("to stop ..."), not a thing ("for a loan")."""
    return len(spans) == 2 and spans[1][0] > 0 and low[spans[1][0] - 1] == "to"
