"""A thing that escaped from a place is no longer inside it.

"The beavers have escaped from the enclosure" and "every beaver is still inside the fence"
answer one question, whether the animals are still within their bounds, with the act that ends
the state and the state itself. The state is keyed by "inside" (``insid``: "was never inside
the club" denies it); an escape from a place, told as a verb ("have escaped from", "escaped
out of"), adds that key denied, beside its own (``escap``), so "no animal has escaped" still
meets "two animals escaped".

Not an escape told of a thing described ("the escaped salmon were caught"), a noun ("an escape
route", "a narrow escape"), nor one with no place it was from ("he escaped injury", "escaped
with a fine").

Plain Python over the lower-cased tokens of one clause, no model.
"""

from __future__ import annotations

from .senses import event_stem

INSIDE = event_stem("inside")
_ESCAPE = frozenset({"escape", "escapes", "escaped", "escaping"})
# words before the verb that make it a thing described or a noun ("the escaped salmon")
_DESCRIBED = frozenset({"a", "an", "the", "its", "their", "our", "his", "her", "this", "that",
                        "these", "those", "every", "each", "any", "no", "narrow", "lucky",
                        "great", "mass", "recent"})  # fmt: skip


def escaped_from(low: list[str], i: int) -> tuple[list[tuple[str, int]], int] | None:
    """ "have escaped from the enclosure": the inside denied and the escape itself, with the
    last word read (the "from" or "of"); ``None`` where no escape from a place is told."""
    if low[i] not in _ESCAPE or not i or low[i - 1] in _DESCRIBED:
        return None
    nxt = low[i + 1 : i + 3]
    if nxt[:1] == ["from"]:
        return [(INSIDE, -1), (event_stem(low[i]), 1)], i + 1
    if nxt == ["out", "of"]:
        return [(INSIDE, -1), (event_stem(low[i]), 1)], i + 2
    return None
