"""A state said to have "nothing to do with" someone: the act that brought it about, denied.

"The deaths have nothing to do with the plant" does not deny the deaths; it denies that the
plant caused them, as "the plant did not kill them" does, and so answers "the fish were killed
by the plant's runoff" (``kill``, the act beside the state, :mod:`.caused_acts`). Read only for
a subject whose noun names a state that a causing act is listed for (a death: ``kill``), and
only for the phrases that deny a link ("has nothing to do with", "is not linked to", "has no
connection to"); other subjects ("the delays have nothing to do with the strike") name no act
of their own and are left to the clause's other words.

The denial is of one doer's part: "the deaths have nothing to do with the plant" does not
answer "the fish were killed by the heat" or "the virus killed 40 people", which name another
doer (:func:`other_doer`); only a killing by the one it names, or one whose doer is not told,
is its opposite.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .event_record import Event

__all__ = ["other_doer", "unlinked_subject", "unrelated_acts"]

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


def unlinked_subject(low: list[str], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """``events`` with those of the subject of a clause that denies its link to something
    ("the closure has nothing to do with the strike") read as asserted: the negator denies the
    link, not the subject, which the clause takes as given (a closure there is). Events after
    the link ("with the strike") are left as read. The clause still denies in words, and its
    negator stays with the event (a claim "that safety played no part in the decision" is
    told again by "this decision has nothing to do with safety", :mod:`.retold`)."""
    m = _DENIED_LINK.match(" ".join(low))
    if m is None:
        return events
    subject = set((m.group("subject") or m.group("subject2") or m.group("subject3") or "").split())
    return tuple(
        Event(e.key, e.word, -e.polarity, e.negators)
        if e.negators and e.word.lower() in subject
        else e
        for e in events
    )


_LINK = re.compile(
    r"\b(?:nothing to do with|not (?:linked|connected|related) (?:to|with)|no (?:link|connection)"
    r" (?:to|with))\s+(?P<rest>.*)$"
)
# words that end a noun phrase (the doer named)
_NP_END = frozenset({"and", "but", "or", "in", "on", "at", "for", "to", "with", "from",
                     "last", "this", "which", "who", "that", "because", "when", "after",
                     "before"})  # fmt: skip
_BE = lx.BE_FORMS | frozenset({"been", "being"})


def other_doer(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether one of two (clause, deciding word) says its subject has nothing to do with
    someone and the other names another doer of the act ("killed by <the heat>", "<the virus>
    killed"): no word in common."""
    for (denial, _w), (clause, word) in ((a, b), (b, a)):
        m = _LINK.search(denial.lower())
        if m is None or not unrelated_acts(denial.lower().split()):
            continue
        named = _words(m.group("rest").split())
        doer = _doer(clause, word)
        if named and doer and not named & doer:
            return True
    return False


def _doer(clause: str, word: str) -> frozenset[str]:
    """Stems of the doer of the act named by ``word`` in ``clause``: after "by" behind a
    passive ("were killed by the heat"), or the subject of an active verb ("the virus
    killed"); empty where none is told."""
    low = re.findall(r"[\w'-]+|[^\w\s]", clause.lower())
    w = word.lower()
    if w not in low:
        return frozenset()
    at = low.index(w)
    if low[at + 1 : at + 2] == ["by"]:
        return _words(low[at + 2 :])
    if at and low[at - 1] not in _BE and not any(t in _BE for t in low[max(0, at - 3) : at]):
        k = at
        while k and (low[k - 1] in lx.AUXILIARIES or low[k - 1] in lx.NEGATORS):
            k -= 1
        start = k
        while start and low[start - 1].isalpha() and low[start - 1] not in _NP_END:
            start -= 1
        return _words(low[start:k])
    return frozenset()


def _words(low: list[str]) -> frozenset[str]:
    """Stems of the content words of a noun phrase at the start of ``low``."""
    out: set[str] = set()
    for t in low:
        t = t.removesuffix("'s")
        if not t.isalpha() or t in _NP_END:
            break
        if t not in lx.STOPWORDS and t not in lx.PRONOUNS:
            out.add(lx.stem(t))
    return frozenset(out)
