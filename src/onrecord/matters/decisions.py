"""A decision told by what was settled: "the trustees agreed in February that the school
should close", "the board voted to sell the depot".

A body that agreed, voted or resolved to do a thing, or that it should or would be done,
has made a decision: the clause answers "has a decision been made?" yes, as "no decision has
been made about the depot" answers it no. Only the past counts (what a body "will agree" is
not settled yet), only with what it settled to do ("agreed to sell", "agreed that it should
close"): "agreed that the talks were useful" is a shared view, and "agreed to a delay" names
a thing agreed, read elsewhere. A denied agreement ("has not agreed to sell") is left alone:
a decision may still have been made otherwise. Only a body that can decide settles a thing:
a council, a board, a club, a named organisation ("Larkfield Rovers FC", "the NHS"), or its
members voting; people who share a view ("residents agreed that the bridge should be
repaired", "both sides agreed that talks should continue") decided nothing. Nor is agreeing
to weigh or put off a thing ("agreed to consider the plan", "voted to defer the decision") a
decision on it.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_record import Event
from .words import tokens

DECIDED = "decid"
# past verbs of a body settling a thing
_SETTLED = frozenset({"agreed", "voted", "resolved"})
# what opens the thing settled, after "that": a modal of what is to be done
_TO_BE_DONE = frozenset({"should", "would", "will", "must", "shall"})
# words between the verb and its "to"/"that": times and places ("agreed in February that")
_GAP = 6
# words that stand between "not" and the verb of settling ("had not yet agreed")
_GROUP = lx.AUXILIARIES | lx.MODALS | frozenset({"yet", "ever", "already", "also", "formally",
                                                  "unanimously", "finally"})  # fmt: skip


# bodies that decide, and those of their members who vote ("councillors voted to sell")
_BODIES = frozenset({
    "council", "councils", "councillors", "councilors", "board", "boards", "trustees",
    "governors", "directors", "cabinet", "committee", "ministry", "ministers", "government",
    "department", "company", "firm", "club", "trust", "union", "authority", "commission",
    "panel", "assembly", "parliament", "senate", "congress", "court", "agency", "executive",
    "management", "shareholders", "members", "federation", "league", "association",
    "society", "corporation", "school", "college", "university", "hospital", "it",
    "ltd", "plc", "inc", "fc", "group", "party", "partnership", "coalition",
})  # fmt: skip
# what a body may agree to that settles nothing yet: weighing or putting off the thing
_NOT_YET = frozenset({
    "consider", "discuss", "review", "look", "examine", "explore", "study", "debate",
    "delay", "defer", "postpone", "revisit", "reconsider", "wait", "seek", "hold", "meet",
    "keep", "continue", "talk", "consult", "investigate", "assess", "pause",
})  # fmt: skip


def decision_events(toks: list[str], low: list[str]) -> tuple[Event, ...]:
    """:data:`DECIDED` (+1) where a past verb of settling, of a body that decides, has a
    thing to be done for its object: "to <verb>" or "that ... should/would/will <verb>"."""
    for i, word in enumerate(low):
        if word not in _SETTLED or _denied(low, i) or not _body_subject(toks, low, i):
            continue
        for k in range(i + 1, min(len(low), i + 1 + _GAP)):
            w = low[k]
            if w == "to" and k + 1 < len(low) and _verb(low[k + 1]):
                if low[k + 1] in _NOT_YET:
                    break
                return (Event(DECIDED, toks[i], 1, ()),)
            if w == "that":
                rest = low[k + 1 : k + 9]
                if any(r in _TO_BE_DONE for r in rest):
                    return (Event(DECIDED, toks[i], 1, ()),)
                break
            if w == "to" or w in lx.NEGATORS:
                break
    return ()


def put_off(low: list[str], events: tuple[Event, ...]) -> tuple[Event, ...]:
    """``events`` with a decision named as the object of a verb of putting off ("voted to
    <delay> a decision", "deferred its decision") told as none made yet (-1): a decision
    delayed is no decision taken, so it agrees with "no decision has been made". Not where
    the putting off is denied ("did not delay the decision")."""
    out = []
    for e in events:
        if e.key == DECIDED and e.word.lower() in ("decision", "decisions") and e.polarity > 0:
            at = low.index(e.word.lower()) if e.word.lower() in low else -1
            verb = next((k for k in range(max(0, at - 3), at) if lx.stem(low[k]) in _PUT_OFF),
                        None) if at >= 0 else None  # fmt: skip
            if verb is not None and not _denied(low, verb):
                e = Event(e.key, e.word, -1, e.negators)
        out.append(e)
    return tuple(out)


_PUT_OFF = frozenset(lx.stem(w) for w in ("delay", "defer", "postpone", "deferred",
                                          "delayed", "postponed", "shelve", "shelved"))  # fmt: skip


def _denied(low: list[str], i: int) -> bool:
    """Whether a negator stands before the verb, across its verb group."""
    k = i - 1
    while k >= 0 and low[k] in _GROUP and low[k] not in lx.NEGATORS:
        k -= 1
    return k >= 0 and (lx.negating(low[k]))


def _body_subject(toks: list[str], low: list[str], i: int) -> bool:
    """Whether the subject of the verb at ``i`` is a body that decides: the head word before
        its verb group (and before a comma'd aside: "the board, which met on Monday, voted") is
        one of :data:`_BODIES` or a name in capitals ("the NHS"); "the governors" and "Northfield
        Council" are, "residents" and "Ms Voss" are not. With no subject in the clause ("... and
    voted to sell"), a vote or resolution is still a body's; an agreement is not known to be."""
    k = _subject_at(low, i)
    if k < 0:  # the subject left in another clause: a vote is a body's act, agreeing not
        return low[i] != "agreed"
    head = toks[k]
    return low[k] in _BODIES or (len(head) > 1 and head.isupper() and head.isalpha())


def _subject_at(low: list[str], i: int) -> int:
    """Where the head of the subject of the verb at ``i`` stands; -1 where the clause has
    none before it."""
    k = i - 1
    while k >= 0 and (low[k] in _GROUP or (low[k].endswith("ly") and low[k] not in _BODIES)):
        k -= 1
    if k >= 0 and low[k] == ",":  # an aside between the subject and its verb
        k -= 1
        while k >= 0 and low[k] != ",":
            k -= 1
        k -= 1
    return k


def another_body(denial: str, clause: str, word: str) -> bool:
    """Whether ``clause`` tells a decision (its verb of settling ``word``) by another body
    than the one ``denial`` names ("no decision has been made <by the council>" / "the
    swimming club agreed to leave"): one body's decision says nothing of another's."""
    den = [t.lower() for t in tokens(denial)]
    if "by" not in den:
        return False
    named: set[str] = set()
    for w in den[den.index("by") + 1 :]:
        if w in _NOUN_OPENERS:
            continue
        if not w.isalpha() or w in lx.STOPWORDS:
            break  # "by the council <about> the pool"
        named.add(lx.stem(w))
    low = [t.lower() for t in tokens(clause)]
    if word.lower() not in _SETTLED or word.lower() not in low:
        return False
    k = _subject_at(low, low.index(word.lower()))
    return bool(named) and k >= 0 and low[k] != "it" and lx.stem(low[k]) not in named


def _verb(word: str) -> bool:
    """Whether ``word`` after "to" can open a verb phrase: not a determiner or a number."""
    return (
        word.isalpha()
        and word not in lx.STOPWORDS
        and word not in _NOUN_OPENERS
        and not word.endswith("ing")
    )


_NOUN_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this",
                           "that", "these", "those", "any", "some", "all"})  # fmt: skip


def settling_times(
    clause: str, word: str, times: frozenset[tuple[int, int]]
) -> frozenset[tuple[int, int]]:
    """The months of ``times`` that date the settling itself, where ``word`` is a verb of
    settling: those named between it and the thing settled ("agreed <in February> that it
    should close in July": February; July is when the thing settled is to be done). Else
    ``times`` whole."""
    low = [t.lower() for t in tokens(clause)]
    if word.lower() not in _SETTLED or word.lower() not in low:
        return times
    at = low.index(word.lower())
    named: set[int] = set()
    for w in low[at + 1 : at + 1 + _GAP]:
        if w in ("that", "to"):
            break
        if w in lx.MONTHS:
            named.add(lx.MONTHS[w])
    return frozenset(t for t in times if t[1] in named) or times
