"""A state said to have "nothing to do with" someone: the act that brought it about, denied.

"The deaths have nothing to do with the plant" does not deny the deaths; it denies that the
plant caused them, as "the plant did not kill them" does, and so answers "the fish were killed
by the plant's runoff" (``kill``, the act beside the state, :mod:`.caused_acts`). Read only for
a subject whose noun names a state that a causing act is listed for (a death: ``kill``), and
only for the phrases that deny a link ("has nothing to do with", "is not linked to", "has no
connection to"); other subjects ("the delays have nothing to do with the strike") name no act
of their own and are left to the clause's other words.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .event_record import Event

__all__ = ["unrelated_acts"]

# a state and the act that causes it: a death is what a killing leaves
_CAUSING = {("alive", -1): lx.stem("kill")}
# nouns of a state that the lexicon lists by its adjective and verbs only ("dead", "died")
_STATE_NOUNS = {lx.stem("death"): ("alive", -1), lx.stem("deaths"): ("alive", -1)}
_DENIED_LINK = re.compile(
    r"^(?P<subject>(?:[a-z'-]+ ){1,5}?)(?:has|have|had|has had|have had) nothing to do with\b"
    r"|^(?P<subject2>(?:[a-z'-]+ ){1,5}?)(?:is|are|was|were) not (?:linked|connected|related)"
    r" (?:to|with)\b"
    r"|^(?P<subject3>(?:[a-z'-]+ ){1,5}?)(?:has|have|had) no (?:link|connection) (?:to|with)\b"
)


def unrelated_acts(low: list[str]) -> tuple[Event, ...]:
    """The causing act denied by a clause that says its subject has nothing to do with
    someone ("the fish deaths have nothing to do with the plant": ``kill``, -1), or none."""
    m = _DENIED_LINK.match(" ".join(low))
    if m is None:
        return ()
    subject = (m.group("subject") or m.group("subject2") or m.group("subject3") or "").split()
    if not subject:
        return ()
    head = subject[-1]
    stem = lx.stem(head)
    act = _CAUSING.get(_STATE_NOUNS.get(stem) or lx.CONCEPTS.get(stem, ("", 0)))
    if act is None:
        return ()
    return (Event(act, head, -1, ("nothing to do with",)),)
